// Runs a script that isFastPathScript accepted, synchronously, yielding only
// when it waits on the clock. A loop that runs loopBudget iterations without
// waiting is CPU-bound forever: it yields "busy" and is never resumed.
import type { ScriptNode } from "just-bash";
import { syncCommands } from "../userland/commands";
import type { CommandContext } from "../userland/context";
import { resolveAgainst } from "../vfs/container-fs";
import { FsError } from "../vfs/fs-error";
import type { ProgramContext, ProgramRun, Suspend } from "../programs/program";
import { availableNetworkTools, isNetworkToolCall, runNetworkTool } from "../programs/network-tools";
import { echoCommand, netcatCommand, sleepCommand, tailFollow } from "./shell-commands";
import { isFastSedCall, runFastSed } from "./sed-substitute";
import { evaluateArithmetic } from "./shell-variables";

/** Same number as just-bash's maxLoopIterations in this runtime, so both paths stop alike. */
export const loopBudget = 10_000;

type Node = { type: string; [key: string]: unknown };
type Target = { kind: "stream"; stream: "stdout" | "stderr" } | { kind: "file"; path: string };

class ExitSignal {
  constructor(readonly code: number) {}
}

export interface ShellState {
  ctx: ProgramContext;
  lastStatus: number;
  /** Positional name for messages ("sh"). */
  shellName: string;
  /** wget, curl, nc, nslookup as far as the container has them and a network. */
  networkTools: ReadonlySet<string>;
  /** The script's own variables (`i=0`); they shadow nothing (shell-variables.ts). */
  variables: Map<string, string>;
}

function lookup(state: ShellState, name: string): string | undefined {
  return state.variables.get(name) ?? state.ctx.env[name];
}

/** `$(CMD ARGS)` as supported.ts admits it: CMD's output without its trailing newlines; its errors go to the shell's stderr. */
function substitute(part: Node, state: ShellState): string {
  const cmd = (((part.body as { statements: Node[] }).statements[0].pipelines as Node[])[0].commands as Node[])[0];
  const [name, ...args] = [cmd.name as Node, ...(cmd.args as Node[])].flatMap((w) => expandWord(w, state));
  const result = name === "echo" ? { stdout: echoCommand(args), stderr: "", exitCode: 0 } : syncCommands[name](args, commandContext(state));
  if (result.stderr) state.ctx.write("stderr", result.stderr);
  return result.stdout.replace(/\n+$/, "");
}

/** A word's text, and whether word splitting applies to it (an unquoted expansion in an unquoted word). */
function expandText(word: Node, state: ShellState): { text: string; splits: boolean } {
  let text = "";
  let quoted = false;
  let unquotedExpansion = false;
  for (const part of word.parts as Node[]) {
    if (part.type === "Literal") text += part.value as string;
    else if (part.type === "SingleQuoted") {
      text += part.value as string;
      quoted = true;
    } else if (part.type === "DoubleQuoted") {
      quoted = true;
      for (const p of part.parts as Node[]) {
        if (p.type === "Literal") text += p.value as string;
        else if (p.type === "CommandSubstitution") text += substitute(p, state);
        else if (p.type === "ArithmeticExpansion") text += evaluateArithmetic(p, (name) => lookup(state, name));
        else text += lookup(state, p.parameter as string) ?? "";
      }
    } else if (part.type === "ParameterExpansion") {
      text += lookup(state, part.parameter as string) ?? "";
      unquotedExpansion = true;
    } else if (part.type === "CommandSubstitution") {
      text += substitute(part, state);
      unquotedExpansion = true;
    } else if (part.type === "ArithmeticExpansion") {
      text += evaluateArithmetic(part, (name) => lookup(state, name));
      unquotedExpansion = true;
    }
  }
  return { text, splits: unquotedExpansion && !quoted };
}

function expandWord(word: Node, state: ShellState): string[] {
  const { text, splits } = expandText(word, state);
  // Word splitting applies to unquoted expansions only.
  return splits ? text.split(/[ \t\n]+/).filter(Boolean) : [text];
}

/** `a=1 b=$((a+1))`: each value expanded without splitting, left to right. */
function assign(cmd: Node, state: ShellState): number {
  for (const a of cmd.assignments as Node[]) state.variables.set(a.name as string, a.value ? expandText(a.value as Node, state).text : "");
  return 0;
}

function commandContext(state: ShellState, stdin = ""): CommandContext {
  const c = state.ctx;
  return { fs: c.fs, cwd: c.cwd, env: c.env, stdin, user: c.user, userland: c.userland === "none" ? "busybox" : c.userland, hostname: c.hostname, now: c.now };
}

function shellRedirectError(state: ShellState, path: string, e: unknown): string {
  const why = e instanceof FsError && e.code === "EISDIR" ? "Is a directory" : e instanceof FsError && e.code === "EROFS" ? "Read-only file system" : "nonexistent directory";
  if (state.ctx.userland === "gnu") return `${state.shellName}: 1: cannot create ${path}: ${why === "nonexistent directory" ? "Directory nonexistent" : why}\n`;
  return `${state.shellName}: can't create ${path}: ${why}\n`;
}

/** `exec CMD ARGS`: CMD replaces the shell, so the script ends with CMD's status. */
function* runSimple(cmd: Node, state: ShellState): Generator<Suspend, number, unknown> {
  const replacesShell = (cmd.args as Node[]).length > 0 && expandWord(cmd.name as Node, state)[0] === "exec";
  const status = yield* runSimpleCommand(cmd, state, replacesShell);
  if (replacesShell) throw new ExitSignal(status);
  return status;
}

function* runSimpleCommand(cmd: Node, state: ShellState, dropExec: boolean): Generator<Suspend, number, unknown> {
  const argv = [cmd.name as Node, ...(cmd.args as Node[])].flatMap((w) => expandWord(w, state));
  if (dropExec) argv.shift();
  const targets: Record<1 | 2, Target> = { 1: { kind: "stream", stream: "stdout" }, 2: { kind: "stream", stream: "stderr" } };
  for (const r of cmd.redirections as Node[]) {
    const fd = (r.fd ?? 1) as 1 | 2;
    if (r.operator === ">&") {
      targets[2] = targets[1];
      continue;
    }
    const name = expandWord(r.target as Node, state).join(" ");
    const path = resolveAgainst(state.ctx.cwd, name);
    try {
      if (r.operator === ">") state.ctx.fs.writeFile(path, "");
      else state.ctx.fs.appendFile(path, "");
    } catch (e) {
      state.ctx.write("stderr", shellRedirectError(state, name, e));
      return 1;
    }
    targets[fd] = { kind: "file", path };
  }
  const emit = (fd: 1 | 2) => (text: string) => {
    if (text === "") return;
    const t = targets[fd];
    if (t.kind === "stream") state.ctx.write(t.stream, text);
    else state.ctx.fs.appendFile(t.path, text);
  };
  const out = emit(1);
  const err = emit(2);
  const [name, ...args] = argv;
  if (state.ctx.network && state.networkTools.has(name) && isNetworkToolCall(name, args)) {
    return yield* runNetworkTool(state.ctx.network, name, args, state.ctx, (stream, text) => (stream === "stdout" ? out(text) : err(text)));
  }
  switch (name) {
    case ":":
    case "true":
      return 0;
    case "false":
      return 1;
    case "exit":
      throw new ExitSignal(args.length ? Number(args[0]) & 255 : state.lastStatus);
    case "echo":
      out(echoCommand(args));
      return 0;
    case "sleep":
      return yield* sleepCommand(args, state.ctx, err);
    case "nc":
      return yield* netcatCommand(args, state.ctx, err);
    case "tail":
      if (args.some((a) => /^-[a-zA-Z0-9]*[fF]/.test(a))) return yield* tailFollow(args, state.ctx, out, err);
      break;
    case "sed":
      if (isFastSedCall(args)) {
        const result = runFastSed(args, state.ctx.fs);
        out(result.stdout);
        err(result.stderr);
        return result.exitCode;
      }
      break;
  }
  const sync = syncCommands[name];
  if (sync) {
    const result = sync(args, commandContext(state));
    out(result.stdout);
    err(result.stderr);
    return result.exitCode;
  }
  // A program of the image (nginx, stress…) run from the script: it takes over.
  return yield* state.ctx.execArgv(argv);
}

function* runCommand(cmd: Node, state: ShellState): Generator<Suspend, number, unknown> {
  if (cmd.type === "SimpleCommand" && cmd.name === null) return assign(cmd, state);
  if (cmd.type === "SimpleCommand") return yield* runSimple(cmd, state);
  // while true; do BODY; done — the only loop form accepted.
  let iterationsWithoutWaiting = 0;
  for (;;) {
    let waited = false;
    const body = runStatements(cmd.body as Node[], state);
    for (let step = body.next(); !step.done; step = body.next(yield step.value)) {
      if (step.value.kind === "sleep" || step.value.kind === "forever") waited = true;
    }
    iterationsWithoutWaiting = waited ? 0 : iterationsWithoutWaiting + 1;
    if (iterationsWithoutWaiting >= loopBudget) {
      yield { kind: "busy" };
    }
  }
}

function* runStatements(statements: Node[], state: ShellState): Generator<Suspend, number, unknown> {
  for (const statement of statements) {
    const pipelines = statement.pipelines as Node[];
    const operators = statement.operators as string[];
    let status = 0;
    for (let i = 0; i < pipelines.length; i++) {
      if (i > 0 && ((operators[i - 1] === "&&" && status !== 0) || (operators[i - 1] === "||" && status === 0))) continue;
      const p = pipelines[i];
      status = yield* runCommand((p.commands as Node[])[0], state);
      if (p.negated) status = status === 0 ? 1 : 0;
      state.lastStatus = status;
    }
  }
  return state.lastStatus;
}

/** Runs a fast-path script to its exit status. */
export function* runFastScript(script: ScriptNode, ctx: ProgramContext, shellName = "sh"): ProgramRun {
  const state: ShellState = { ctx, lastStatus: 0, shellName, networkTools: availableNetworkTools(ctx), variables: new Map() };
  try {
    return yield* runStatements(script.statements as unknown as Node[], state);
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    throw e;
  }
}
