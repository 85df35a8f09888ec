// How go-yaml v2 (behind sigs.k8s.io/yaml, which kubectl's -o yaml uses) writes a string:
// plain when it reads back as the same string, else single-quoted, else double-quoted;
// multi-line strings as literal blocks.

const yaml11Bools = new Set(["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF"]);
const yaml11Nulls = new Set(["", "~", "null", "Null", "NULL"]);
const specialFloats = new Set([".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN"]);
const intPattern = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|\d+)$/;
const floatPattern = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const base60Pattern = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const timestampPattern = /^\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?$/;

/** True when go-yaml would read the plain text back as something other than this string. */
function resolvesToNonString(text: string): boolean {
  if (yaml11Bools.has(text) || yaml11Nulls.has(text) || specialFloats.has(text)) return true;
  const first = text[0] ?? "";
  if (!/[-+.0-9]/.test(first)) return false;
  const plain = text.replaceAll("_", "");
  return intPattern.test(plain) || floatPattern.test(plain) || base60Pattern.test(text) || timestampPattern.test(text);
}

const leadingIndicators = "#,[]{}&*!|>'\"%@`";

/** The emitter's analysis (yaml_emitter_analyze_scalar) for block context. */
function plainAllowed(text: string): boolean {
  if (text === "") return false;
  const first = text[0] ?? "";
  const second = text[1];
  if (leadingIndicators.includes(first)) return false;
  if ((first === "-" || first === "?" || first === ":") && (second === undefined || second === " " || second === "\t")) return false;
  if (first === " " || text.endsWith(" ")) return false;
  if (text.endsWith(":")) return false;
  if (text.includes(": ") || text.includes(" #") || text.includes(":\t") || text.includes("\t#")) return false;
  return true;
}

function hasSpecialCharacters(text: string): boolean {
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x0a) continue;
    if ((code < 0x20 && code !== 0x09) || code === 0x7f || (code >= 0x80 && code < 0xa0) || code === 0xfeff) return true;
  }
  return false;
}

const lineWidth = 80;

/** Writes words separated by single spaces, breaking at a space once past column 80 (best_width). */
function wrapped(text: string, column: number, indent: number): string {
  let out = "";
  let col = column;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (ch === " " && text[i - 1] !== " " && text[i + 1] !== " " && i > 0 && i < text.length - 1 && col > lineWidth) {
      out += `\n${" ".repeat(indent)}`;
      col = indent;
      continue;
    }
    out += ch;
    col += 1;
  }
  return out;
}

function doubleQuoted(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (code === 0) out += "\\0";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`;
    else if (code === 0xfeff) out += "\\uFEFF";
    else out += ch;
  }
  return `${out}"`;
}

/**
 * The scalar text for a string at `column` (where it starts on its line). `indent` is the
 * indentation of continuation lines and literal block content.
 */
export function yamlString(text: string, column: number, indent: number): string {
  if (hasSpecialCharacters(text)) return doubleQuoted(text);
  if (text.includes("\n")) {
    if (/\n[ \t]|^[ \t]/.test(text) && text.startsWith(" ")) return doubleQuoted(text);
    const chomp = text.endsWith("\n") ? (text.endsWith("\n\n") || text === "\n" ? "+" : "") : "-";
    const body = text.endsWith("\n") ? text.slice(0, -1) : text;
    const lines = body.split("\n").map((line) => (line === "" ? "" : " ".repeat(indent) + line));
    const indicator = text.startsWith(" ") || text.startsWith("\n") ? String(2) : "";
    return `|${indicator}${chomp}\n${lines.join("\n")}`;
  }
  if (resolvesToNonString(text)) return doubleQuoted(text);
  if (plainAllowed(text)) return wrapped(text, column, indent);
  return `'${wrapped(text.replaceAll("'", "''"), column + 1, indent)}'`;
}
