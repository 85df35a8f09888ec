// A problem found while loading the task bank, with the file and the field it
// is about, printed `tasks/x/y/task.yaml: checks[2].expect.kind: Required`.
import type { z } from "zod";

export interface LoadProblem {
  /** The file, relative to the directory above the bank: `tasks/x/y/task.yaml`. */
  file: string;
  /** The field, as `checks[2].expect.kind`; "" for the whole file. */
  path: string;
  message: string;
}

export function formatProblem(p: LoadProblem): string {
  return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** `["checks", 2, "expect", "kind"]` → `checks[2].expect.kind`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (typeof part === "string" && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

// zod 4 words a missing field "Invalid input: expected string, received undefined"; authors read "Required".
export const requiredFieldErrorMap: z.core.$ZodErrorMap = (issue) =>
  issue.code === "invalid_type" && issue.input === undefined ? "Required" : undefined;

/** One problem per zod issue; an unknown key becomes a problem at that key. */
export function problemsFromZod(file: string, issues: readonly z.core.$ZodIssue[]): LoadProblem[] {
  const out: LoadProblem[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push({ file, path: fieldPath([...issue.path, key]), message: "Unknown field" });
      continue;
    }
    out.push({ file, path: fieldPath(issue.path), message: issue.message });
  }
  return out;
}
