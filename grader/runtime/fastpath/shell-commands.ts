// Commands that wait on the clock or never end (sleep, tail -f, nc -l) and echo:
// the fast path runs them as generators.
import { resolveAgainst } from "../vfs/container-fs";
import type { ProgramContext, ProgramRun } from "../programs/program";

/** sleep's operand: seconds with an optional s/m/h/d suffix, or "infinity". */
export function parseSleepMs(arg: string): number | undefined {
  if (arg === "infinity" || arg === "inf") return Infinity;
  const m = /^(\d+(?:\.\d+)?|\.\d+)([smhd]?)$/.exec(arg);
  if (!m) return undefined;
  const unit = { "": 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as "" | "s" | "m" | "h" | "d"];
  return Math.round(Number(m[1]) * unit * 1000);
}

export function* sleepCommand(args: string[], ctx: ProgramContext, err: (t: string) => void): ProgramRun {
  if (args.length === 0) {
    err(ctx.userland === "busybox" ? "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: sleep [N]...\n" : "sleep: missing operand\nTry 'sleep --help' for more information.\n");
    return 1;
  }
  let total = 0;
  for (const a of args) {
    const ms = parseSleepMs(a);
    if (ms === undefined) {
      err(ctx.userland === "busybox" ? `sleep: invalid number '${a}'\n` : `sleep: invalid time interval '${a}'\nTry 'sleep --help' for more information.\n`);
      return 1;
    }
    total += ms;
  }
  if (total === Infinity) yield { kind: "forever" };
  else if (total > 0) yield { kind: "sleep", ms: total };
  return 0;
}

/** bash's echo: -n, -e, -E flags; escapes only with -e. */
export function echoCommand(args: string[]): string {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length && /^-[neE]+$/.test(args[i]); i++) {
    for (const c of args[i].slice(1)) {
      if (c === "n") newline = false;
      else if (c === "e") escapes = true;
      else escapes = false;
    }
  }
  let text = args.slice(i).join(" ");
  if (escapes) {
    const cut = text.indexOf("\\c");
    if (cut >= 0) {
      text = text.slice(0, cut);
      newline = false;
    }
    text = text.replace(/\\([nt\\ar])/g, (_m, c: string) => ({ n: "\n", t: "\t", "\\": "\\", a: "\x07", r: "\r" })[c]!);
  }
  return newline ? text + "\n" : text;
}

/** tail [-n N] -f|-F FILE: the last lines, then what is appended, polled each second as busybox does. */
export function* tailFollow(args: string[], ctx: ProgramContext, out: (t: string) => void, err: (t: string) => void): ProgramRun {
  let lines = 10;
  let retry = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-n") lines = Number(args[++i]);
    else if (/^-n\d+$/.test(a)) lines = Number(a.slice(2));
    else if (a === "-F") retry = true;
    else if (a.startsWith("-") && a !== "-") {
      if (a.includes("F")) retry = true;
      const n = /n(\d+)/.exec(a);
      if (n) lines = Number(n[1]);
    } else files.push(a);
  }
  const path = resolveAgainst(ctx.cwd, files[0] ?? "-");
  let offset = -1;
  const read = (): string | undefined => {
    const node = ctx.fs.node(path);
    return node?.kind === "file" ? node.content : undefined;
  };
  const initial = read();
  if (initial === undefined) {
    err(ctx.userland === "busybox" ? `tail: can't open '${files[0]}': No such file or directory\n` : `tail: cannot open '${files[0]}' for reading: No such file or directory\n`);
    if (!retry) {
      if (ctx.userland === "gnu") err("tail: no files remaining\n");
      return 1;
    }
  } else {
    const all = initial.split("\n");
    if (all[all.length - 1] === "") all.pop();
    const last = all.slice(Math.max(0, all.length - lines));
    if (last.length) out(last.join("\n") + "\n");
    offset = initial.length;
  }
  for (;;) {
    yield { kind: "sleep", ms: 1000 };
    const content = read();
    if (content === undefined) continue;
    if (offset < 0 || content.length < offset) offset = 0; // appeared, or truncated
    if (content.length > offset) {
      out(content.slice(offset));
      offset = content.length;
    }
  }
}

/** nc -l [-p] PORT (also -lk, -lp PORT): a TCP listener that never exits. */
export function* netcatCommand(args: string[], ctx: ProgramContext, err: (t: string) => void): ProgramRun {
  const listening = args.some((a) => /^-[a-z]*l/.test(a));
  const port = Number(args.filter((a) => /^\d+$/.test(a)).pop());
  if (!listening || !Number.isInteger(port)) {
    err("nc: bad address\n");
    return 1;
  }
  ctx.listen(port, { tcpOnly: true });
  yield { kind: "forever" };
  return 0;
}
