// sh / bash / busybox and the single userland commands as programs: `sh -c SCRIPT`
// runs on the fast path when it can, else in just-bash.
import { parse } from "just-bash";
import { isFastPathScript } from "../fastpath/supported";
import { runFastScript } from "../fastpath/interpreter";
import { echoCommand, netcatCommand, sleepCommand, tailFollow } from "../fastpath/shell-commands";
import { syncCommands } from "../userland/commands";
import type { Program, ProgramContext, ProgramRun } from "./program";
import { runScriptAsMainProcess, runScriptForExec, type JustBashOutcome } from "./just-bash-runner";
import { availableNetworkTools, isNetworkToolCall, runNetworkTool } from "./network-tools";

export function* runShellScript(script: string, ctx: ProgramContext): ProgramRun {
  let ast: ReturnType<typeof parse> | undefined;
  try {
    ast = parse(script);
  } catch {
    ast = undefined;
  }
  if (ast && ctx.shellPath !== "just-bash" && isFastPathScript(ast, availableNetworkTools(ctx), ctx.env)) {
    ctx.onShellPath?.("fast");
    return yield* runFastScript(ast, ctx, ctx.argv[0]?.split("/").pop() ?? "sh");
  }
  ctx.onShellPath?.("just-bash");
  const outcome = (yield { kind: "await", promise: ctx.session === "main" ? runScriptAsMainProcess(script, ctx, ctx.virtualSleep) : runScriptForExec(script, ctx, ctx.virtualSleep) }) as JustBashOutcome;
  if (ctx.session === "exec") {
    ctx.write("stdout", outcome.stdout);
    if (!outcome.hitLimit) ctx.write("stderr", outcome.stderr);
  }
  if (outcome.hitLimit) {
    yield { kind: "busy" };
  }
  return outcome.exitCode;
}

/** sh / bash: `-c SCRIPT`, a script file, or nothing (reads EOF from an absent TTY and exits). */
export const shellProgram: Program = function* (ctx: ProgramContext): ProgramRun {
  const args = ctx.argv.slice(1);
  const c = args.indexOf("-c");
  if (c >= 0) return yield* runShellScript(args[c + 1] ?? "", ctx);
  if (args.length === 0) return 0; // no TTY: reads EOF and exits
  const path = args[0].startsWith("/") ? args[0] : `${ctx.cwd}/${args[0]}`;
  const node = ctx.fs.node(path);
  if (node?.kind !== "file") {
    ctx.write("stderr", ctx.userland === "gnu" ? `${ctx.argv[0]}: 0: cannot open ${args[0]}: No such file\n` : `${ctx.argv[0]}: can't open '${args[0]}': No such file or directory\n`);
    return ctx.userland === "gnu" ? 2 : 127;
  }
  return yield* runShellScript(node.content, ctx);
};

/** A userland command run directly as a container's argv (no shell): `command: [sleep, "3600"]`. */
export function* runUserlandCommand(name: string, ctx: ProgramContext): ProgramRun {
  const args = ctx.argv.slice(1);
  const out = (t: string) => ctx.write("stdout", t);
  const err = (t: string) => ctx.write("stderr", t);
  if (ctx.network && isNetworkToolCall(name, args)) return yield* runNetworkTool(ctx.network, name, args, ctx, ctx.write);
  switch (name) {
    case "sleep":
      return yield* sleepCommand(args, ctx, err);
    case "echo":
      out(echoCommand(args));
      return 0;
    case "true":
      return 0;
    case "false":
      return 1;
    case "nc":
      return yield* netcatCommand(args, ctx, err);
    case "tail":
      if (args.some((a) => /^-[a-zA-Z0-9]*[fF]/.test(a))) return yield* tailFollow(args, ctx, out, err);
  }
  const sync = syncCommands[name];
  if (sync) {
    const r = sync(args, { fs: ctx.fs, cwd: ctx.cwd, env: ctx.env, stdin: "", user: ctx.user, userland: ctx.userland === "none" ? "busybox" : ctx.userland, hostname: ctx.hostname, now: ctx.now });
    out(r.stdout);
    err(r.stderr);
    return r.exitCode;
  }
  // Other applets/commands: run them through the shell, which knows the rest.
  return yield* runShellScript(ctx.argv.map(quote).join(" "), ctx);
}

function quote(arg: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

export type { ProgramContext };
