// `ls` as the image prints it: GNU coreutils (Debian-based images, the
// workstation) or busybox (busybox, Alpine-based images). Operands that are
// not directories are listed first, then each directory (a "dir:" header when
// there are several operands or -R); names sort in C-locale byte order.
import { resolveAgainst } from "../vfs/container-fs";
import { FsError } from "../vfs/fs-error";
import type { DirNode, VfsNode } from "../vfs/nodes";
import type { CommandContext, CommandResult, SyncCommand, UserlandKind } from "./context";
import { errnoText } from "./errno-text";
import { busyboxHumanSize, busyboxHumanTotal, gnuHumanSize } from "./human-size";
import { isDirMode, isSymlinkMode, longLines, statNode, type LongRow, type LsStat } from "./ls-long-format";
import { parseLsOptions, type LsOptions } from "./ls-options";
import { groupName, userName } from "./users";

/** Who owns what, by id: the image's /etc/passwd and /etc/group, or the host's accounts on the workstation. */
export interface AccountNames {
  user(uid: number): string | undefined;
  group(gid: number): string | undefined;
}

const etcAccounts = (ctx: CommandContext): AccountNames => ({
  user: (uid) => userName(ctx.fs, uid),
  group: (gid) => groupName(ctx.fs, gid),
});

interface Entry {
  /** As printed: the operand as typed, or the name inside its directory. */
  name: string;
  /** Absolute path, to read a directory's entries. */
  path: string;
  node: VfsNode;
  stat: LsStat;
  /** st_mode of what a symlink points at; undefined when it dangles. */
  targetMode?: number;
}

interface Listing {
  opts: LsOptions;
  ctx: CommandContext;
  userland: UserlandKind;
  names: (id: number, kind: "user" | "group") => { text: string; numeric: boolean };
  out: string;
  err: string;
  exitCode: number;
  /** Something (a file list or a directory) was printed already: the next header gets a blank line first. */
  printedSomething: boolean;
}

const lastName = (path: string) => path.slice(path.lastIndexOf("/") + 1);

function entryFor(ctx: CommandContext, name: string, path: string, node: VfsNode): Entry {
  const stat = statNode(node, lastName(path));
  if (node.kind !== "symlink") return { name, path, node, stat };
  const target = ctx.fs.node(path);
  return { name, path, node, stat, targetMode: target ? statNode(target, lastName(path)).mode : undefined };
}

/** The entry at path without following a final symlink (lstat), or with (stat). Throws FsError. */
function lookUp(ctx: CommandContext, name: string, path: string, follow: boolean): Entry {
  if (follow) {
    ctx.fs.stat(path);
    return entryFor(ctx, name, path, ctx.fs.node(path)!);
  }
  ctx.fs.lstat(path);
  if (path === "/") return entryFor(ctx, name, path, ctx.fs.root);
  const parent = ctx.fs.node(path.slice(0, path.lastIndexOf("/")) || "/") as DirNode;
  return entryFor(ctx, name, path, parent.entries.get(lastName(path))!);
}

/** A command-line operand, followed or not as each implementation decides. */
function operandEntry(l: Listing, operand: string): Entry | undefined {
  const { opts, ctx } = l;
  const path = resolveAgainst(ctx.cwd, operand);
  const trailingSlash = operand.endsWith("/");
  try {
    if (l.userland === "busybox") {
      // Followed unless -l, -s or -F asks about the link itself (or -H/-L says follow).
      const follow = trailingSlash || opts.follow !== "default" || !(opts.long || opts.blocks || opts.indicator === "classify");
      return lookUp(ctx, operand, path, follow);
    }
    if (trailingSlash || opts.follow !== "default") return lookUp(ctx, operand, path, true);
    // GNU follows a command-line symlink to a directory unless -d, -F or -l.
    if (!(opts.directory || opts.indicator === "classify" || opts.long)) {
      const followed = ctx.fs.node(path);
      if (followed?.kind === "dir") return lookUp(ctx, operand, path, true);
    }
    return lookUp(ctx, operand, path, false);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    const why = errnoText(e);
    if (l.userland === "gnu") {
      l.err += `ls: cannot access '${operand}': ${why}\n`;
      l.exitCode = 2;
    } else {
      l.err += `ls: ${operand}: ${why}\n`;
      l.exitCode = 1;
    }
    return undefined;
  }
}

function compareEntries(l: Listing): (a: Entry, b: Entry) => number {
  const { sort, reverse } = l.opts;
  return (a, b) => {
    let dif = 0;
    if (sort === "size") dif = b.stat.size - a.stat.size;
    // GNU compares to the nanosecond; busybox in whole seconds (time_t).
    else if (sort === "time") dif = l.userland === "gnu" ? b.stat.mtimeMs - a.stat.mtimeMs : Math.floor(b.stat.mtimeMs / 1000) - Math.floor(a.stat.mtimeMs / 1000);
    if (dif === 0) dif = a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    return reverse ? -dif : dif;
  };
}

/** The character -F or -p appends for a file of this mode ("" for none). */
function indicator(l: Listing, mode: number | undefined): string {
  const style = l.opts.indicator;
  if (style === "none" || mode === undefined) return "";
  if (isDirMode(mode)) return "/";
  if (style === "slash") return "";
  const type = mode & 0o170000;
  if (type === 0o100000) return mode & 0o111 ? "*" : "";
  if (isSymlinkMode(mode)) return "@";
  if (type === 0o010000) return "|";
  if (type === 0o140000) return "=";
  return "";
}

function label(l: Listing, e: Entry): string {
  if (!l.opts.long || e.node.kind !== "symlink") return e.name + indicator(l, e.stat.mode);
  // GNU looks at the target only for -F; busybox for -p too.
  const targetKnown = l.opts.indicator === "classify" || l.userland === "busybox";
  return `${e.name} -> ${e.node.target}${targetKnown ? indicator(l, e.targetMode) : ""}`;
}

function blocksText(l: Listing, e: Entry): string | undefined {
  if (!l.opts.blocks) return undefined;
  const blocks = e.stat.blocks;
  if (l.userland === "gnu") return l.opts.human ? gnuHumanSize(blocks * 512) : String(Math.ceil(blocks / 2));
  return l.opts.human ? `${busyboxHumanSize(blocks * 512).padStart(7)} ` : `${String(blocks >> 1).padStart(6)} `;
}

function totalLine(l: Listing, entries: Entry[]): string {
  const blocks = entries.reduce((sum, e) => sum + e.stat.blocks, 0);
  if (l.userland === "gnu") return `total ${l.opts.human ? gnuHumanSize(blocks * 512) : Math.ceil(blocks / 2)}\n`;
  const kib = (blocks + 1) >> 1;
  return l.opts.human ? `total ${busyboxHumanTotal(kib * 1024).padEnd(7)}\n` : `total ${kib}\n`;
}

/** Prints entries (sorted already); GNU sizes its columns over `widthFrom` (the operands include the directories). */
function printEntries(l: Listing, entries: Entry[], widthFrom: Entry[] = entries): void {
  if (l.opts.long) {
    const row = (e: Entry): LongRow => ({
      stat: e.stat,
      label: label(l, e),
      owner: l.names(e.stat.uid, "user"),
      group: l.names(e.stat.gid, "group"),
      blocksText: blocksText(l, e),
    });
    const rows = entries.map(row);
    const layout = { userland: l.userland, showOwner: l.opts.showOwner, showGroup: l.opts.showGroup, human: l.opts.human, now: l.ctx.now() };
    l.out += longLines(rows, layout, widthFrom === entries ? rows : widthFrom.map(row));
    return;
  }
  const blockWidth = l.userland === "gnu" && l.opts.blocks ? Math.max(0, ...widthFrom.map((e) => blocksText(l, e)!.length)) : 0;
  for (const e of entries) {
    const blocks = blocksText(l, e);
    const prefix = blocks === undefined ? "" : l.userland === "gnu" ? `${blocks.padStart(blockWidth)} ` : blocks;
    l.out += `${prefix}${label(l, e)}\n`;
  }
}

function directoryEntries(l: Listing, dir: Entry): Entry[] {
  const { ctx, opts } = l;
  const entries: Entry[] = [];
  const join = (name: string) => (dir.path === "/" ? `/${name}` : `${dir.path}/${name}`);
  if (opts.hidden === "all") {
    entries.push(entryFor(ctx, ".", dir.path, ctx.fs.node(dir.path)!));
    entries.push(entryFor(ctx, "..", resolveAgainst(dir.path, ".."), ctx.fs.node(resolveAgainst(dir.path, ".."))!));
  }
  for (const { name, node } of ctx.fs.readdirTyped(dir.path)) {
    if (name.startsWith(".") && opts.hidden === "none") continue;
    const path = join(name);
    const followed = opts.follow === "always" && node.kind === "symlink" ? ctx.fs.node(path) : undefined;
    entries.push(entryFor(ctx, name, path, followed ?? node));
  }
  return entries.sort(compareEntries(l));
}

function listDirectory(l: Listing, dir: Entry, withHeader: boolean): void {
  if (withHeader) {
    if (l.printedSomething) l.out += "\n";
    l.out += `${dir.name}:\n`;
  }
  l.printedSomething = true;
  const entries = directoryEntries(l, dir);
  if (l.opts.long || l.opts.blocks) l.out += totalLine(l, entries);
  printEntries(l, entries);
  if (!l.opts.recursive) return;
  for (const sub of entries) {
    if (sub.node.kind !== "dir" || sub.name === "." || sub.name === "..") continue;
    const shown = dir.name.endsWith("/") ? `${dir.name}${sub.name}` : `${dir.name}/${sub.name}`;
    listDirectory(l, { ...sub, name: shown }, true);
  }
}

/** `ls`, with the owner and group names that `accounts` gives. */
export function lsCommand(accounts: (ctx: CommandContext) => AccountNames = etcAccounts): SyncCommand {
  return (args, ctx): CommandResult => {
    const parsed = parseLsOptions(args, ctx.userland);
    if (!parsed.ok) return { stdout: "", stderr: parsed.stderr, exitCode: parsed.exitCode };
    const opts = parsed.options;
    const known = accounts(ctx);
    const cache = new Map<string, { text: string; numeric: boolean }>();
    const l: Listing = {
      opts,
      ctx,
      userland: ctx.userland,
      names: (id, kind) => {
        const key = `${kind}:${id}`;
        let found = cache.get(key);
        if (!found) {
          const name = opts.numericIds ? undefined : kind === "user" ? known.user(id) : known.group(id);
          found = name === undefined ? { text: String(id), numeric: true } : { text: name, numeric: false };
          cache.set(key, found);
        }
        return found;
      },
      out: "",
      err: "",
      exitCode: 0,
      printedSomething: false,
    };
    const operands = opts.operands.length ? opts.operands : ["."];
    const entries = operands.map((o) => operandEntry(l, o)).filter((e): e is Entry => e !== undefined);
    entries.sort(compareEntries(l));
    const files = opts.directory ? entries : entries.filter((e) => e.node.kind !== "dir");
    const dirs = opts.directory ? [] : entries.filter((e) => e.node.kind === "dir");
    if (files.length) {
      printEntries(l, files, entries);
      l.printedSomething = true;
    }
    const headers = opts.recursive || operands.length > 1;
    for (const dir of dirs) listDirectory(l, dir, headers);
    return { stdout: l.out, stderr: l.err, exitCode: l.exitCode };
  };
}

export const ls: SyncCommand = lsCommand();
