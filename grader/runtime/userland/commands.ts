// The file and identity commands both paths run with the same code: the fast
// path calls them directly, just-bash gets them as custom commands. Messages
// follow the image's userland (busybox or GNU coreutils).
import { resolveAgainst } from "../vfs/container-fs";
import { formatDateCommand } from "./date-format";
import { errnoText } from "./errno-text";
import { groupName, userName } from "./users";
import { ls } from "./ls";
import { ok, type CommandContext, type CommandResult, type SyncCommand } from "./context";

const fail = (stderr: string, exitCode = 1): CommandResult => ({ stdout: "", stderr, exitCode });

/** Flags of the form -abc before the operands (a lone "-" and "--" end them). */
function splitFlags(args: string[]): { flags: Set<string>; operands: string[] } {
  const flags = new Set<string>();
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      i++;
      break;
    }
    if (!a.startsWith("-") || a === "-") break;
    if (a.startsWith("--")) flags.add(a);
    else for (const c of a.slice(1)) flags.add(c);
  }
  return { flags, operands: args.slice(i) };
}

const cat: SyncCommand = (args, ctx) => {
  const { operands } = splitFlags(args);
  let stdout = "";
  let stderr = "";
  let exitCode = 0;
  for (const name of operands.length ? operands : ["-"]) {
    if (name === "-") {
      stdout += ctx.stdin;
      continue;
    }
    try {
      stdout += ctx.fs.readFile(resolveAgainst(ctx.cwd, name));
    } catch (e) {
      const why = errnoText(e);
      stderr += ctx.userland === "busybox" ? `cat: can't open '${name}': ${why}\n` : `cat: ${name}: ${why}\n`;
      exitCode = 1;
    }
  }
  return { stdout, stderr, exitCode };
};

const touch: SyncCommand = (args, ctx) => {
  const { operands } = splitFlags(args);
  let stderr = "";
  for (const name of operands) {
    const path = resolveAgainst(ctx.cwd, name);
    try {
      if (ctx.fs.exists(path)) ctx.fs.utimes(path, ctx.now());
      else ctx.fs.writeFile(path, "");
    } catch (e) {
      const why = errnoText(e);
      stderr += ctx.userland === "busybox" ? `touch: ${name}: ${why}\n` : `touch: cannot touch '${name}': ${why}\n`;
    }
  }
  return stderr ? fail(stderr) : ok();
};

const rm: SyncCommand = (args, ctx) => {
  const { flags, operands } = splitFlags(args);
  const force = flags.has("f") || flags.has("--force");
  const recursive = flags.has("r") || flags.has("R") || flags.has("--recursive");
  let stderr = "";
  for (const name of operands) {
    const path = resolveAgainst(ctx.cwd, name);
    try {
      const stat = ctx.fs.exists(path) ? ctx.fs.lstat(path) : undefined;
      if (stat?.isDirectory && !recursive) {
        stderr += ctx.userland === "busybox" ? `rm: '${name}' is a directory\n` : `rm: cannot remove '${name}': Is a directory\n`;
        continue;
      }
      ctx.fs.rm(path, { force, recursive });
    } catch (e) {
      const why = errnoText(e);
      stderr += ctx.userland === "busybox" ? `rm: can't remove '${name}': ${why}\n` : `rm: cannot remove '${name}': ${why}\n`;
    }
  }
  return stderr ? fail(stderr) : ok();
};

const mkdir: SyncCommand = (args, ctx) => {
  const { flags, operands } = splitFlags(args);
  const parents = flags.has("p") || flags.has("--parents");
  let stderr = "";
  for (const name of operands) {
    try {
      ctx.fs.mkdir(resolveAgainst(ctx.cwd, name), parents);
    } catch (e) {
      const why = errnoText(e);
      stderr += ctx.userland === "busybox" ? `mkdir: can't create directory '${name}': ${why}\n` : `mkdir: cannot create directory '${name}': ${why}\n`;
    }
  }
  return stderr ? fail(stderr) : ok();
};

const date: SyncCommand = (args, ctx) => {
  const format = args.find((a) => a.startsWith("+"));
  return ok(formatDateCommand(ctx.now(), format?.slice(1)) + "\n");
};

function named(id: number, name: string | undefined): string {
  return name === undefined ? String(id) : `${id}(${name})`;
}

const id: SyncCommand = (args, ctx) => {
  const { uid, gid, groups } = ctx.user;
  const { flags } = splitFlags(args);
  const byName = flags.has("n");
  if (flags.has("u")) return ok((byName ? (userName(ctx.fs, uid) ?? String(uid)) : String(uid)) + "\n");
  if (flags.has("g")) return ok((byName ? (groupName(ctx.fs, gid) ?? String(gid)) : String(gid)) + "\n");
  if (flags.has("G")) return ok(groups.join(" ") + "\n");
  // GNU lists the primary group first; busybox prints getgroups() as the kernel keeps it (sorted).
  const listed = ctx.userland === "gnu" ? [gid, ...groups.filter((g) => g !== gid)] : groups;
  const groupText = listed.map((g) => named(g, groupName(ctx.fs, g))).join(",");
  return ok(`uid=${named(uid, userName(ctx.fs, uid))} gid=${named(gid, groupName(ctx.fs, gid))} groups=${groupText}\n`);
};

const whoami: SyncCommand = (_args, ctx) => {
  const name = userName(ctx.fs, ctx.user.uid);
  if (name !== undefined) return ok(name + "\n");
  return fail(ctx.userland === "busybox" ? `whoami: unknown uid ${ctx.user.uid}\n` : `whoami: cannot find name for user ID ${ctx.user.uid}\n`);
};

const hostname: SyncCommand = (_args, ctx) => ok(ctx.hostname + "\n");

const printenv: SyncCommand = (args, ctx) => {
  if (args.length === 0) return ok(Object.entries(ctx.env).map(([k, v]) => `${k}=${v}\n`).join(""));
  const values = args.filter((a) => a in ctx.env).map((a) => ctx.env[a] + "\n");
  return { stdout: values.join(""), stderr: "", exitCode: values.length === args.length ? 0 : 1 };
};

const env: SyncCommand = (args, ctx) => (args.length === 0 ? printenv([], ctx) : fail(`env: unsupported arguments\n`, 125));

/** Commands implemented here, by name. */
export const syncCommands: Record<string, SyncCommand> = { cat, touch, rm, mkdir, date, id, whoami, hostname, printenv, env, ls };

export type { CommandContext };
