// The simple JSONPath of CRD printer columns (`.spec.replicas`, `.status.conditions[0].type`,
// `.metadata.labels['app']`): a field or index chain with no filters or wildcards.

const segmentPattern = /\.([^.[\]]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/y;

/** The value at the path, or undefined when a step is missing (AllowMissingKeys) or the path is not simple. */
export function evaluateSimpleJsonPath(root: unknown, path: string): unknown {
  const text = path.startsWith("{") && path.endsWith("}") ? path.slice(1, -1) : path;
  let current: unknown = root;
  segmentPattern.lastIndex = 0;
  let consumed = 0;
  while (consumed < text.length) {
    segmentPattern.lastIndex = consumed;
    const match = segmentPattern.exec(text);
    if (!match) return undefined;
    consumed = segmentPattern.lastIndex;
    const key = match[1] ?? match[3] ?? match[4];
    if (current === null || typeof current !== "object") return undefined;
    if (match[2] !== undefined) {
      if (!Array.isArray(current)) return undefined;
      current = current[Number(match[2])];
    } else {
      if (Array.isArray(current)) return undefined;
      current = (current as Record<string, unknown>)[key ?? ""];
    }
  }
  return current;
}
