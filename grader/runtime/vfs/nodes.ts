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

/** A deep copy of a tree. */
export function cloneTree(dir: DirNode): DirNode {
  const copy: DirNode = { ...dir, entries: new Map() };
  for (const [name, node] of dir.entries) {
    copy.entries.set(name, node.kind === "dir" ? cloneTree(node) : { ...node });
  }
  return copy;
}

// An image's tree is built once and shared by every container of the image; its nodes
// are never changed: a container copies a node (and the directories above it) before
// changing it, so what it changes is its own and the image stays as built.
const sharedNodes = new WeakSet<VfsNode>();

/** Marks every node of the tree as shared (to be copied before any change). */
export function shareTree(dir: DirNode): DirNode {
  sharedNodes.add(dir);
  for (const node of dir.entries.values()) {
    if (node.kind === "dir") shareTree(node);
    else sharedNodes.add(node);
  }
  return dir;
}

export function isShared(node: VfsNode): boolean {
  return sharedNodes.has(node);
}

/** A private copy of one node: a directory's children stay shared until they change in turn. */
export function ownCopy<N extends VfsNode>(node: N): N {
  return node.kind === "dir" ? { ...node, entries: new Map(node.entries) } : { ...node };
}
