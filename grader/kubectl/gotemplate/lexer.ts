// The lexer of Go's text/template (text/template/parse/lex.go): text between
// actions, and inside `{{ }}` the words of the template language. Positions are
// byte offsets of the source (UTF-16 offsets here; templates are ASCII in practice).
export type TokenKind =
  | "text" | "leftDelim" | "rightDelim" | "space" | "identifier" | "keyword" | "field" | "variable" | "dot"
  | "string" | "rawString" | "char" | "number" | "bool" | "nil" | "pipe" | "leftParen" | "rightParen"
  | "declare" | "assign" | "comma" | "otherChar" | "eof";

export interface Token {
  kind: TokenKind;
  text: string;
  pos: number;
  line: number;
}

/** A template that does not parse; the message is what Go's parser reports after "template: NAME:LINE: ". */
export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const keywords = new Set(["block", "break", "continue", "define", "else", "end", "if", "range", "template", "with"]);
const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\r" || c === "\n";
const isAlnum = (c: string): boolean => /[\p{L}\p{Nd}_]/u.test(c);

/** All tokens of `src`, ending with "eof"; throws TemplateSyntaxError as Go's lexer does. */
export function lexTemplate(src: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let line = 1;
  let parenDepth: number;
  const lineAt = (p: number): number => line + (src.slice(pos, p).match(/\n/g)?.length ?? 0);
  const emit = (kind: TokenKind, start: number, end: number): void => {
    tokens.push({ kind, text: src.slice(start, end), pos: start, line });
    line = lineAt(end);
    pos = end;
  };
  const fail = (message: string): never => {
    throw new TemplateSyntaxError(message, line);
  };

  while (pos < src.length) {
    // Text up to the next action; `{{- ` trims the spaces before it.
    const open = src.indexOf("{{", pos);
    const textEnd = open < 0 ? src.length : open;
    const trimLeft = open >= 0 && src.startsWith("{{- ", open) || (open >= 0 && /^\{\{-[\t\r\n ]/.test(src.slice(open, open + 4)));
    let visibleEnd = textEnd;
    if (trimLeft) while (visibleEnd > pos && isSpace(src[visibleEnd - 1])) visibleEnd--;
    if (visibleEnd > pos) tokens.push({ kind: "text", text: src.slice(pos, visibleEnd), pos, line });
    line = lineAt(textEnd);
    pos = textEnd;
    if (open < 0) break;
    // The action.
    const inside = open + 2 + (trimLeft ? 2 : 0);
    if (src.startsWith("/*", inside)) {
      const close = src.indexOf("*/", inside);
      if (close < 0) fail("unclosed comment");
      let after = close + 2;
      let trimRight = false;
      if (/^[\t\r\n ]-\}\}/.test(src.slice(after, after + 4))) {
        trimRight = true;
        after += 2;
      }
      if (!src.startsWith("}}", after)) fail("comment ends before closing delimiter");
      line = lineAt(after + 2);
      pos = after + 2;
      if (trimRight) while (pos < src.length && isSpace(src[pos])) pos++;
      line = lineAt(pos);
      continue;
    }
    emit("leftDelim", open, inside);
    parenDepth = 0;
    for (;;) {
      if (/^[\t\r\n ]-\}\}/.test(src.slice(pos, pos + 4)) || (src.startsWith("}}", pos))) {
        const trimRight = !src.startsWith("}}", pos);
        if (trimRight) {
          emit("space", pos, pos + 1);
        }
        if (parenDepth > 0) fail("unclosed left paren");
        const delimStart = pos;
        emit("rightDelim", delimStart, delimStart + (trimRight ? 3 : 2));
        if (trimRight) {
          let p = pos;
          while (p < src.length && isSpace(src[p])) p++;
          line = lineAt(p);
          pos = p;
        }
        break;
      }
      if (pos >= src.length) fail("unclosed action");
      const c = src[pos];
      if (isSpace(c)) {
        let p = pos;
        while (p < src.length && isSpace(src[p]) && !/^[\t\r\n ]-\}\}/.test(src.slice(p, p + 4))) p++;
        emit("space", pos, p);
      } else if (c === "=") emit("assign", pos, pos + 1);
      else if (c === ":") {
        if (src[pos + 1] !== "=") fail("expected :=");
        emit("declare", pos, pos + 2);
      } else if (c === "|") emit("pipe", pos, pos + 1);
      else if (c === ",") emit("comma", pos, pos + 1);
      else if (c === '"') {
        let p = pos + 1;
        for (; p < src.length && src[p] !== '"'; p++) {
          if (src[p] === "\\") p++;
          if (src[p] === "\n" || p >= src.length) fail("unterminated quoted string");
        }
        if (p >= src.length) fail("unterminated quoted string");
        emit("string", pos, p + 1);
      } else if (c === "`") {
        const close = src.indexOf("`", pos + 1);
        if (close < 0) fail("unterminated raw quoted string");
        emit("rawString", pos, close + 1);
      } else if (c === "'") {
        let p = pos + 1;
        for (; p < src.length && src[p] !== "'"; p++) {
          if (src[p] === "\\") p++;
          if (src[p] === "\n" || p >= src.length) fail("unterminated character constant");
        }
        emit("char", pos, p + 1);
      } else if (c === "$") {
        let p = pos + 1;
        while (p < src.length && isAlnum(src[p])) p++;
        emit("variable", pos, p);
      } else if (c === ".") {
        if (/[0-9]/.test(src[pos + 1] ?? "")) {
          emit("number", pos, numberEnd(src, pos));
        } else {
          let p = pos + 1;
          while (p < src.length && isAlnum(src[p])) p++;
          emit(p === pos + 1 ? "dot" : "field", pos, p);
        }
      } else if (c === "+" || c === "-" || /[0-9]/.test(c)) {
        const end = numberEnd(src, pos);
        if (end === pos || (end < src.length && isAlnum(src[end]))) fail(`bad number syntax: "${src.slice(pos, end + 1)}"`);
        emit("number", pos, end);
      } else if (isAlnum(c)) {
        let p = pos;
        while (p < src.length && isAlnum(src[p])) p++;
        const word = src.slice(pos, p);
        emit(keywords.has(word) ? "keyword" : word === "true" || word === "false" ? "bool" : word === "nil" ? "nil" : "identifier", pos, p);
      } else if (c === "(") {
        parenDepth++;
        emit("leftParen", pos, pos + 1);
      } else if (c === ")") {
        parenDepth--;
        if (parenDepth < 0) fail("unexpected right paren");
        emit("rightParen", pos, pos + 1);
      } else if (c !== "}" && c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) < 0x7f) {
        // Any other printable ASCII character is a token the parser then finds unexpected.
        emit("otherChar", pos, pos + 1);
      } else {
        const cp = c.codePointAt(0) ?? 0;
        fail(`bad character U+${cp.toString(16).toUpperCase().padStart(4, "0")} '${String.fromCodePoint(cp)}'`);
      }
    }
  }
  tokens.push({ kind: "eof", text: "", pos, line });
  return tokens;
}

function numberEnd(src: string, start: number): number {
  const m = /^[+-]?(0[xX][0-9a-fA-F_]*\.?[0-9a-fA-F_]*([pP][+-]?[0-9_]+)?|0[bB][01_]+|0[oO][0-7_]+|[0-9_]*\.?[0-9_]*([eE][+-]?[0-9_]+)?)i?/.exec(src.slice(start));
  return start + (m ? m[0].length : 0);
}
