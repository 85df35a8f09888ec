// Where the cursor is in a YAML manifest, read from indentation alone so it
// works while the document is half-typed (and so unparseable): the keys above
// the cursor, whether it is typing a key or a value, and the document's
// apiVersion and kind.

export interface YamlCursorContext {
  /** Keys from the document root to the mapping the cursor is in: `["spec", "containers"]`. */
  path: string[];
  /** "key": typing a field name; "value": typing the value of `key`. */
  position: "key" | "value";
  /** The key whose value is being typed (position "value"). */
  key?: string;
  /** The word typed so far and where it starts (an offset in the text). */
  prefix: string;
  from: number;
  /** The column keys of the cursor's mapping start at. */
  column: number;
  /** Keys already present in the cursor's mapping (not offered again). */
  siblings: string[];
  apiVersion?: string;
  kind?: string;
}

interface LineInfo {
  /** Column of the key after any `- ` markers, or -1 for a blank or comment line. */
  keyColumn: number;
  key?: string;
  /** Text after `key:` (trimmed, without comment). */
  value?: string;
  /** The line starts a sequence item (`- `). */
  item: boolean;
}

const keyLine = /^(\s*)((?:-\s+)*)([^\s#'"][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s+(.*))?$/;

function lineInfo(line: string): LineInfo {
  const trimmed = line.trimStart();
  if (trimmed === "" || trimmed.startsWith("#")) return { keyColumn: -1, item: false };
  const m = keyLine.exec(line);
  const dashes = /^(\s*)((?:-\s*)*)/.exec(line)!;
  const item = dashes[2].length > 0;
  if (!m) return { keyColumn: dashes[1].length + dashes[2].length, item };
  const key = m[3].replace(/^["']|["']$/g, "");
  const value = (m[4] ?? "").replace(/\s+#.*$/, "").trim();
  return { keyColumn: m[1].length + m[2].length, key, value, item };
}

/** The lines of the YAML document (between `---` separators) holding `offset`, and where they start. */
function documentAround(text: string, offset: number): { lines: string[]; start: number; cursorLine: number } {
  const lines = text.split("\n");
  let pos = 0;
  let cursorLine = 0;
  for (let i = 0; i < lines.length; i++) {
    if (offset <= pos + lines[i].length) {
      cursorLine = i;
      break;
    }
    pos += lines[i].length + 1;
    cursorLine = i + 1;
  }
  const isSeparator = (l: string) => /^---(\s|$)/.test(l) || /^\.\.\.(\s|$)/.test(l);
  let first = cursorLine;
  while (first > 0 && !isSeparator(lines[first - 1])) first--;
  let last = cursorLine;
  while (last + 1 < lines.length && !isSeparator(lines[last + 1])) last++;
  let start = 0;
  for (let i = 0; i < first; i++) start += lines[i].length + 1;
  return { lines: lines.slice(first, last + 1), start, cursorLine: cursorLine - first };
}

export function yamlCursorContext(text: string, offset: number): YamlCursorContext | undefined {
  const { lines, start, cursorLine } = documentAround(text, offset);
  let lineStart = start;
  for (let i = 0; i < cursorLine; i++) lineStart += lines[i].length + 1;
  const before = text.slice(lineStart, offset);
  if (/^---/.test(before)) return undefined;

  let position: "key" | "value";
  let column: number;
  let key: string | undefined;
  let prefix: string;
  const valueMatch = /^(\s*)((?:-\s+)*)([\w.\-/]+)\s*:\s+([^\s#]*)$/.exec(before);
  const keyMatch = /^(\s*)((?:-\s+)*)([\w.\-/]*)$/.exec(before);
  if (keyMatch) {
    position = "key";
    column = keyMatch[1].length + keyMatch[2].length;
    prefix = keyMatch[3];
  } else if (valueMatch) {
    position = "value";
    column = valueMatch[1].length + valueMatch[2].length;
    key = valueMatch[3];
    prefix = valueMatch[4];
  } else {
    return undefined; // inside a comment, a quoted string, a flow collection…
  }

  // Walk up: the nearest key line left of the cursor's column is the parent; repeat.
  const path: string[] = [];
  const siblings: string[] = [];
  let col = column;
  const thisLineIsItem = /^\s*-\s/.test(before);
  // A new `- ` item starts an empty mapping: keys above belong to the previous item.
  let inOwnMapping = !thisLineIsItem;
  for (let i = cursorLine - 1; i >= 0 && col > 0; i--) {
    const info = lineInfo(lines[i]);
    if (info.keyColumn < 0) continue;
    if (info.keyColumn < col) {
      if (info.key === undefined || info.value) return undefined; // under a scalar or a block text: not a mapping
      path.unshift(info.key);
      col = info.keyColumn;
      inOwnMapping = false;
    } else if (info.keyColumn === col && inOwnMapping && info.key) {
      siblings.push(info.key);
      // An item marker at this column starts the cursor's item: keys above it belong to another item.
      if (info.item) inOwnMapping = false;
    }
  }
  if (column === 0) {
    // At the root, siblings include every root key above (none was collected when the column was 0 from the start).
    for (let i = cursorLine - 1; i >= 0; i--) {
      const info = lineInfo(lines[i]);
      if (info.keyColumn === 0 && info.key) siblings.push(info.key);
    }
  }
  // Keys below the cursor in the same mapping are taken too.
  for (let i = cursorLine + 1; i < lines.length; i++) {
    const info = lineInfo(lines[i]);
    if (info.keyColumn < 0) continue;
    if (info.keyColumn < column || (info.item && info.keyColumn === column)) break;
    if (info.keyColumn === column && info.key) siblings.push(info.key);
  }

  let apiVersion: string | undefined;
  let kind: string | undefined;
  lines.forEach((line, i) => {
    if (i === cursorLine) return;
    const info = lineInfo(line);
    if (info.keyColumn !== 0 || !info.value) return;
    const v = info.value.replace(/^["']|["']$/g, "");
    if (info.key === "apiVersion") apiVersion = v;
    if (info.key === "kind") kind = v;
  });

  return { path, position, key, prefix, from: offset - prefix.length, column, siblings, apiVersion, kind };
}
