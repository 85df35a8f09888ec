// /etc/passwd and /etc/group lookups, as id and whoami do them.
import type { ContainerFs } from "../vfs/container-fs";

type Table = readonly (readonly string[])[];

/** Parsed tables by file text: every container of an image starts with the same few files. */
const tables = new Map<string, Table>();
const maxTables = 64;

function parseTable(text: string): Table {
  let table = tables.get(text);
  if (table) return table;
  table = Object.freeze(
    text
      .split("\n")
      .filter((l) => l && !l.startsWith("#"))
      .map((l) => Object.freeze(l.split(":"))),
  );
  if (tables.size >= maxTables) tables.clear();
  tables.set(text, table);
  return table;
}

function readTable(fs: ContainerFs, path: string): Table {
  if (!fs.exists(path)) return [];
  return parseTable(fs.readFile(path));
}

export function userName(fs: ContainerFs, uid: number): string | undefined {
  return readTable(fs, "/etc/passwd").find((f) => Number(f[2]) === uid)?.[0];
}

export function groupName(fs: ContainerFs, gid: number): string | undefined {
  return readTable(fs, "/etc/group").find((f) => Number(f[2]) === gid)?.[0];
}

/** Groups that list the user by name in /etc/group (the runtime adds them at start). */
export function memberGroups(fs: ContainerFs, name: string | undefined): number[] {
  if (!name) return [];
  return readTable(fs, "/etc/group")
    .filter((f) => (f[3] ?? "").split(",").includes(name))
    .map((f) => Number(f[2]));
}

/** The process groups as containerd sets them: primary, supplementary, memberships; sorted. */
export function processGroups(fs: ContainerFs, uid: number, gid: number, supplemental: number[] = []): number[] {
  const all = new Set([gid, ...supplemental, ...memberGroups(fs, userName(fs, uid))]);
  return [...all].sort((a, b) => a - b);
}
