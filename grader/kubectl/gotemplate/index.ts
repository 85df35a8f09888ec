export { parseTemplate, type ParsedTemplate } from "./parser";
export { TemplateSyntaxError } from "./lexer";
export { executeTemplate, TemplateExecError } from "./exec";
export { templateFunctionNames } from "./functions";
