// A container's filesystem with synchronous operations: the fast path calls them
// directly; just-bash reaches them through JustBashFs. Paths are absolute.
import { FsError, type FsErrorCode } from "./fs-error";
import { isShared, newDir, ownCopy, type DirNode, type FileNode, type VfsNode } from "./nodes";

const maxSymlinkHops = 40;
/** walkWithoutSymlinks met a symlink: the full lookup decides. */
const symlinkOnPath = Symbol("symlink on path");

export function normalizePath(path: string): string {
  return "/" + splitPath(path).join("/");
}

export function resolveAgainst(base: string, path: string): string {
  return normalizePath(path.startsWith("/") ? path : `${base}/${path}`);
}

// Servers and probes look up the same few paths again and again.
const splitPaths = new Map<string, readonly string[]>();
const maxSplitPaths = 512;

/** The names of the normalized path (`.`, `..` and empty parts resolved); shared, never to be changed. */
function splitPath(path: string): readonly string[] {
  const known = splitPaths.get(path);
  if (known) return known;
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  if (splitPaths.size >= maxSplitPaths) splitPaths.clear();
  splitPaths.set(path, Object.freeze(parts));
  return parts;
}

interface Located {
  /** Canonical path of the entry (symlinks in the parent chain resolved). */
  path: string;
  parent: DirNode;
  name: string;
  node: VfsNode | undefined;
}

export interface StatResult {
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
  mode: number;
  size: number;
  mtimeMs: number;
}

/**
 * The root must be the container's own directory; below it, directories and files may be
 * an image's shared nodes (see shareTree): a change first replaces each one on its path by
 * a copy of its own (`own` lookups), so other containers of the image never see it.
 */
export class ContainerFs {
  constructor(
    readonly root: DirNode,
    private readonly now: () => number,
  ) {}

  /** Finds an entry; intermediate symlinks are followed, the last one if followLast. With own, its parent is the container's own. */
  private locate(path: string, followLast: boolean, syscall: string, own = false): Located {
    const found = this.find(path, followLast, 0, own);
    if ("error" in found) throw new FsError(found.error, syscall, found.path);
    return found;
  }

  // locate() without the exception: lookups of paths that may not exist (PATH searches, exists()) are frequent.
  // With own, every directory passed through that is still shared is replaced by a copy of its own first.
  private find(path: string, followLast: boolean, hops: number, own = false): Located | { error: FsErrorCode; path: string } {
    const parts = splitPath(path);
    if (parts.length === 0) return { path: "/", parent: this.root, name: "", node: this.root };
    let dir = this.root;
    let dirPath = "";
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i];
      let node = dir.entries.get(name);
      const last = i === parts.length - 1;
      if (node?.kind === "symlink" && (!last || followLast)) {
        if (hops >= maxSymlinkHops) return { error: "ELOOP", path };
        const target = resolveAgainst(dirPath || "/", node.target);
        const rest = parts.slice(i + 1).join("/");
        return this.find(rest ? `${target}/${rest}` : target, followLast, hops + 1, own);
      }
      if (last) return { path: `${dirPath}/${name}`, parent: dir, name, node };
      if (!node) return { error: "ENOENT", path };
      if (node.kind !== "dir") return { error: "ENOTDIR", path };
      if (own && isShared(node)) dir.entries.set(name, (node = ownCopy(node)));
      dir = node;
      dirPath = `${dirPath}/${name}`;
    }
    return { error: "EINVAL", path };
  }

  /** The entry at path; with own, the container's own copy of it (for a change). */
  private existing(path: string, followLast: boolean, syscall: string, own = false): VfsNode {
    const located = this.locate(path, followLast, syscall, own);
    const found = located.node;
    if (!found) throw new FsError("ENOENT", syscall, path);
    return own ? this.ownNode(located, found) : found;
  }

  /** The located node, replaced in its (own) parent by a copy first if it is still shared. */
  private ownNode<N extends VfsNode>(located: Located, node: N): N {
    if (!isShared(node)) return node;
    const copy = ownCopy(node);
    located.parent.entries.set(located.name, copy);
    return copy;
  }

  private writableParent(located: Located, syscall: string, path: string): DirNode {
    if (located.parent.readOnly) throw new FsError("EROFS", syscall, path);
    return located.parent;
  }

  exists(path: string): boolean {
    return this.node(path) !== undefined;
  }

  node(path: string): VfsNode | undefined {
    const quick = this.walkWithoutSymlinks(path);
    if (quick !== symlinkOnPath) return quick;
    const found = this.find(path, true, 0);
    return "error" in found ? undefined : found.node;
  }

  /** find()'s node for a path without symlinks, building no path text (servers and probes look files up per request). */
  private walkWithoutSymlinks(path: string): VfsNode | undefined | typeof symlinkOnPath {
    const parts = splitPath(path);
    let node: VfsNode | undefined = this.root;
    for (let i = 0; i < parts.length; i++) {
      if (node.kind !== "dir") return undefined;
      node = node.entries.get(parts[i]);
      if (node === undefined) return undefined;
      if (node.kind === "symlink") return symlinkOnPath;
    }
    return node;
  }

  readFile(path: string): string {
    const node = this.existing(path, true, "open");
    if (node.kind === "dir") throw new FsError("EISDIR", "read", path);
    if (node.kind === "device") return "";
    if (node.kind === "symlink") throw new FsError("ELOOP", "open", path);
    return node.content;
  }

  writeFile(path: string, content: string): void {
    this.put(path, content, false);
  }

  appendFile(path: string, content: string): void {
    this.put(path, content, true);
  }

  private put(path: string, content: string, append: boolean): void {
    const located = this.locate(path, true, "open", true);
    const node = located.node;
    if (node?.kind === "device") {
      node.write(content);
      return;
    }
    if (node?.kind === "dir") throw new FsError("EISDIR", "open", path);
    if (node?.kind === "file" && node.readOnly) throw new FsError("EROFS", "open", path);
    const parent = this.writableParent(located, "open", path);
    if (node?.kind === "file") {
      const file = this.ownNode(located, node);
      file.content = append ? file.content + content : content;
      file.mtimeMs = this.now();
      return;
    }
    const file: FileNode = { kind: "file", content, mode: 0o644, mtimeMs: this.now() };
    parent.entries.set(located.name, file);
  }

  stat(path: string): StatResult {
    return this.statOf(this.existing(path, true, "stat"));
  }

  lstat(path: string): StatResult {
    return this.statOf(this.existing(path, false, "lstat"));
  }

  private statOf(node: VfsNode): StatResult {
    return {
      isFile: node.kind === "file" || node.kind === "device",
      isDirectory: node.kind === "dir",
      isSymbolicLink: node.kind === "symlink",
      mode: node.mode,
      size: node.kind === "file" ? Buffer.byteLength(node.content) : node.kind === "symlink" ? node.target.length : node.kind === "dir" ? 4096 : 0,
      mtimeMs: node.mtimeMs,
    };
  }

  mkdir(path: string, recursive = false): void {
    const parts = splitPath(path);
    let current = "";
    for (let i = 0; i < parts.length; i++) {
      current += "/" + parts[i];
      const last = i === parts.length - 1;
      const located = this.locate(current, true, "mkdir", true);
      if (located.node) {
        if (located.node.kind !== "dir") throw new FsError(last ? "EEXIST" : "ENOTDIR", "mkdir", path);
        if (last && !recursive) throw new FsError("EEXIST", "mkdir", path);
        continue;
      }
      if (!last && !recursive) throw new FsError("ENOENT", "mkdir", path);
      this.writableParent(located, "mkdir", path).entries.set(located.name, newDir(this.now()));
    }
  }

  readdir(path: string): string[] {
    const node = this.existing(path, true, "scandir");
    if (node.kind !== "dir") throw new FsError("ENOTDIR", "scandir", path);
    return [...node.entries.keys()].sort();
  }

  /** Entries with their kinds (symlinks not followed). */
  readdirTyped(path: string): Array<{ name: string; node: VfsNode }> {
    const node = this.existing(path, true, "scandir");
    if (node.kind !== "dir") throw new FsError("ENOTDIR", "scandir", path);
    return [...node.entries.keys()].sort().map((name) => ({ name, node: node.entries.get(name)! }));
  }

  rm(path: string, options: { recursive?: boolean; force?: boolean } = {}): void {
    let located: Located;
    try {
      located = this.locate(path, false, "rm", true);
    } catch (e) {
      if (options.force && e instanceof FsError && e.code === "ENOENT") return;
      throw e;
    }
    if (!located.node) {
      if (options.force) return;
      throw new FsError("ENOENT", "rm", path);
    }
    if (located.node.kind === "dir" && located.node.entries.size > 0 && !options.recursive) {
      throw new FsError("ENOTEMPTY", "rm", path);
    }
    this.writableParent(located, "rm", path).entries.delete(located.name);
  }

  cp(src: string, dest: string, recursive = false): void {
    const node = this.existing(src, true, "cp");
    if (node.kind === "dir" && !recursive) throw new FsError("EISDIR", "cp", src);
    const target = this.locate(dest, true, "cp", true);
    const copy = (n: VfsNode): VfsNode =>
      n.kind === "dir"
        ? { ...n, readOnly: undefined, entries: new Map([...n.entries].map(([k, v]) => [k, copy(v)])) }
        : { ...n, mtimeMs: this.now() };
    if (target.node?.kind === "file" && node.kind === "file") {
      const file = this.ownNode(target, target.node);
      file.content = node.content;
      file.mtimeMs = this.now();
      return;
    }
    this.writableParent(target, "cp", dest).entries.set(target.name, copy(node));
  }

  mv(src: string, dest: string): void {
    const from = this.locate(src, false, "mv", true);
    if (!from.node) throw new FsError("ENOENT", "mv", src);
    const to = this.locate(dest, false, "mv", true);
    this.writableParent(to, "mv", dest).entries.set(to.name, from.node);
    this.writableParent(from, "mv", src).entries.delete(from.name);
  }

  chmod(path: string, mode: number): void {
    this.existing(path, true, "chmod", true).mode = mode;
  }

  utimes(path: string, mtimeMs: number): void {
    this.existing(path, true, "utimes", true).mtimeMs = mtimeMs;
  }

  symlink(target: string, linkPath: string): void {
    const located = this.locate(linkPath, false, "symlink", true);
    if (located.node) throw new FsError("EEXIST", "symlink", linkPath);
    this.writableParent(located, "symlink", linkPath).entries.set(located.name, {
      kind: "symlink",
      target,
      mode: 0o777,
      mtimeMs: this.now(),
    });
  }

  /** A hard link: the same node under a second name (the container's own, so a change shows under both). */
  link(existingPath: string, newPath: string): void {
    const node = this.existing(existingPath, false, "link", true);
    const located = this.locate(newPath, false, "link", true);
    if (located.node) throw new FsError("EEXIST", "link", newPath);
    this.writableParent(located, "link", newPath).entries.set(located.name, node);
  }

  readlink(path: string): string {
    const node = this.existing(path, false, "readlink");
    if (node.kind !== "symlink") throw new FsError("EINVAL", "readlink", path);
    return node.target;
  }

  realpath(path: string): string {
    const located = this.locate(path, true, "realpath");
    if (!located.node) throw new FsError("ENOENT", "realpath", path);
    return located.path || "/";
  }

  /** Every path in the tree (shared mounts included), for glob matching. */
  allPaths(): string[] {
    const out: string[] = ["/"];
    const walk = (dir: DirNode, prefix: string, seen: Set<DirNode>) => {
      if (seen.has(dir)) return;
      seen.add(dir);
      for (const [name, node] of dir.entries) {
        const p = `${prefix}/${name}`;
        out.push(p);
        if (node.kind === "dir") walk(node, p, seen);
      }
    };
    walk(this.root, "", new Set());
    return out;
  }

  /** Puts a (possibly shared) directory at path, creating its parents. */
  mount(path: string, dir: DirNode): void {
    const parts = splitPath(path);
    const parentPath = "/" + parts.slice(0, -1).join("/");
    this.mkdir(parentPath, true);
    const located = this.locate(path, true, "mount", true);
    located.parent.entries.set(located.name, dir);
  }

  /** Puts a single node (a subPath file, a device) at path, creating its parents. */
  mountNode(path: string, node: VfsNode): void {
    const parts = splitPath(path);
    this.mkdir("/" + parts.slice(0, -1).join("/"), true);
    const located = this.locate(path, true, "mount", true);
    located.parent.entries.set(located.name, node);
  }
}
