// kubectl's -o custom-columns and custom-columns-file printer (kubectl pkg/cmd/get/customcolumn.go):
// a header row of the names as given, one row per object; a column's values joined by
// commas as Go's fmt.Sprint shows them, `<none>` when the path yields nothing.
import { alignTabs } from "../../apiserver/printers/tabwriter";
import { JsonPath, JsonPathParseError, formatGoValue } from "../jsonpath";
import type { ObjectPrinter } from "./jsonpath-printer";

export interface CustomColumn {
  header: string;
  /** A full JSONPath template: `{.metadata.name}`. */
  fieldSpec: string;
}

const relaxedPath = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/** `name.x`, `.name.x`, `{name.x}` and `{.name.x}` all mean `{.name.x}` (RelaxedJSONPathExpression). */
export function relaxedJsonPathExpression(path: string): string {
  if (path === "") return path;
  const match = relaxedPath.exec(path);
  if (!match) {
    throw new Error("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  }
  return `{.${match[1] || match[2] || ""}}`;
}

/** `-o custom-columns=NAME:.metadata.name,...` */
export function parseCustomColumnsSpec(spec: string): CustomColumn[] {
  if (spec === "") throw new Error("custom-columns format specified but no custom columns given");
  return spec.split(",").map((part) => {
    const colon = part.indexOf(":");
    if (colon < 0) throw new Error(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return { header: part.slice(0, colon), fieldSpec: relaxedJsonPathExpression(part.slice(colon + 1)) };
  });
}

const missingLine = "invalid template, missing header line. Expected format is one line of space separated headers, one line of space separated column specs.";
const missingSpec = "invalid template, missing spec line. Expected format is one line of space separated headers, one line of space separated column specs.";

/** `-o custom-columns-file=FILE`: a line of headers, a line of paths, both separated by spaces. */
export function parseCustomColumnsFile(text: string): CustomColumn[] {
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  if (text === "" || lines.length < 1) throw new Error(missingLine);
  const headers = (lines[0] ?? "").split(/\s+/).filter(Boolean);
  if (lines.length < 2 || (lines.length === 2 && lines[1] === "")) throw new Error(missingSpec);
  const specs = (lines[1] ?? "").split(/\s+/).filter(Boolean);
  if (headers.length !== specs.length) {
    throw new Error(`number of headers (${headers.length}) and field specifications (${specs.length}) don't match`);
  }
  return headers.map((header, i) => ({ header, fieldSpec: relaxedJsonPathExpression(specs[i] ?? "") }));
}

function escapeTerminal(text: string): string {
  return text.replaceAll("\x1b", "^[").replaceAll("\r", "\\r");
}

/** Prints objects (a List prints its items) as custom columns. */
export function newCustomColumnsPrinter(columns: CustomColumn[], options: { noHeaders: boolean }): ObjectPrinter {
  return {
    print(obj: unknown): string {
      const parsers = columns.map((c) => {
        try {
          return new JsonPath(c.fieldSpec, { allowMissingKeys: true });
        } catch (e) {
          if (e instanceof JsonPathParseError) throw new Error(e.message, { cause: e });
          throw e;
        }
      });
      const lines: string[] = [];
      if (!options.noHeaders) lines.push(columns.map((c) => c.header).join("\t"));
      const record = obj as { kind?: string; items?: unknown[] };
      const objects = Array.isArray(record.items) && (record.kind ?? "").endsWith("List") ? record.items : [obj];
      for (const item of objects) {
        const cells = parsers.map((parser) => {
          const values = parser.findResults(item);
          const texts = values.flat().map((v) => escapeTerminal(formatGoValue(v, "int64-when-integral")));
          return values.length === 0 || (values[0] ?? []).length === 0 ? ["<none>", ...texts].join(",") : texts.join(",");
        });
        lines.push(cells.join("\t"));
      }
      return alignTabs(lines.map((l) => `${l}\n`).join(""));
    },
  };
}
