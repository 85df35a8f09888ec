// Which parsed scripts the fast path runs itself: plain commands it implements,
// `;` `&&` `||` lists, `while true` / `while :` loops, literal words, quoted
// strings, $VAR expansions, `$(...)` of one quick command, `x=…` assignments and
// `$((…))` arithmetic as shell-variables.ts admits them, and >, >>, 2>, 2>&1
// redirections. Anything else (pipes, globs, other substitutions, if,
// functions, …) goes to just-bash. The
// network tools a container can run (programs/network-tools) join the names.
import type { ScriptNode } from "just-bash";
import { isFastSedCall } from "./sed-substitute";
import { areShellVariablesSupported, isArithmeticExpansionSupported } from "./shell-variables";

/** Command names the fast path runs (shell builtins, userland commands, programs it starts). */
export const fastCommandNames = new Set([":", "true", "false", "exit", "echo", "sleep", "tail", "cat", "touch", "rm", "mkdir", "date", "id", "whoami", "hostname", "printenv", "env", "nc", "nginx", "httpd-foreground", "stress", "sed"]);

type Node = { type: string; [key: string]: unknown };

/** Commands a `$(...)` on the fast path may run: quick, synchronous, no redirections. */
export const fastSubstitutionNames = new Set(["echo", "date", "hostname", "id", "whoami", "cat", "printenv", "env"]);

/** `$(CMD ARGS)` with one plain command the fast path runs synchronously. */
function isSubstitutionSupported(part: Node): boolean {
  const statements = (part.body as { statements: Node[] }).statements;
  if (statements.length !== 1 || statements[0].background || (statements[0].pipelines as Node[]).length !== 1) return false;
  const commands = (statements[0].pipelines as Node[])[0].commands as Node[];
  if (commands.length !== 1 || commands[0].type !== "SimpleCommand") return false;
  const cmd = commands[0];
  const name = literalText(cmd.name as Node);
  return (
    name !== undefined &&
    fastSubstitutionNames.has(name) &&
    (cmd.assignments as unknown[]).length === 0 &&
    (cmd.redirections as unknown[]).length === 0 &&
    (cmd.args as Node[]).every(isWordSupported)
  );
}

function isWordSupported(word: Node): boolean {
  return (word.parts as Node[]).every((part) => {
    if (part.type === "Literal") return !/[*?[\]{}~]/.test(part.value as string);
    if (part.type === "SingleQuoted") return true;
    if (part.type === "ParameterExpansion") return part.operation === null && /^[A-Za-z_][A-Za-z0-9_]*$/.test(part.parameter as string);
    if (part.type === "CommandSubstitution") return isSubstitutionSupported(part);
    if (part.type === "ArithmeticExpansion") return isArithmeticExpansionSupported(part);
    if (part.type === "DoubleQuoted")
      return (part.parts as Node[]).every(
        (p) =>
          p.type === "Literal" ||
          (p.type === "ParameterExpansion" && p.operation === null && /^[A-Za-z_][A-Za-z0-9_]*$/.test(p.parameter as string)) ||
          (p.type === "CommandSubstitution" && isSubstitutionSupported(p)) ||
          (p.type === "ArithmeticExpansion" && isArithmeticExpansionSupported(p)),
      );
    return false;
  });
}

function literalText(word: Node | null | undefined): string | undefined {
  if (!word) return undefined;
  const parts = word.parts as Node[];
  return parts.length === 1 && parts[0].type === "Literal" ? (parts[0].value as string) : undefined;
}

/** A word's text when it has no expansion: a literal or a single-quoted string. */
function plainText(word: Node): string | undefined {
  const parts = word.parts as Node[];
  return parts.length === 1 && (parts[0].type === "Literal" || parts[0].type === "SingleQuoted") ? (parts[0].value as string) : undefined;
}

function isRedirectionSupported(r: Node): boolean {
  const op = r.operator as string;
  if (op === ">&") return r.fd === 2 && literalText(r.target as Node) === "1";
  return (op === ">" || op === ">>") && (r.fd === null || r.fd === 1 || r.fd === 2) && isWordSupported(r.target as Node);
}

/** `a=1 b=$((a+1))`: plain assignments (no command, no redirection). A value with glob characters is just-bash's: a later unquoted $a would glob it. */
function isAssignmentOnly(cmd: Node): boolean {
  return (
    cmd.name === null &&
    (cmd.redirections as unknown[]).length === 0 &&
    (cmd.assignments as Node[]).every((a) => {
      const value = a.value as Node | null;
      const hasSubstitution = value !== null && (value.parts as Node[]).some((p) => p.type === "CommandSubstitution" || (p.type === "DoubleQuoted" && (p.parts as Node[]).some((q) => q.type === "CommandSubstitution")));
      const quotedTexts = (value?.parts as Node[] | undefined)?.flatMap((p) => (p.type === "SingleQuoted" ? [p] : p.type === "DoubleQuoted" ? (p.parts as Node[]).filter((q) => q.type === "Literal") : [])) ?? [];
      const hasGlob = quotedTexts.some((p) => /[*?[\]{}~]/.test(p.value as string));
      return !a.append && a.array === null && (value === null || (isWordSupported(value) && !hasSubstitution && !hasGlob));
    })
  );
}

function isCommandSupported(cmd: Node, extraNames: ReadonlySet<string>): boolean {
  if (cmd.type === "SimpleCommand" && cmd.name === null) return isAssignmentOnly(cmd);
  if (cmd.type === "SimpleCommand") {
    // `exec CMD ...` is supported when CMD is.
    const first = literalText(cmd.name as Node);
    const name = first === "exec" ? literalText((cmd.args as Node[])[0]) : first;
    return (
      name !== undefined &&
      (fastCommandNames.has(name) || extraNames.has(name)) &&
      // Only `tail -f` is the fast path's own; any other tail is just-bash's (else it would exec itself forever).
      (name !== "tail" || (cmd.args as Node[]).some((a) => /^-[a-zA-Z0-9]*[fF]/.test(literalText(a) ?? ""))) &&
      (name !== "sed" || isFastSedCall((cmd.args as Node[]).map((a) => plainText(a) ?? ""))) &&
      (cmd.assignments as unknown[]).length === 0 &&
      (cmd.args as Node[]).every(isWordSupported) &&
      (cmd.redirections as Node[]).every(isRedirectionSupported)
    );
  }
  if (cmd.type === "While") {
    const cond = cmd.condition as Node[];
    const condName = cond.length === 1 ? literalText(((cond[0].pipelines as Node[])[0]?.commands as Node[])?.[0]?.name as Node) : undefined;
    const single = cond.length === 1 && (cond[0].pipelines as Node[]).length === 1 && ((cond[0].pipelines as Node[])[0].commands as Node[]).length === 1;
    return single && (condName === "true" || condName === ":") && (cmd.redirections as unknown[] | undefined)?.length === 0 && areStatementsSupported(cmd.body as Node[], extraNames);
  }
  return false;
}

function areStatementsSupported(statements: Node[], extraNames: ReadonlySet<string>): boolean {
  return statements.every(
    (s) => !s.background && (s.pipelines as Node[]).every((p) => (p.commands as Node[]).length === 1 && !p.timed && isCommandSupported((p.commands as Node[])[0], extraNames)),
  );
}

/** extraNames: more commands the container runs on the fast path (its network tools); env: the process's environment. */
export function isFastPathScript(script: ScriptNode, extraNames: ReadonlySet<string> = new Set(), env: Readonly<Record<string, string>> = {}): boolean {
  return areStatementsSupported(script.statements as unknown as Node[], extraNames) && areShellVariablesSupported(script, env);
}
