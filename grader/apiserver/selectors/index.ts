export {
  parseLabelSelector,
  labelSelectorMatches,
  labelSelectorFromMeta,
  formatLabelSelector,
  requirementError,
  LabelSelectorParseError,
  type LabelSelector,
  type LabelRequirement,
  type LabelOperator,
  type MetaLabelSelector,
} from "./label-selector";
export { parseFieldSelector, compileFieldSelector, FieldSelectorError, type FieldRequirement, type FieldSelectorTarget } from "./field-selector";
export { isQualifiedName, isValidLabelValue, isDNS1123Subdomain, regexError } from "./label-syntax";
