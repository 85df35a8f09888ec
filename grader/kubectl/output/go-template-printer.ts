// kubectl's -o go-template / go-template-file / template / templatefile printer
// (cli-runtime pkg/printers/template.go and template_flags.go, v0.34): the object
// marshalled to JSON and decoded into a map, run through a Go text/template with
// `exists` and `base64decode` added. A failed execution prints what the template
// wrote, then a debugging block, on stdout before the error.
import { executeTemplate, parseTemplate, templateFunctionNames, TemplateExecError, TemplateSyntaxError, type ParsedTemplate } from "../gotemplate";
import { formatGoValue } from "../jsonpath";
import { goQuote } from "../go-quote";
import { compactGoJson } from "./compact-json";
import type { ObjectPrinter } from "./jsonpath-printer";

/** A printer error after which kubectl still wrote `stdout` (the template's partial output). */
export class PrinterOutputError extends Error {
  constructor(
    message: string,
    readonly stdout: string,
  ) {
    super(message);
  }
}

const templateName = "output";

/** Go's json.Marshal of a typed object: its fields in struct (insertion) order. */
function structOrderJson(value: unknown): string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return Array.isArray(value) ? `[${value.map(structOrderJson).join(",")}]` : compactGoJson(value);
  }
  const record = value as Record<string, unknown>;
  const fields = Object.keys(record).filter((k) => record[k] !== undefined);
  return `{${fields.map((k) => `${compactGoJson(k)}:${structOrderJson(record[k])}`).join(",")}}`;
}

export interface GoTemplatePrinterOptions {
  allowMissingKeys: boolean;
  /** Objects built on the client are Go structs: their JSON keeps the field order. */
  typed?: boolean;
}

/** Throws the Error kubectl prints when the template does not parse. */
export function newGoTemplatePrinter(template: string, options: GoTemplatePrinterOptions): ObjectPrinter {
  if (template === "") throw new Error("template format specified but no template given");
  let parsed: ParsedTemplate;
  try {
    parsed = parseTemplate(template, templateFunctionNames);
  } catch (e) {
    if (e instanceof TemplateSyntaxError) throw new Error(`error parsing template ${template}, template: ${templateName}:${e.line}: ${e.message}\n`, { cause: e });
    throw e;
  }
  return {
    print(obj: unknown): string {
      const raw = options.typed ? structOrderJson(obj) : compactGoJson(obj);
      const data: unknown = JSON.parse(raw);
      try {
        return executeTemplate(parsed, templateName, data, { missingKeyError: !options.allowMissingKeys });
      } catch (e) {
        if (!(e instanceof TemplateExecError)) throw e;
        const debug =
          `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
          `\ttemplate was:\n\t\t${template}\n` +
          `\traw data was:\n\t\t${raw}\n` +
          `\tobject given to template engine was:\n\t\t${formatGoValue(data, "int64-when-integral")}\n\n`;
        throw new PrinterOutputError(`error executing template ${goQuote(template)}: ${e.message}`, e.output + debug);
      }
    },
  };
}
