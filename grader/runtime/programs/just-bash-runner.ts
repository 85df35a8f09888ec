// The slow, general path: a script the fast path does not handle runs in
// just-bash over the container's own filesystem, with `sleep` on the virtual
// clock and our userland commands (same code and wording as the fast path).
import { Bash, decodeBytesToUtf8, defineCommand, type CustomCommand } from "just-bash";
import { syncCommands } from "../userland/commands";
import type { CommandContext, CommandResult } from "../userland/context";
import { JustBashFs, type CannotCreateHandler } from "../vfs/just-bash-fs";
import { cannotCreateMessage } from "../userland/cannot-create";
import { loopBudget } from "../fastpath/interpreter";
import { availableNetworkTools, isNetcatListen, type ContainerNetwork } from "./network-tools";
import type { ProgramContext } from "./program";
import { mainStderrPath, mainStdoutPath, routeMainShellOutput } from "./main-process-output";

/** just-bash reports an execution limit on stderr with this hint. */
const limitHint = "increase executionLimits.";

/** The network tools as just-bash commands: the same call as the fast path, awaiting the same virtual time. */
function networkCommands(ctx: ProgramContext, network: ContainerNetwork, sleep: (ms: number) => Promise<void>): CustomCommand[] {
  return [...availableNetworkTools(ctx)].map((name) =>
    defineCommand(name, async (args, jctx): Promise<CommandResult> => {
      // A listening nc is a server only the fast path models; here it stays what just-bash makes of an unknown command.
      if (name === "nc" && isNetcatListen(args)) return { stdout: "", stderr: "bash: nc: command not found\n", exitCode: 127 };
      const result = network.run(name, args, jctx.cwd, ctx.fs);
      if (result.elapsedMs > 0) await sleep(result.elapsedMs);
      return { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode };
    }),
  );
}

function customCommands(ctx: ProgramContext, sleep: (ms: number) => Promise<void>): CustomCommand[] {
  const network = ctx.network ? networkCommands(ctx, ctx.network, sleep) : [];
  const userland = Object.entries(syncCommands).map(([name, run]) =>
    defineCommand(name, async (args, jctx): Promise<CommandResult> => {
      const commandCtx: CommandContext = {
        fs: ctx.fs,
        cwd: jctx.cwd,
        env: Object.fromEntries(jctx.env),
        stdin: decodeBytesToUtf8(jctx.stdin),
        user: ctx.user,
        userland: ctx.userland === "none" ? "busybox" : ctx.userland,
        hostname: ctx.hostname,
        now: ctx.now,
      };
      return run(args, commandCtx);
    }),
  );
  return [...userland, ...network];
}

export interface JustBashOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** An execution limit stopped it: the process is CPU-bound forever. */
  hitLimit: boolean;
}

/** The shell's own message for a redirection it could not open, on its stderr, as the fast path words it. */
function reportCannotCreate(ctx: ProgramContext): CannotCreateHandler {
  const shellName = ctx.argv[0]?.split("/").pop() || "sh";
  return (path, error) => ctx.write("stderr", cannotCreateMessage(ctx.userland === "gnu" ? "dash" : "ash", shellName, path, error));
}

function newShell(ctx: ProgramContext, sleep: (ms: number) => Promise<void>): Bash {
  return new Bash({
    fs: new JustBashFs(ctx.fs, reportCannotCreate(ctx)),
    cwd: ctx.cwd,
    env: { ...ctx.env, HOSTNAME: ctx.hostname, HOME: ctx.env.HOME ?? (ctx.user.uid === 0 ? "/root" : "/") },
    sleep,
    customCommands: customCommands(ctx, sleep),
    // Off: its AsyncLocalStorage turns on promise hooks for the whole process (≈20% of grading time),
    // and scripts here cannot run JavaScript (no js-exec, no python), which is what it guards against.
    defenseInDepth: false,
    processInfo: { pid: 1, ppid: 0, uid: ctx.user.uid, gid: ctx.user.gid },
    executionLimits: { maxLoopIterations: loopBudget, maxCallDepth: 100, maxCommandCount: 10 * loopBudget, maxExecutionTimeMs: Infinity },
  });
}

/** Runs a container's main script; its output streams to the container log as it goes. */
export async function runScriptAsMainProcess(script: string, ctx: ProgramContext, sleep: (ms: number) => Promise<void>): Promise<JustBashOutcome> {
  let hitLimit = false;
  const device = (stream: "stdout" | "stderr") => ({
    kind: "device" as const,
    mode: 0o620,
    mtimeMs: 0,
    write: (text: string) => {
      if (text.includes(limitHint)) hitLimit = true;
      else ctx.write(stream, text);
    },
  });
  ctx.fs.mountNode(mainStdoutPath, device("stdout"));
  ctx.fs.mountNode(mainStderrPath, device("stderr"));
  const bash = newShell(ctx, sleep);
  // Each command's output reaches the log when it finishes (see main-process-output); a script that
  // redirects the shell itself keeps a persistent `exec >>fd` in front.
  const routed = routeMainShellOutput(script) ?? `exec >>${mainStdoutPath} 2>>${mainStderrPath}\n${script}`;
  const result = await bash.exec(routed, { rawScript: true });
  if (result.stderr.includes(limitHint)) hitLimit = true;
  // What no command wrote itself (the shell's own errors, a function's output at the end) goes last.
  ctx.write("stdout", result.stdout);
  ctx.write("stderr", result.stderr.split(/(?<=\n)/).filter((line) => !line.includes(limitHint)).join(""));
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr, hitLimit };
}

/** Runs an exec session's script; output comes back whole. */
export async function runScriptForExec(script: string, ctx: ProgramContext, sleep: (ms: number) => Promise<void>): Promise<JustBashOutcome> {
  const result = await newShell(ctx, sleep).exec(script, { rawScript: true });
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr, hitLimit: result.stderr.includes(limitHint) };
}
