// The layout pkg/volume/util/atomic_writer.go gives ConfigMap, Secret,
// downwardAPI and projected volumes, as `ls -la` shows it in a real pod:
//   ..2026_01_01_00_00_00.1234567890/   the payload (a directory per write)
//   ..data -> ..2026_01_01_00_00_00.1234567890
//   <key> -> ..data/<key>                one link per top-level name
// The directory's suffix is os.MkdirTemp's random number; here it is derived
// from the pod's uid and the volume's name, so it is stable without drawing
// from the cluster's PRNG.
import { ContainerFs } from "../runtime/vfs/container-fs";
import { newDir, type DirNode, type VfsNode } from "../runtime/vfs/nodes";

export const dataDirName = "..data";

/** The payload directory's name: `..` + UTC time as 2006_01_02_15_04_05 + `.` + a uint32 in decimal. */
export function payloadDirName(nowMs: number, seed: string): string {
  return `..${stampOf(nowMs)}.${fnv1a(seed)}`;
}

// The last second's stamp: the volumes of many pods are written in the same virtual second.
let lastSecond = NaN;
let lastStamp = "";

function stampOf(nowMs: number): string {
  const second = Math.floor(nowMs / 1000);
  if (second === lastSecond) return lastStamp;
  const d = new Date(nowMs);
  const p = (n: number) => String(n).padStart(2, "0");
  lastStamp = `${d.getUTCFullYear()}_${p(d.getUTCMonth() + 1)}_${p(d.getUTCDate())}_${p(d.getUTCHours())}_${p(d.getUTCMinutes())}_${p(d.getUTCSeconds())}`;
  lastSecond = second;
  return lastStamp;
}

/** FNV-1a over the UTF-8 bytes of `s` (ASCII read directly, which a pod uid and volume name are). */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return fnv1aBytes(Buffer.from(s));
    h = Math.imul(h ^ c, 0x01000193) >>> 0;
  }
  return h;
}

function fnv1aBytes(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h;
}

/** The volume's directory: the files under the payload directory, reached through ..data and one link per top-level name. */
export function atomicWriterDir(files: Map<string, { content: string; mode: number }>, nowMs: number, seed: string): DirNode {
  const payload = payloadDirName(nowMs, seed);
  return allFlat(files) ? flatAtomicWriterDir(files, nowMs, payload) : writtenAtomicWriterDir(files, nowMs, payload);
}

/** The volume's directory written step by step through a ContainerFs (any paths, nested ones included). */
export function writtenAtomicWriterDir(files: Map<string, { content: string; mode: number }>, nowMs: number, payload: string): DirNode {
  const fs = new ContainerFs(newDir(nowMs, 0o777), () => nowMs);
  fs.mkdir(`/${payload}`, true);
  const topLevel = new Set<string>();
  for (const [path, f] of files) {
    const full = `/${payload}/${path}`;
    const parent = full.slice(0, full.lastIndexOf("/"));
    fs.mkdir(parent, true);
    fs.writeFile(full, f.content);
    fs.chmod(full, f.mode);
    topLevel.add(path.split("/")[0]);
  }
  fs.symlink(payload, `/${dataDirName}`);
  for (const name of [...topLevel].sort()) fs.symlink(`${dataDirName}/${name}`, `/${name}`);
  sealDirs(fs.root.entries.get(payload) as DirNode);
  return fs.root;
}

/** Every path a plain name (no directory, no dot entry, not ..-prefixed like the writer's own names): the common case. */
function allFlat(files: Map<string, unknown>): boolean {
  for (const path of files.keys()) if (path === "" || path === "." || path.startsWith("..") || path.includes("/")) return false;
  return true;
}

// The tree the ContainerFs steps above build for plain names (mkdir, writeFile then chmod, symlinks), made directly.
export function flatAtomicWriterDir(files: Map<string, { content: string; mode: number }>, nowMs: number, payload: string): DirNode {
  const root = newDir(nowMs, 0o777);
  const data = newDir(nowMs);
  root.entries.set(payload, data);
  for (const [path, f] of files) data.entries.set(path, { kind: "file", content: f.content, mode: f.mode, mtimeMs: nowMs });
  root.entries.set(dataDirName, { kind: "symlink", target: payload, mode: 0o777, mtimeMs: nowMs });
  for (const name of [...files.keys()].sort()) root.entries.set(name, { kind: "symlink", target: `${dataDirName}/${name}`, mode: 0o777, mtimeMs: nowMs });
  data.readOnly = true;
  return root;
}

// The whole volume is a read-only mount: writes through ..data fail with EROFS too (and a kept payload stays as written).
function sealDirs(dir: DirNode): void {
  dir.readOnly = true;
  for (const node of dir.entries.values()) if (node.kind === "dir") sealDirs(node);
}

/** The node at `subPath` inside a volume, following the volume's own (relative) symlinks, as a subPath bind mount does. */
export function resolveInVolume(root: DirNode, subPath: string): VfsNode | undefined {
  const pending = subPath.split("/").filter(Boolean);
  const at: string[] = [];
  let node: VfsNode = root;
  for (let hops = 0; pending.length > 0 && hops < 40; ) {
    const part = pending.shift()!;
    if (part === ".") continue;
    if (part === "..") {
      at.pop();
      node = walk(root, at)!;
      continue;
    }
    if (node.kind !== "dir") return undefined;
    const next = node.entries.get(part);
    if (!next) return undefined;
    if (next.kind === "symlink") {
      hops++;
      if (next.target.startsWith("/")) return undefined; // points outside the volume
      pending.unshift(...next.target.split("/").filter(Boolean));
      continue;
    }
    at.push(part);
    node = next;
  }
  return pending.length ? undefined : node;
}

function walk(root: DirNode, parts: string[]): VfsNode | undefined {
  let node: VfsNode | undefined = root;
  for (const p of parts) node = node?.kind === "dir" ? node.entries.get(p) : undefined;
  return node;
}
