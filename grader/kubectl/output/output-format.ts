// `-o FORMAT[=ARG]` to a printer, as cli-runtime's PrintFlags.ToPrinter chooses one
// (json/yaml, name, jsonpath*, go-template*/template*, custom-columns*). "" and "wide" are the table printer: undefined.
import type { KubeObject } from "../../apiserver/types";
import { printObjects } from "./print-objects";
import { newJsonPathPrinter, type ObjectPrinter } from "./jsonpath-printer";
import { newCustomColumnsPrinter, parseCustomColumnsFile, parseCustomColumnsSpec } from "./custom-columns";
import { newGoTemplatePrinter } from "./go-template-printer";
import { goQuote } from "../go-quote";

export interface OutputOptions {
  allowMissingKeys: boolean;
  noHeaders?: boolean;
  typed?: boolean;
  /** Formats this command accepts, as kubectl lists them in its error. */
  allowedFormats: string[];
  /** Reads a -o *-file template; throws the OS error text. */
  readFile(path: string): string;
  /** --template: when given, -o names the format alone and this is its template (or template file). */
  templateArgument?: string;
}

/** PrintFlags.ToPrinter: a --template given without an output format asks for a go-template. */
export function outputWithTemplateDefault(output: string, templateArgument: string, outputSpecified: boolean): string {
  return templateArgument !== "" && output === "" && !outputSpecified ? "go-template" : output;
}

/** `kubectl get`'s formats (`create`'s lack custom-columns and wide). */
export const getAllowedFormats = [
  "custom-columns", "custom-columns-file", "go-template", "go-template-file", "json", "jsonpath", "jsonpath-as-json",
  "jsonpath-file", "name", "template", "templatefile", "wide", "yaml",
];

function listItems(obj: unknown): KubeObject[] {
  const record = obj as { kind?: string; items?: KubeObject[] };
  return record.kind === "List" && Array.isArray(record.items) ? record.items : [obj as KubeObject];
}

/** os.ReadFile's error text for a template file: readFile's own message is the one for -f files. */
function readFileErrorText(path: string, e: unknown): string {
  const cause = e instanceof Error ? (e.cause as { code?: unknown } | undefined) : undefined;
  if (cause?.code === "ENOENT") return `open ${path}: no such file or directory`;
  if (cause?.code === "ENOTDIR") return `open ${path}: not a directory`;
  return e instanceof Error ? e.message : String(e);
}

/** Throws the Error kubectl prints for an unknown format or a bad template. */
export function printerForOutput(output: string, options: OutputOptions): ObjectPrinter | undefined {
  if (output === "" || output === "wide") return undefined;
  const template = options.templateArgument ?? "";
  // With --template, `-o jsonpath={.x}` is not split: it matches no format.
  const eq = template !== "" ? -1 : output.indexOf("=");
  const format = eq < 0 ? output : output.slice(0, eq);
  const arg = template !== "" ? template : eq < 0 ? "" : output.slice(eq + 1);
  // jsonpath_flags.go says "--template", customcolumn_flags.go "template".
  const readTemplate = (path: string, what = "--template"): string => {
    try {
      return options.readFile(path);
    } catch (e) {
      throw new Error(`error reading ${what} ${path}, ${readFileErrorText(path, e)}\n`, { cause: e });
    }
  };
  switch (format) {
    case "json":
    case "yaml":
      if (eq < 0) return { print: (obj) => printObjects([obj as KubeObject], format, { typed: options.typed }) };
      break;
    case "name":
      if (eq < 0) return { print: (obj) => printObjects(listItems(obj), "name") };
      break;
    case "jsonpath":
    case "jsonpath-as-json":
      return newJsonPathPrinter(arg, { allowMissingKeys: options.allowMissingKeys, asJson: format === "jsonpath-as-json", typed: options.typed });
    case "jsonpath-file":
      if (arg === "") throw new Error("template format specified but no template given");
      return newJsonPathPrinter(readTemplate(arg), { allowMissingKeys: options.allowMissingKeys, asJson: false, typed: options.typed });
    case "go-template":
    case "template":
      return newGoTemplatePrinter(arg, { allowMissingKeys: options.allowMissingKeys, typed: options.typed });
    case "go-template-file":
    case "templatefile":
      if (arg === "") throw new Error("template format specified but no template given");
      return newGoTemplatePrinter(readTemplate(arg), { allowMissingKeys: options.allowMissingKeys, typed: options.typed });
    case "custom-columns":
      if (options.allowedFormats.includes(format)) return newCustomColumnsPrinter(parseCustomColumnsSpec(arg), { noHeaders: options.noHeaders ?? false });
      break;
    case "custom-columns-file":
      if (options.allowedFormats.includes(format)) return newCustomColumnsPrinter(parseCustomColumnsFile(readTemplate(arg, "template")), { noHeaders: options.noHeaders ?? false });
      break;
  }
  throw new Error(
    `unable to match a printer suitable for the output format ${goQuote(output)}, allowed formats are: ${options.allowedFormats.join(",")}`,
  );
}
