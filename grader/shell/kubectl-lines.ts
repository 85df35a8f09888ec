// A workstation script made only of plain kubectl lines (`kubectl -n shop get
// pods`, `k apply -f a.yaml && k get cm`) runs the kubectl client directly,
// without interpreting it in just-bash (≈ 0.3 ms a line and a shell to build).
// Plain: words without expansions of any kind, no pipes, redirections,
// assignments or background jobs; `;`, `&&`, `||` and `!` are kept. One pipe
// is plain too: a here-document fed to kubectl through `cat` (`cat <<'EOF' |
// kubectl apply -f -`), when its text needs no expansion. So are `sleep N`
// (whole seconds) and `mkdir -p PATH...`, which setups mix in (shell-lines.ts
// runs them), and a kubectl line's `> FILE` (stdout-file-line.ts). What
// reaches the caller is what just-bash gives for the same script, its output
// limit included (kubectl-lines.test.ts runs both).
import { parse } from "just-bash";

export interface KubectlLine {
  /** "kubectl" or "k", as typed: a failure message names it; or "sleep" or "mkdir" (shell-lines.ts). */
  name: string;
  args: string[];
  negated: boolean;
  /** Standard input: the text of a here-document piped in through `cat`; none when absent. */
  stdin?: string;
  /** `> FILE` on a kubectl line (no here-document): where its standard output goes (stdout-file-line.ts). */
  stdoutFile?: string;
}

/** Statements in order; each runs its lines joined by `&&` / `||` (operators[i] sits between lines i and i+1). */
export type KubectlScript = Array<{ lines: KubectlLine[]; operators: string[] }>;

export interface LineResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** What the shell printed out of band (a redirection it could not open): it leads the whole script's stderr. */
  leadingStderr?: string;
  /** Standard output a redirection sends to a file: it counts toward the output limit, and is written once counted. */
  toFile?: { text: string; write: () => void };
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

/** A here-document's text would change when expanded (unquoted `$`, backquote, backslash). */
const heredocExpandingChars = /[$`\\]/;
/** A lone UTF-16 surrogate: such text would not survive the pipe's UTF-8 bytes unchanged. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The text `cat <<DELIM` writes, when the command is only that and the text is used as it is. */
function catHeredocText(cmd: Node): string | undefined {
  if (cmd.type !== "SimpleCommand" || !cmd.name || (cmd.args as unknown[]).length || (cmd.assignments as unknown[]).length) return undefined;
  if (wordText(cmd.name as Node) !== "cat") return undefined;
  const redirections = cmd.redirections as Node[];
  if (redirections.length !== 1) return undefined;
  const r = redirections[0];
  const doc = r.target as Node;
  if (r.operator !== "<<" || r.fd !== null || doc.type !== "HereDoc" || doc.stripTabs || doc.terminated !== true) return undefined;
  // Unquoted, `[`, `*` and `?` parse as glob parts, which a here-document writes as they are.
  let text = "";
  for (const part of (doc.content as Node).parts as Node[]) {
    if (part.type === "Literal") text += part.value as string;
    else if (part.type === "Glob") text += part.pattern as string;
    else return undefined;
  }
  if ((!doc.quoted && heredocExpandingChars.test(text)) || loneSurrogate.test(text)) return undefined;
  return text;
}

/** `sleep N` and `mkdir -p PATH...` in the forms shell-lines.ts runs as just-bash would. */
function isShellLine(name: string, args: string[]): boolean {
  if (name === "sleep") return args.length === 1 && /^[0-9]{1,6}$/.test(args[0]);
  if (name === "mkdir") return args.length >= 2 && args[0] === "-p" && args.slice(1).every((a) => a !== "" && !a.startsWith("-"));
  return false;
}

function kubectlLine(pipeline: Node): KubectlLine | undefined {
  const commands = pipeline.commands as Node[];
  if (commands.length > 2 || pipeline.timed) return undefined;
  let stdin: string | undefined;
  if (commands.length === 2) {
    // `|` only: `|&` would pipe cat's stderr as well.
    if ((pipeline.pipeStderr as boolean[] | undefined)?.some(Boolean)) return undefined;
    stdin = catHeredocText(commands[0]);
    if (stdin === undefined) return undefined;
  }
  const cmd = commands[commands.length - 1];
  if (cmd.type !== "SimpleCommand" || !cmd.name || (cmd.assignments as unknown[]).length) return undefined;
  const name = wordText(cmd.name as Node);
  if (name === undefined) return undefined;
  const shell = name === "sleep" || name === "mkdir";
  if (name !== "kubectl" && name !== "k" && !(shell && stdin === undefined)) return undefined;
  const redirections = cmd.redirections as Node[];
  const stdoutFile = redirections.length ? stdoutFileOf(redirections, shell || stdin !== undefined) : undefined;
  if (redirections.length && stdoutFile === undefined) return undefined;
  const args: string[] = [];
  for (const word of cmd.args as Node[]) {
    const text = wordText(word);
    if (text === undefined) return undefined;
    args.push(text);
  }
  if (shell && !isShellLine(name, args)) return undefined;
  return { name, args, negated: Boolean(pipeline.negated), ...(stdin !== undefined ? { stdin } : {}), ...(stdoutFile !== undefined ? { stdoutFile } : {}) };
}

/** The FILE of a lone `> FILE` (or `1> FILE`) written literally; not /dev/…, which just-bash treats apart. */
function stdoutFileOf(redirections: Node[], refused: boolean): string | undefined {
  if (refused || redirections.length !== 1) return undefined;
  const r = redirections[0];
  if (r.operator !== ">" || (r.fd !== null && r.fd !== 1) || (r.target as Node).type !== "Word") return undefined;
  const file = wordText(r.target as Node);
  return file && !file.startsWith("/dev/") ? file : undefined;
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
  let leading = "";
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
      leading += result.leadingStderr ?? "";
      for (const text of [result.toFile?.text ?? result.stdout, result.stderr]) {
        const bytes = Buffer.byteLength(text, "utf8");
        if (bytes > maxOutputSize - outputBytes) {
          const where = result.toFile ? "redirection" : "pipeline";
          return { stdout, stderr: `${leading}${stderr}bash: ${where}: total output size exceeded (>${maxOutputSize} bytes), increase executionLimits.maxOutputSize\n`, exitCode: 126 };
        }
        outputBytes += bytes;
      }
      result.toFile?.write();
      stdout += result.stdout;
      stderr += result.stderr;
      status = line.negated ? (result.exitCode === 0 ? 1 : 0) : result.exitCode;
    }
  }
  return { stdout, stderr: leading + stderr, exitCode: status };
}
