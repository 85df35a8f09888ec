// kubectl's -o yaml: the object's JSON re-encoded by go-yaml v2 (sigs.k8s.io/yaml.JSONToYAML):
// mapping keys sorted, block style, sequences not indented under their key, `{}`/`[]` when empty.
import { yamlString } from "./yaml-scalar";

type Json = unknown;

function isMapping(value: Json): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEmptyCollection(value: Json): boolean {
  return (Array.isArray(value) && value.length === 0) || (isMapping(value) && Object.keys(value).length === 0);
}

/** go-yaml sorts keys with numbers compared numerically and text by code point. */
function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function scalar(value: Json, column: number, indent: number): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return yamlString(value, column, indent);
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return "[]";
  return "{}";
}

/** JSON numbers come back from go-yaml as int64 or float64 (strconv 'g' with YAML's exponent style). */
function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  if (Number.isNaN(value)) return ".nan";
  if (!Number.isFinite(value)) return value > 0 ? ".inf" : "-.inf";
  const text = String(value);
  return text.replace(/e([+-])(\d)$/, "e$10$2");
}

function emitMapping(map: Record<string, Json>, indent: number, out: string[], firstPrefix?: string): void {
  const keys = Object.keys(map).filter((k) => map[k] !== undefined).sort(compareKeys);
  keys.forEach((key, i) => {
    const prefix = i === 0 && firstPrefix !== undefined ? firstPrefix : " ".repeat(indent);
    const keyText = yamlString(key, prefix.length, indent + 2);
    const value = map[key];
    const head = `${prefix}${keyText}:`;
    if (isMapping(value) && !isEmptyCollection(value)) {
      out.push(head);
      emitMapping(value, indent + 2, out);
    } else if (Array.isArray(value) && value.length > 0) {
      out.push(head);
      emitSequence(value, indent, out);
    } else {
      out.push(`${head} ${scalar(value, head.length + 1, indent + 2)}`);
    }
  });
}

function emitSequence(items: Json[], indent: number, out: string[], firstPrefix?: string): void {
  items.forEach((item, i) => {
    const prefix = `${i === 0 && firstPrefix !== undefined ? firstPrefix : " ".repeat(indent)}- `;
    if (isMapping(item) && !isEmptyCollection(item)) emitMapping(item, indent + 2, out, prefix);
    else if (Array.isArray(item) && item.length > 0) emitSequence(item, indent + 2, out, prefix);
    else out.push(`${prefix}${scalar(item, prefix.length, indent + 2)}`);
  });
}

/** The YAML document for one JSON value, newline-terminated. */
export function toYaml(value: Json): string {
  const out: string[] = [];
  if (isMapping(value) && !isEmptyCollection(value)) emitMapping(value, 0, out);
  else if (Array.isArray(value) && value.length > 0) emitSequence(value, 0, out);
  else out.push(scalar(value, 0, 2));
  return `${out.join("\n")}\n`;
}
