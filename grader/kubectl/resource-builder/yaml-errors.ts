// How sigs.k8s.io/yaml (go-yaml v2) words a YAML syntax error, for the
// `error converting YAML to JSON: yaml: line N: ...` kubectl prints. js-yaml
// finds the same mistakes with other words and marks; this maps the common
// ones (checked against kubectl v1.34.5, cases in read-manifests.test.ts).
import type { YAMLException } from "js-yaml";

interface GoYamlError {
  message: string;
  /** go-yaml's 1-based line from js-yaml's 0-based mark line. */
  lineOffset: number;
}

function goYamlError(reason: string, lineText: string): GoYamlError {
  if (reason === "bad indentation of a mapping entry") {
    // `a: b: c` on one line; otherwise a key indented less than its siblings.
    if (/^\s*[^\s#:][^:]*:\s+[^\s'"][^:]*:(\s|$)/.test(lineText)) return { message: "mapping values are not allowed in this context", lineOffset: 1 };
    return { message: "did not find expected key", lineOffset: 0 };
  }
  if (reason === "bad indentation of a sequence entry") return { message: "did not find expected key", lineOffset: 0 };
  if (reason.startsWith("tab characters must not be used")) return { message: "found character that cannot start any token", lineOffset: 1 };
  if (reason === "deficient indentation") return { message: "did not find expected ',' or ']'", lineOffset: 0 };
  if (reason.startsWith("unexpected end of the stream within a")) return { message: "found unexpected end of stream", lineOffset: 1 };
  if (reason === "end of the stream or a document separator is expected") return { message: "did not find expected '-' indicator", lineOffset: 0 };
  return { message: reason, lineOffset: 1 };
}

/** `yaml: line 3: mapping values are not allowed in this context` for a js-yaml exception on `text`. */
export function goYamlErrorText(e: YAMLException, text: string): string {
  // go-yaml's reader refuses these before it parses, without a line.
  if (e.reason === "null byte is not allowed in input" || e.reason === "the stream contains non-printable characters") {
    return "yaml: control characters are not allowed";
  }
  const markLine = e.mark?.line ?? 0;
  const lines = text.split("\n");
  const { message, lineOffset } = goYamlError(e.reason ?? e.message, lines[markLine] ?? "");
  return `yaml: line ${Math.max(1, markLine + lineOffset)}: ${message}`;
}
