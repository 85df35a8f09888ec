// Label selectors: validation (pkg/apis/meta/v1/validation) and matching
// (metav1.LabelSelectorAsSelector + labels.Selector.Matches).
import { fieldErrors, type FieldError } from "../errors";
import type { LabelSelector, LabelSelectorRequirement } from "./go-value";
import { isValidLabelValue } from "./names";
import { validateLabelName, validateLabels } from "./object-meta";
import { child, index } from "./path";

export type { LabelSelector, LabelSelectorRequirement };

export function validateLabelSelectorRequirement(r: LabelSelectorRequirement, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const values = r.values ?? [];
  switch (r.operator) {
    case "In":
    case "NotIn":
      if (values.length === 0)
        errs.push(fieldErrors.required(child(path, "values"), "must be specified when `operator` is 'In' or 'NotIn'"));
      break;
    case "Exists":
    case "DoesNotExist":
      if (values.length > 0)
        errs.push(
          fieldErrors.forbidden(child(path, "values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"),
        );
      break;
    default:
      errs.push(fieldErrors.invalid(child(path, "operator"), r.operator ?? "", "not a valid selector operator"));
  }
  errs.push(...validateLabelName(r.key ?? "", child(path, "key")));
  values.forEach((v, i) => {
    for (const msg of isValidLabelValue(v)) errs.push(fieldErrors.invalid(index(child(path, "values"), i), v, msg));
  });
  return errs;
}

export function validateLabelSelector(sel: LabelSelector | undefined, path: string): FieldError[] {
  if (!sel) return [];
  const errs = validateLabels(sel.matchLabels, child(path, "matchLabels"));
  (sel.matchExpressions ?? []).forEach((r, i) =>
    errs.push(...validateLabelSelectorRequirement(r, index(child(path, "matchExpressions"), i))),
  );
  return errs;
}

export function isEmptySelector(sel: LabelSelector | undefined): boolean {
  return !sel || (Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0);
}

function requirementMatches(r: LabelSelectorRequirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const values = r.values ?? [];
  switch (r.operator) {
    case "In":
      return has && values.includes(labels[r.key]);
    case "NotIn":
      return !has || !values.includes(labels[r.key]);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
    default:
      return false;
  }
}

/** Whether `labels` match; an empty selector matches everything (as LabelSelectorAsSelector). */
export function selectorMatches(sel: LabelSelector | undefined, labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  for (const [k, v] of Object.entries(sel?.matchLabels ?? {})) if (l[k] !== v) return false;
  return (sel?.matchExpressions ?? []).every((r) => requirementMatches(r, l));
}
