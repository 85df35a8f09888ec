// kubectl's -o jsonpath / jsonpath-file / jsonpath-as-json printer (cli-runtime
// pkg/printers/jsonpath.go and jsonpath_flags.go, v0.34): the template is parsed once;
// an evaluation error shows the template and the object as Go prints them.
import { JsonPath, JsonPathExecutionError, JsonPathParseError, formatGoSyntax, type NumberDecoding } from "../jsonpath";
import { goQuote } from "../go-quote";

export interface ObjectPrinter {
  /** The text for one object (or List); throws an Error whose message kubectl prints after `error: `. */
  print(obj: unknown): string;
}

export interface JsonPathPrinterOptions {
  allowMissingKeys: boolean;
  asJson: boolean;
  /** Objects built on the client are Go structs re-decoded by encoding/json: numbers are float64. */
  typed?: boolean;
}

/** Throws the Error kubectl prints when the template does not parse. */
export function newJsonPathPrinter(template: string, options: JsonPathPrinterOptions): ObjectPrinter {
  if (template === "") throw new Error("template format specified but no template given");
  const decoding: NumberDecoding = options.typed ? "float64" : "int64-when-integral";
  let jsonPath: JsonPath;
  try {
    jsonPath = new JsonPath(template, { allowMissingKeys: options.allowMissingKeys, outputJson: options.asJson, numberDecoding: decoding });
  } catch (e) {
    if (e instanceof JsonPathParseError) throw new Error(`error parsing jsonpath ${template}, ${e.message}\n`, { cause: e });
    throw e;
  }
  return {
    print(obj: unknown): string {
      try {
        return jsonPath.execute(obj);
      } catch (e) {
        if (!(e instanceof JsonPathExecutionError)) throw e;
        const details =
          `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
          `\ttemplate was:\n\t\t${template}\n` +
          `\tobject given to jsonpath engine was:\n\t\t${formatGoSyntax(obj, decoding)}\n\n`;
        throw new Error(`error executing jsonpath ${goQuote(template)}: ${details}\n`, { cause: e });
      }
    },
  };
}
