// kubectl's JSONPath template parser (client-go util/jsonpath/parser.go, v0.34):
// text outside `{...}` is printed as is; inside, fields, arrays, filters, unions,
// `..`, quoted text, numbers and the `range`/`end` keywords. Errors carry the
// upstream message ("unclosed action", "unterminated array", ...).
import { newList, type JsonPathNode, type ListNode, type SliceParam } from "./nodes";
import { unquoteExtend } from "./unquote";

export class JsonPathParseError extends Error {}

const eof = "";
const sliceOperator = /^(-?\d*)(:-?\d*)?(:-?\d*)?$/;
const dictKey = /^'([^']*)'$/;
const filterComparison = /^([^!<>=]+)([!<>=]+)(.+?)$/;

const isSpace = (r: string): boolean => r === " " || r === "\t";
const isEndOfLine = (r: string): boolean => r === "\r" || r === "\n";
const isDigit = (r: string): boolean => r !== eof && /^\p{Nd}$/u.test(r);
const isAlphaNumeric = (r: string): boolean => r === "_" || (r !== eof && /^[\p{L}\p{Nd}]$/u.test(r));
const isTerminator = (r: string): boolean =>
  isSpace(r) || isEndOfLine(r) || [eof, ".", ",", "[", "]", "$", "@", "{", "}"].includes(r);

/** Go's %#U: `U+0023 '#'`. */
function goRuneU(r: string): string {
  const cp = r.codePointAt(0) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, "0")} '${r}'`;
}

/** Go's strconv.Atoi for what the number scanner accepted. */
function atoi(text: string): number | undefined {
  return /^[+-]?\d+$/.test(text) && Math.abs(Number(text)) <= Number.MAX_SAFE_INTEGER ? Number(text) : undefined;
}

class Parser {
  readonly root: ListNode = newList();
  private input = "";
  private pos = 0;
  private start = 0;
  private width = 0;

  parse(text: string): void {
    this.input = text;
    this.pos = 0;
    this.parseText(this.root);
  }

  private consumeText(): string {
    const value = this.input.slice(this.start, this.pos);
    this.start = this.pos;
    return value;
  }

  private next(): string {
    if (this.pos >= this.input.length) {
      this.width = 0;
      return eof;
    }
    const r = String.fromCodePoint(this.input.codePointAt(this.pos) ?? 0);
    this.width = r.length;
    this.pos += this.width;
    return r;
  }

  private peek(): string {
    const r = this.next();
    this.backup();
    return r;
  }

  private backup(): void {
    this.pos -= this.width;
  }

  private rest(): string {
    return this.input.slice(this.pos);
  }

  private parseText(cur: ListNode): void {
    for (;;) {
      if (this.rest().startsWith("{")) {
        if (this.pos > this.start) cur.nodes.push({ type: "text", text: this.consumeText() });
        this.parseLeftDelim(cur);
        return;
      }
      if (this.next() === eof) break;
    }
    if (this.pos > this.start) cur.nodes.push({ type: "text", text: this.consumeText() });
  }

  private parseLeftDelim(cur: ListNode): void {
    this.pos += 1;
    this.consumeText();
    const node = newList();
    cur.nodes.push(node);
    this.parseInsideAction(node);
  }

  private parseInsideAction(cur: ListNode): void {
    const rest = this.rest();
    if (rest.startsWith("}")) return this.parseRightDelim();
    if (rest.startsWith("[?(")) return this.parseFilter(cur);
    if (rest.startsWith("..")) return this.parseRecursive(cur);

    const r = this.next();
    if (r === eof || isEndOfLine(r)) throw new JsonPathParseError("unclosed action");
    if (r === " " || r === "@" || r === "$") {
      this.consumeText();
      return this.parseInsideAction(cur);
    }
    if (r === "[") return this.parseArray(cur);
    if (r === '"' || r === "'") return this.parseQuote(cur, r);
    if (r === ".") return this.parseField(cur);
    if (r === "+" || r === "-" || isDigit(r)) {
      this.backup();
      return this.parseNumber(cur);
    }
    if (isAlphaNumeric(r)) {
      this.backup();
      return this.parseIdentifier(cur);
    }
    throw new JsonPathParseError(`unrecognized character in action: ${goRuneU(r)}`);
  }

  private parseRightDelim(): void {
    this.pos += 1;
    this.consumeText();
    this.parseText(this.root);
  }

  private parseIdentifier(cur: ListNode): void {
    while (!isTerminator(this.next()));
    this.backup();
    const value = this.consumeText();
    if (value === "true" || value === "false") cur.nodes.push({ type: "bool", value: value === "true" });
    else cur.nodes.push({ type: "identifier", name: value });
    this.parseInsideAction(cur);
  }

  private parseRecursive(cur: ListNode): void {
    if (cur.nodes[cur.nodes.length - 1]?.type === "recursive") throw new JsonPathParseError("invalid multiple recursive descent");
    this.pos += 2;
    this.consumeText();
    cur.nodes.push({ type: "recursive" });
    if (isAlphaNumeric(this.peek())) return this.parseField(cur);
    this.parseInsideAction(cur);
  }

  private parseNumber(cur: ListNode): void {
    const first = this.peek();
    if (first === "+" || first === "-") this.next();
    for (;;) {
      const r = this.next();
      if (r !== "." && !isDigit(r)) {
        this.backup();
        break;
      }
    }
    const value = this.consumeText();
    const int = atoi(value);
    if (int !== undefined) cur.nodes.push({ type: "int", value: int });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) cur.nodes.push({ type: "float", value: Number(value) });
    else throw new JsonPathParseError(`cannot parse number ${value}`);
    this.parseInsideAction(cur);
  }

  private parseArray(cur: ListNode): void {
    for (;;) {
      const r = this.next();
      if (r === eof || r === "\n") throw new JsonPathParseError("unterminated array");
      if (r === "]") break;
    }
    let text = this.consumeText().slice(1, -1);
    if (text === "*") text = ":";

    const parts = text.split(",");
    if (parts.length > 1) {
      const union = parts.map((part) => parseAction(`[${part.replace(/^ +| +$/g, "")}]`));
      cur.nodes.push({ type: "union", nodes: union });
      return this.parseInsideAction(cur);
    }

    const key = dictKey.exec(text);
    if (key) {
      cur.nodes.push(...parseAction(`.${key[1] ?? ""}`).nodes);
      return this.parseInsideAction(cur);
    }

    const slice = sliceOperator.exec(text);
    if (!slice) throw new JsonPathParseError(`invalid array index ${text}`);
    const params: [SliceParam, SliceParam, SliceParam] = [
      { value: 0, known: false, derived: false },
      { value: 0, known: false, derived: false },
      { value: 0, known: false, derived: false },
    ];
    for (let i = 0; i < 3; i++) {
      let part = slice[i + 1] ?? "";
      if (part !== "") {
        if (i > 0) part = part.slice(1);
        if (i > 0 && part === "") params[i].known = false;
        else {
          const value = atoi(part);
          if (value === undefined) throw new JsonPathParseError(`array index ${part} is not a number`);
          params[i] = { value, known: true, derived: false };
        }
      } else if (i === 1) {
        params[1] = { value: params[0].value + 1, known: true, derived: true };
      }
    }
    cur.nodes.push({ type: "array", params });
    this.parseInsideAction(cur);
  }

  private parseFilter(cur: ListNode): void {
    this.pos += 3;
    this.consumeText();
    let begin = false;
    let end = false;
    let pair = "";
    for (;;) {
      const r = this.next();
      if (r === eof || r === "\n") throw new JsonPathParseError("unterminated filter");
      if (r === '"' || r === "'") {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (this.input[this.pos - 2] !== "\\" && r === pair) end = true;
      } else if (r === ")" && begin === end) break;
    }
    if (this.next() !== "]") throw new JsonPathParseError("unclosed array expect ]");
    const text = this.consumeText().slice(0, -2);
    const comparison = filterComparison.exec(text);
    if (!comparison) cur.nodes.push({ type: "filter", left: parseAction(text), right: newList(), operator: "exists" });
    else {
      const left = parseAction(comparison[1] ?? "");
      const right = parseAction(comparison[3] ?? "");
      cur.nodes.push({ type: "filter", left, right, operator: comparison[2] ?? "" });
    }
    this.parseInsideAction(cur);
  }

  private parseQuote(cur: ListNode, quote: string): void {
    for (;;) {
      const r = this.next();
      if (r === eof || r === "\n") throw new JsonPathParseError("unterminated quoted string");
      if (r === quote && this.input[this.pos - 2] !== "\\") break;
    }
    const value = this.consumeText();
    const text = unquoteExtend(value);
    if (text === undefined) throw new JsonPathParseError(`unquote string ${value} error invalid syntax`);
    cur.nodes.push({ type: "text", text });
    this.parseInsideAction(cur);
  }

  private parseField(cur: ListNode): void {
    this.consumeText();
    while (this.advance());
    const value = this.consumeText();
    cur.nodes.push(value === "*" ? { type: "wildcard" } : { type: "field", value: value.replaceAll("\\", "") });
    this.parseInsideAction(cur);
  }

  /** Scans to the next terminator that is not escaped with a backslash. */
  private advance(): boolean {
    const r = this.next();
    if (r === "\\") this.next();
    else if (isTerminator(r)) {
      this.backup();
      return false;
    }
    return true;
  }
}

/** Parses a whole template; throws JsonPathParseError with upstream's message. */
export function parseJsonPath(template: string): ListNode {
  const parser = new Parser();
  parser.parse(template);
  return parser.root;
}

/** One action's expression, as if written `{text}` (unions, filters, `['key']`). */
function parseAction(text: string): ListNode {
  const root = parseJsonPath(`{${text}}`);
  const first: JsonPathNode | undefined = root.nodes[0];
  return first?.type === "list" ? first : newList();
}
