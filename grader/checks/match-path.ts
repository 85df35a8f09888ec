// Keys of a partial object that are paths rather than field names:
// `conditions[type=Ready].status` picks the element of `conditions` whose
// `type` is `Ready`, then its `status`. Label and annotation keys never
// contain `[`, so a bracket always means a path; a dot means a path only in a
// struct the schema knows (a label key such as `app.kubernetes.io/name` has dots).

export type PathStep = { field: string } | { filterKey: string; filterValue: string };

const stepPattern = /([^.[\]]+)|\[([^=\]]+)=([^\]]*)\]|(\.)/y;

/** The steps of a path key, or undefined when the key is not well formed. */
export function parsePathKey(key: string): PathStep[] | undefined {
  const steps: PathStep[] = [];
  let pos = 0;
  let expectField = true;
  while (pos < key.length) {
    stepPattern.lastIndex = pos;
    const m = stepPattern.exec(key);
    if (!m) return undefined;
    pos = stepPattern.lastIndex;
    if (m[1] !== undefined) {
      if (!expectField) return undefined;
      steps.push({ field: m[1] });
      expectField = false;
    } else if (m[2] !== undefined) {
      if (expectField) return undefined; // a filter follows a field
      steps.push({ filterKey: m[2], filterValue: m[3] });
    } else {
      if (expectField) return undefined;
      expectField = true;
    }
  }
  return expectField ? undefined : steps;
}

/** How a field name is appended to a printed path: `.image`, or `["app.kubernetes.io/name"]`. */
export function appendField(path: string, key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

/** How an element picked by a key is appended: `containers[name=app]`. */
export function appendFilter(path: string, key: string, value: string): string {
  return `${path}[${key}=${value}]`;
}
