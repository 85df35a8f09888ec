// YAML of the task bank, read with limits so one hostile or broken file cannot
// stall the loader: a size cap before parsing, a cap on aliases, and a cap on
// the size of the tree once aliases are expanded (a "billion laughs" file is
// small on disk and in js-yaml's shared references, but not to whoever walks it).
import { load, YAMLException } from "js-yaml";

export const maxYamlBytes = 1024 * 1024;
export const maxYamlAliases = 100;
export const maxYamlNodes = 100_000;

export type YamlResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseBoundedYaml(text: string, byteLength = Buffer.byteLength(text)): YamlResult {
  if (byteLength > maxYamlBytes) {
    return { ok: false, message: `file is ${byteLength} bytes; task bank files are limited to ${maxYamlBytes} bytes (1 MiB)` };
  }
  let value: unknown;
  try {
    value = load(text, { maxAliases: maxYamlAliases });
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const reason = e.message.split("\n")[0];
    if (reason.startsWith("aliases exceeded")) {
      return { ok: false, message: `refused: more than ${maxYamlAliases} aliases (an alias bomb?)` };
    }
    return { ok: false, message: `invalid YAML: ${reason}` };
  }
  if (expandedNodeCount(value, maxYamlNodes) > maxYamlNodes) {
    return {
      ok: false,
      message: `refused: the YAML expands to more than ${maxYamlNodes} values through its aliases (an alias bomb?)`,
    };
  }
  return { ok: true, value };
}

// Counts values as a consumer walking the tree sees them, stopping past `limit`;
// a cycle (an alias inside its own anchor) counts as over the limit.
function expandedNodeCount(root: unknown, limit: number): number {
  let count = 0;
  const onPath = new Set<object>();
  const visit = (v: unknown): void => {
    if (++count > limit) return;
    if (typeof v !== "object" || v === null) return;
    if (onPath.has(v)) {
      count = limit + 1;
      return;
    }
    onPath.add(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      visit(child);
      if (count > limit) break;
    }
    onPath.delete(v);
  };
  visit(root);
  return count;
}
