// Where a problem's field is in a task.yaml: `checks[2].expect.kind` → the
// line of that key, read from indentation alone (the text may not parse).
// A field that is missing ("Required") points at the deepest part of the
// path that exists, so the author lands where the field should go.

export type PathSegment = string | number;

/** `checks[2].expect["a b"]` → ["checks", 2, "expect", "a b"]. */
export function parseProblemPath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(m[3]) as string);
  }
  return out;
}

interface Line {
  blank: boolean;
  indent: number;
  /** The line starts a sequence item (`- `). */
  dash: boolean;
  /** Column of the key after any `- ` markers. */
  keyColumn: number;
  key?: string;
}

function lineOf(text: string): Line {
  const trimmed = text.trimStart();
  const indent = text.length - trimmed.length;
  if (trimmed === "" || trimmed.startsWith("#")) return { blank: true, indent, dash: false, keyColumn: indent };
  const dashes = /^((?:-(?:\s+|$))*)/.exec(trimmed)![1];
  const rest = trimmed.slice(dashes.length);
  const key = /^([^\s#'"-][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s|$)/.exec(rest)?.[1];
  return { blank: false, indent, dash: dashes.length > 0, keyColumn: indent + dashes.length, key: key?.replace(/^["']|["']$/g, "") };
}

/** The 1-based line of the deepest part of `path` found, or null when not even its first part is. */
export function lineOfPath(text: string, path: string): number | null {
  const lines = text.split("\n").map(lineOf);
  let start = 0;
  let end = lines.length;
  let found: number | null = null;
  for (const segment of parseProblemPath(path)) {
    const body = [];
    for (let i = start; i < end; i++) if (!lines[i].blank) body.push(i);
    if (body.length === 0) break;
    if (typeof segment === "string") {
      const column = Math.min(...body.map((i) => lines[i].keyColumn));
      const at = body.find((i) => lines[i].keyColumn === column && lines[i].key === segment);
      if (at === undefined) break;
      let next = at + 1;
      while (next < end && (lines[next].blank || lines[next].indent > column || (lines[next].dash && lines[next].indent === column))) next++;
      found = at;
      start = at + 1;
      end = next;
    } else {
      const column = Math.min(...body.map((i) => lines[i].indent));
      const items = body.filter((i) => lines[i].dash && lines[i].indent === column);
      const at = items[segment];
      if (at === undefined) break;
      const following = items[segment + 1] ?? end;
      found = at;
      // The item's range includes its own line (`- id: x` carries its first key).
      start = at;
      end = following;
      lines[at] = { ...lines[at], indent: lines[at].keyColumn, dash: false };
    }
  }
  return found === null ? null : found + 1;
}

/** A problem's line: its field's, or the line a YAML syntax error names ("… at line 5, column 3"). */
export function lineOfProblem(text: string, problem: { path: string; message: string }): number | null {
  if (problem.path) return lineOfPath(text, problem.path);
  const m = /\bline (\d+)/i.exec(problem.message);
  return m ? Math.min(Number(m[1]), text.split("\n").length) : null;
}
