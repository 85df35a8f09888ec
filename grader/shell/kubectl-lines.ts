// A workstation script made only of plain kubectl lines (`kubectl -n shop get
// pods`, `k apply -f a.yaml && k get cm`) runs the kubectl client directly,
// without interpreting it in just-bash (≈ 0.3 ms a line and a shell to build).
// Plain: words without expansions of any kind, no pipes, redirections,
// assignments or background jobs; `;`, `&&`, `||` and `!` are kept. What
// reaches the caller is what just-bash gives for the same script, its output
// limit included (kubectl-lines.test.ts runs both).
import { parse } from "just-bash";

export interface KubectlLine {
  /** "kubectl" or "k", as typed: a failure message names it. */
  name: string;
  args: string[];
  negated: boolean;
}

/** Statements in order; each runs its lines joined by `&&` / `||` (operators[i] sits between lines i and i+1). */
export type KubectlScript = Array<{ lines: KubectlLine[]; operators: string[] }>;

export interface LineResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

type Node = { type: string; [key: string]: unknown };

// Bigger scripts are rare and may meet just-bash's other bounds (command count, source size): leave them to it.
const maxScriptChars = 100_000;
const maxLines = 1_000;

/** Unquoted text that bash would expand (globs, braces, tilde, `$`) or that needs a closer look. */
const expandingChars = /[*?[\]{}~$]/;

function wordText(word: Node): string | undefined {
  let text = "";
  for (const part of word.parts as Node[]) {
    if (part.type === "Literal") {
      if (expandingChars.test(part.value as string)) return undefined;
      text += part.value as string;
    } else if (part.type === "SingleQuoted" || part.type === "Escaped") text += part.value as string;
    else if (part.type === "DoubleQuoted" && (part.parts as Node[]).every((p) => p.type === "Literal")) text += (part.parts as Node[]).map((p) => p.value as string).join("");
    else return undefined;
  }
  return text;
}

function kubectlLine(pipeline: Node): KubectlLine | undefined {
  const commands = pipeline.commands as Node[];
  if (commands.length !== 1 || pipeline.timed) return undefined;
  const cmd = commands[0];
  if (cmd.type !== "SimpleCommand" || !cmd.name || (cmd.assignments as unknown[]).length || (cmd.redirections as unknown[]).length) return undefined;
  const name = wordText(cmd.name as Node);
  if (name !== "kubectl" && name !== "k") return undefined;
  const args: string[] = [];
  for (const word of cmd.args as Node[]) {
    const text = wordText(word);
    if (text === undefined) return undefined;
    args.push(text);
  }
  return { name, args, negated: Boolean(pipeline.negated) };
}

// The same scripts come back on every grade (a task's setup, checks and reference answers):
// parsed once, kept frozen (nothing may change a shared parse), the oldest dropped first.
const parsedScripts = new Map<string, KubectlScript | null>();
const maxParsedScripts = 512;
const maxParsedScriptChars = 16 * 1024;

function frozen(script: KubectlScript): KubectlScript {
  for (const statement of script) {
    for (const line of statement.lines) Object.freeze(Object.freeze(line).args);
    Object.freeze(Object.freeze(statement).lines);
    Object.freeze(statement.operators);
  }
  Object.freeze(script);
  return script;
}

/** The script as kubectl lines (frozen), or undefined when just-bash has to run it. */
export function parseKubectlScript(script: string): KubectlScript | undefined {
  if (script.length > maxParsedScriptChars) return parseScript(script);
  const known = parsedScripts.get(script);
  if (known !== undefined) return known ?? undefined;
  const parsed = parseScript(script);
  if (parsedScripts.size >= maxParsedScripts) parsedScripts.delete(parsedScripts.keys().next().value!);
  parsedScripts.set(script, parsed ? frozen(parsed) : null);
  return parsed;
}

function parseScript(script: string): KubectlScript | undefined {
  if (script.length > maxScriptChars || !/\bk(ubectl)?\b/.test(script)) return undefined;
  let ast: { statements: Node[] };
  try {
    ast = parse(script) as unknown as { statements: Node[] };
  } catch {
    return undefined;
  }
  const out: KubectlScript = [];
  let count = 0;
  for (const statement of ast.statements) {
    if (statement.background) return undefined;
    const lines: KubectlLine[] = [];
    for (const pipeline of statement.pipelines as Node[]) {
      const line = kubectlLine(pipeline);
      if (!line) return undefined;
      lines.push(line);
    }
    count += lines.length;
    if (count > maxLines) return undefined;
    out.push({ lines, operators: statement.operators as string[] });
  }
  return out.length ? out : undefined;
}

/** just-bash's wording when a command throws instead of returning. */
function thrownResult(name: string, e: unknown): LineResult {
  return { stdout: "", stderr: `${name}: ${e instanceof Error ? e.message : String(e)}\n`, exitCode: 1 };
}

/**
 * Runs the lines in order as the shell would: `&&` / `||` skip, `!` negates, the
 * status is the last line's; output past maxOutputSize bytes ends the script
 * with just-bash's message and status 126, dropping the line that overflowed.
 */
export async function runKubectlScript(script: KubectlScript, runLine: (line: KubectlLine) => Promise<LineResult>, maxOutputSize: number): Promise<LineResult> {
  let stdout = "";
  let stderr = "";
  let status = 0;
  let outputBytes = 0;
  for (const { lines, operators } of script) {
    for (let i = 0; i < lines.length; i++) {
      if (i > 0 && ((operators[i - 1] === "&&" && status !== 0) || (operators[i - 1] === "||" && status === 0))) continue;
      const line = lines[i];
      let result: LineResult;
      try {
        result = await runLine(line);
      } catch (e) {
        result = thrownResult(line.name, e);
      }
      for (const text of [result.stdout, result.stderr]) {
        const bytes = Buffer.byteLength(text, "utf8");
        if (bytes > maxOutputSize - outputBytes) {
          return { stdout, stderr: `${stderr}bash: pipeline: total output size exceeded (>${maxOutputSize} bytes), increase executionLimits.maxOutputSize\n`, exitCode: 126 };
        }
        outputBytes += bytes;
      }
      stdout += result.stdout;
      stderr += result.stderr;
      status = line.negated ? (result.exitCode === 0 ? 1 : 0) : result.exitCode;
    }
  }
  return { stdout, stderr, exitCode: status };
}
