// The pieces of an `ls -l` line: what stat(2) would say of a node of our
// filesystem, the mode string, the date column, and the two layouts — GNU
// pads each column to its widest value in the listing, busybox prints fixed
// widths ("%-10s %4lu %-8s %-8s %9llu").
import type { VfsNode } from "../vfs/nodes";
import type { UserlandKind } from "./context";
import { busyboxHumanSize, gnuHumanSize } from "./human-size";

/** What ls reads from stat(2). Owners are not modelled: everything belongs to root. */
export interface LsStat {
  /** st_mode: type bits and permissions. */
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  /** st_blocks, in 512-byte units: an ext4-like disk with 4 KiB blocks, symlinks inline. */
  blocks: number;
  mtimeMs: number;
  /** Device numbers of a character device. */
  rdev?: [number, number];
}

const typeBits = { file: 0o100000, dir: 0o040000, symlink: 0o120000, device: 0o020000 } as const;
export const dirTypeBits = typeBits.dir;
export const isDirMode = (mode: number) => (mode & 0o170000) === typeBits.dir;
export const isSymlinkMode = (mode: number) => (mode & 0o170000) === typeBits.symlink;

// The devices a container's /dev holds, by name (major, minor as on Linux).
const deviceNumbers: Record<string, [number, number]> = { null: [1, 3], zero: [1, 5], full: [1, 7], random: [1, 8], urandom: [1, 9], tty: [5, 0] };

export function statNode(node: VfsNode, name: string): LsStat {
  const base = { mode: typeBits[node.kind] | (node.mode & 0o7777), uid: 0, gid: 0, mtimeMs: node.mtimeMs };
  switch (node.kind) {
    case "file": {
      const size = Buffer.byteLength(node.content);
      return { ...base, nlink: 1, size, blocks: Math.ceil(size / 4096) * 8 };
    }
    case "dir": {
      let subdirs = 0;
      for (const child of node.entries.values()) if (child.kind === "dir") subdirs++;
      return { ...base, nlink: 2 + subdirs, size: 4096, blocks: 8 };
    }
    case "symlink":
      return { ...base, nlink: 1, size: Buffer.byteLength(node.target), blocks: 0 };
    case "device":
      return { ...base, nlink: 1, size: 0, blocks: 0, rdev: deviceNumbers[name] ?? [1, 3] };
  }
}

/** "drwxr-xr-x", "-rwsr-x---", "drwxrwxrwt", "lrwxrwxrwx", "crw-rw-rw-" (both userlands agree). */
export function modeString(mode: number): string {
  const type = "?pc?d?b?-?l?s???"[(mode >> 12) & 0xf];
  const triple = (shift: number, special: number, setChar: string) => {
    const r = mode & (0o4 << shift) ? "r" : "-";
    const w = mode & (0o2 << shift) ? "w" : "-";
    const x = mode & (0o1 << shift);
    const e = mode & special ? (x ? setChar : setChar.toUpperCase()) : x ? "x" : "-";
    return r + w + e;
  };
  return type + triple(6, 0o4000, "s") + triple(3, 0o2000, "s") + triple(0, 0o1000, "t");
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** GNU's six months: half a Gregorian year. */
const gnuHalfYearMs = (31556952 / 2) * 1000;
/** Busybox's: half of 365 days. */
const busyboxHalfYearSeconds = (3600 * 24 * 365) / 2;

/**
 * "Jan  5 14:03" for a recent time, "Jan  5  2025" otherwise (UTC: containers have no TZ).
 * GNU: recent is within the last six months and not in the future (a file written at
 * this very instant is recent: on a real machine the clock has moved on when ls reads it).
 * Busybox: age in whole seconds under half of 365 days and at most 15 minutes ahead.
 */
export function dateColumn(mtimeMs: number, nowMs: number, userland: UserlandKind): string {
  let recent: boolean;
  if (userland === "gnu") recent = mtimeMs > nowMs - gnuHalfYearMs && mtimeMs <= nowMs;
  else {
    const age = Math.floor(nowMs / 1000) - Math.floor(mtimeMs / 1000);
    recent = age < busyboxHalfYearSeconds && age > -15 * 60;
  }
  const d = new Date(mtimeMs); // a file's virtual time, not the host clock
  const day = String(d.getUTCDate()).padStart(2, " ");
  const p2 = (n: number) => String(n).padStart(2, "0");
  return recent ? `${months[d.getUTCMonth()]} ${day} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}` : `${months[d.getUTCMonth()]} ${day}  ${d.getUTCFullYear()}`;
}

/** One row of a long listing before layout. */
export interface LongRow {
  stat: LsStat;
  /** The name as printed, with " -> target" and an indicator already appended. */
  label: string;
  /** Owner and group as printed: a name, or the number when there is none (or -n). */
  owner: { text: string; numeric: boolean };
  group: { text: string; numeric: boolean };
  /** -s: the allocated size column. */
  blocksText?: string;
}

export interface LongLayout {
  userland: UserlandKind;
  showOwner: boolean;
  showGroup: boolean;
  human: boolean;
  now: number;
}

function sizeText(stat: LsStat, human: boolean, userland: UserlandKind): string {
  if (!human) return String(stat.size);
  return userland === "gnu" ? gnuHumanSize(stat.size) : busyboxHumanSize(stat.size);
}

/** The lines of a long listing, each ending in "\n"; GNU sizes its columns to fit every row of `widthRows`. */
export function longLines(rows: LongRow[], layout: LongLayout, widthRows: LongRow[] = rows): string {
  return layout.userland === "gnu" ? gnuLongLines(rows, layout, widthRows) : busyboxLongLines(rows, layout);
}

function busyboxLongLines(rows: LongRow[], layout: LongLayout): string {
  let out = "";
  for (const row of rows) {
    const { stat } = row;
    let line = row.blocksText ?? "";
    line += `${modeString(stat.mode).padEnd(10)} ${String(stat.nlink).padStart(4)} `;
    // busybox -g drops the owner; -n prints numbers left-aligned in the same 8 columns.
    if (layout.showOwner) line += `${row.owner.text.padEnd(8)} `;
    line += `${row.group.text.padEnd(8)} `;
    if (stat.rdev) line += `${String(stat.rdev[0]).padStart(4)}, ${String(stat.rdev[1]).padStart(3)} `;
    else line += layout.human ? `${sizeText(stat, true, "busybox").padStart(7)} ` : `${String(stat.size).padStart(9)} `;
    out += `${line}${dateColumn(stat.mtimeMs, layout.now, "busybox")} ${row.label}\n`;
  }
  return out;
}

function gnuLongLines(rows: LongRow[], layout: LongLayout, widthRows: LongRow[]): string {
  const size = (r: LongRow) => sizeText(r.stat, layout.human, "gnu");
  let nlinkWidth = 0;
  let ownerWidth = 0;
  let groupWidth = 0;
  let majorWidth = 0;
  let minorWidth = 0;
  let sizeWidth = 0;
  let blocksWidth = 0;
  for (const row of widthRows) {
    nlinkWidth = Math.max(nlinkWidth, String(row.stat.nlink).length);
    ownerWidth = Math.max(ownerWidth, row.owner.text.length);
    groupWidth = Math.max(groupWidth, row.group.text.length);
    blocksWidth = Math.max(blocksWidth, row.blocksText?.length ?? 0);
    const rdev = row.stat.rdev;
    if (rdev) {
      majorWidth = Math.max(majorWidth, String(rdev[0]).length);
      minorWidth = Math.max(minorWidth, String(rdev[1]).length);
      sizeWidth = Math.max(sizeWidth, majorWidth + 2 + minorWidth);
    } else sizeWidth = Math.max(sizeWidth, size(row).length);
  }
  // A name is left-aligned, a number (no such user, or -n) right-aligned, in the same column.
  const idText = (id: { text: string; numeric: boolean }, width: number) => (id.numeric ? id.text.padStart(width) : id.text.padEnd(width));
  let out = "";
  for (const row of rows) {
    const { stat } = row;
    let line = row.blocksText === undefined ? "" : `${row.blocksText.padStart(blocksWidth)} `;
    line += `${modeString(stat.mode)} ${String(stat.nlink).padStart(nlinkWidth)} `;
    if (layout.showOwner) line += `${idText(row.owner, ownerWidth)} `;
    if (layout.showGroup) line += `${idText(row.group, groupWidth)} `;
    if (stat.rdev) {
      const blanks = Math.max(0, sizeWidth - (majorWidth + 2 + minorWidth));
      line += `${String(stat.rdev[0]).padStart(majorWidth + blanks)}, ${String(stat.rdev[1]).padStart(minorWidth)} `;
    } else line += `${size(row).padStart(sizeWidth)} `;
    out += `${line}${dateColumn(stat.mtimeMs, layout.now, "gnu")} ${row.label}\n`;
  }
  return out;
}
