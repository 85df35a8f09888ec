// `sed 's/OLD/NEW/[g]' /ABSOLUTE/FILE`, the adapter containers' one-liner, on
// the fast path: OLD is plain text (optionally anchored with ^ and $), NEW is
// plain text, one input file. Any other sed goes to just-bash, and this one
// prints what just-bash's sed prints (paths-agree.test.ts runs both).
import type { ContainerFs } from "../vfs/container-fs";

// Plain characters only: no regex operators, no & or \ in the replacement, no delimiter.
const sedScriptForm = /^s\/(\^?)([A-Za-z0-9 _=:,-]+)(\$?)\/([A-Za-z0-9 _=:,.-]*)\/(g?)$/;
const inputPathForm = /^\/[A-Za-z0-9_./-]+$/;

/** Whether `sed ARGS` (the literal words after the name) is the form this file runs. */
export function isFastSedCall(args: readonly string[]): boolean {
  return args.length === 2 && sedScriptForm.test(args[0]) && inputPathForm.test(args[1]);
}

export interface SedOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs a call isFastSedCall accepted. */
export function runFastSed(args: readonly string[], fs: ContainerFs): SedOutput {
  const [, caret, text, dollar, replacement, global] = sedScriptForm.exec(args[0])!;
  const path = args[1];
  let content: string;
  try {
    content = fs.readFile(path);
  } catch {
    // just-bash's sed says this for any file it cannot read, directories included.
    return { stdout: "", stderr: `sed: ${path}: No such file or directory\n`, exitCode: 1 };
  }
  if (content === "") return { stdout: "", stderr: "", exitCode: 0 };
  const pattern = new RegExp(`${caret}${text.replace(/-/g, "\\-")}${dollar}`, global ? "g" : "");
  const endsWithNewline = content.endsWith("\n");
  const lines = (endsWithNewline ? content.slice(0, -1) : content).split("\n");
  const out = lines.map((line) => line.replace(pattern, replacement)).join("\n");
  return { stdout: endsWithNewline ? `${out}\n` : out, stderr: "", exitCode: 0 };
}
