// The same manifests come back on every grade (a task's setup heredocs, the
// reference answers, a bank's checks): each YAML document's text is decoded by
// js-yaml once and handed out as a fresh copy, since callers change what they
// get. Only trees of plain objects, arrays and JSON scalars are kept — no
// aliases (a shared object), dates, binary or `__proto__` keys — so a copy is
// exactly what a new decode would return. Failed decodes are not kept.
import { load } from "js-yaml";

const decoded = new Map<string, unknown>();
const maxDocuments = 512;
const maxDocumentChars = 64 * 1024;

/** Whether `value` is a tree (no object reached twice) of plain objects, arrays and JSON scalars. */
function isPlainTree(value: unknown, seen: Set<object>): boolean {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return true;
  if (typeof value !== "object" || seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isPlainTree(value[i], seen)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype || Object.hasOwn(value, "__proto__")) return false;
  for (const key of Object.keys(value)) if (!isPlainTree((value as Record<string, unknown>)[key], seen)) return false;
  return true;
}

function copyPlain(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(copyPlain);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copyPlain((value as Record<string, unknown>)[key]);
  return out;
}

/** js-yaml's `load(doc, { json: true })`, from the cache when the same text decoded before. Throws as load does. */
export function loadYamlDocument(doc: string): unknown {
  if (decoded.has(doc)) return copyPlain(decoded.get(doc));
  const value = load(doc, { json: true });
  if (doc.length <= maxDocumentChars && value !== undefined && isPlainTree(value, new Set())) {
    if (decoded.size >= maxDocuments) decoded.delete(decoded.keys().next().value!);
    decoded.set(doc, value);
    return copyPlain(value);
  }
  return value;
}
