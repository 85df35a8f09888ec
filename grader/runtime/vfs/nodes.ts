// The nodes of a container's filesystem. A directory is an object that several
// trees may hold: an emptyDir mounted in two containers is the same DirNode in
// both, so a write by one is a read by the other.

export interface FileNode {
  kind: "file";
  content: string;
  mode: number;
  mtimeMs: number;
  /** A file bind-mounted read-only (a ConfigMap subPath): writes fail with EROFS. */
  readOnly?: boolean;
}

export interface DirNode {
  kind: "dir";
  entries: Map<string, VfsNode>;
  mode: number;
  mtimeMs: number;
  /** A read-only mount (ConfigMap, Secret, readOnly volume): writes fail with EROFS. */
  readOnly?: boolean;
}

export interface SymlinkNode {
  kind: "symlink";
  target: string;
  mode: number;
  mtimeMs: number;
}

/** A character device: /dev/null, or a container's stdout/stderr feeding its log. */
export interface DeviceNode {
  kind: "device";
  write(text: string): void;
  mode: number;
  mtimeMs: number;
}

export type VfsNode = FileNode | DirNode | SymlinkNode | DeviceNode;

export function newDir(mtimeMs = 0, mode = 0o755): DirNode {
  return { kind: "dir", entries: new Map(), mode, mtimeMs };
}

/** A deep copy of a tree (an image's files for one container). */
export function cloneTree(dir: DirNode): DirNode {
  const copy: DirNode = { ...dir, entries: new Map() };
  for (const [name, node] of dir.entries) {
    copy.entries.set(name, node.kind === "dir" ? cloneTree(node) : { ...node });
  }
  return copy;
}
