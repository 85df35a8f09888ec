// The bad answers of issue 6 (what a careless or hostile paste looks like),
// shared by grade.test.ts (each gets a clear message) and grade.bench.ts (each
// within the time budget). Each names the message kubectl or the shell prints.
import type { Answer } from "../tasks";

export interface BadAnswer {
  name: string;
  answer: Answer;
  /** Text the answer's stderr contains. */
  stderr: string;
}

const configMap = (name: string, data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  k: "${data}"\n`;

/** A "billion laughs": 9 levels of 9 aliases in a ConfigMap's labels. */
const aliasBomb =
  "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\n  labels: {a: &a [x,x,x,x,x,x,x,x,x], " +
  ["b", "c", "d", "e", "f", "g", "h", "i"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(",")}]`).join(", ") +
  "}\n";

export const badAnswers: BadAnswer[] = [
  { name: "an empty manifest file", answer: { manifests: "\n" }, stderr: "error: no objects passed to apply\n" },
  {
    name: "binary garbage",
    answer: { manifests: String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i)).repeat(16) },
    stderr: "error: error parsing /root/answer.yaml: error converting YAML to JSON: yaml: control characters are not allowed\n",
  },
  {
    name: "a 10 MB manifest, which the API server refuses as too large",
    answer: { manifests: configMap("big", "x".repeat(10_000_000)) },
    stderr: 'Error from server (RequestEntityTooLarge): error when creating "/root/answer.yaml": Request entity too large: limit is 3145728\n',
  },
  {
    name: "an alias bomb",
    answer: { manifests: aliasBomb },
    stderr: "error: error parsing /root/answer.yaml: error converting YAML to JSON: yaml: document contains excessive aliasing\n",
  },
  { name: "a transcript that never ends", answer: { transcript: "while true; do echo waiting; done" }, stderr: "too many iterations (5000)" },
  { name: "a transcript that recurses without end", answer: { transcript: "f() { f; }; f" }, stderr: "maximum recursion depth (100) exceeded" },
];

/** 1,000 ConfigMaps in one file: valid, just many. */
export function thousandDocuments(): string {
  return Array.from({ length: 1000 }, (_, i) => configMap(`c${i}`, "v")).join("---\n");
}
