// /etc/passwd and /etc/group lookups, as id and whoami do them.
import type { ContainerFs } from "../vfs/container-fs";

function readTable(fs: ContainerFs, path: string): string[][] {
  if (!fs.exists(path)) return [];
  return fs
    .readFile(path)
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split(":"));
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
