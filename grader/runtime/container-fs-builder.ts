// A container's filesystem: the image's files (shared, copied per node on change),
// its volumes mounted as shared directory objects, and the devices (/dev/null, stdout…).
import type { ImageSpec } from "./images/types";
import { ContainerFs } from "./vfs/container-fs";
import { isShared, newDir, ownCopy, shareTree, type DirNode, type FileNode, type VfsNode } from "./vfs/nodes";

export interface VolumeMount {
  mountPath: string;
  /** The volume's directory; pass the same object to every container that mounts it. */
  dir: DirNode;
  readOnly?: boolean;
  /**
   * A file subPath: this one file bind-mounted at `path` over whatever the image has there, its
   * siblings kept (then `dir` is not mounted). Read-only, it is a snapshot: a ConfigMap update
   * does not reach a subPath mount.
   */
  file?: { path: string; node: FileNode };
}

const imageTrees = new WeakMap<ImageSpec, DirNode>();
const elfMarker = "\x7fELF\x02\x01\x01\0";

/** The image's files as a tree, built once per image and shared by its containers (never changed). */
function imageTree(image: ImageSpec): DirNode {
  let tree = imageTrees.get(image);
  if (tree) return tree;
  const fs = new ContainerFs(newDir(), () => 0);
  for (const dir of ["/bin", "/dev", "/etc", "/proc", "/root", "/tmp", "/usr/bin", "/usr/local/bin", "/var"]) fs.mkdir(dir, true);
  for (const [path, file] of Object.entries(image.files)) {
    fs.mkdir(path.slice(0, path.lastIndexOf("/")) || "/", true);
    if (path.endsWith("/.keep")) continue;
    if (typeof file === "string") fs.writeFile(path, file);
    else if ("symlink" in file) fs.symlink(file.symlink, path);
    else {
      fs.writeFile(path, file.content);
      fs.chmod(path, file.mode);
    }
  }
  for (const path of Object.keys(image.executables)) {
    fs.mkdir(path.slice(0, path.lastIndexOf("/")) || "/", true);
    if (!fs.exists(path)) fs.writeFile(path, elfMarker);
    fs.chmod(path, 0o755);
  }
  tree = shareTree(fs.root);
  imageTrees.set(image, tree);
  return tree;
}

/** A new, empty emptyDir volume. */
export function newEmptyDir(): DirNode {
  return newDir(0, 0o777);
}

/** A volume holding files (ConfigMap/Secret items as key → text); read-only as the kubelet mounts them. */
export function volumeFromFiles(files: Record<string, string>): DirNode {
  const fs = new ContainerFs(newDir(), () => 0);
  for (const [name, text] of Object.entries(files)) fs.writeFile(`/${name}`, text);
  return fs.root;
}

export function buildContainerFs(image: ImageSpec, volumes: VolumeMount[], now: () => number): ContainerFs {
  const fs = new ContainerFs(ownCopy(imageTree(image)), now);
  const logDevice = (): VfsNode => ({ kind: "device", mode: 0o666, mtimeMs: 0, write: () => undefined });
  fs.mountNode("/dev/null", logDevice());
  for (const v of volumes) {
    if (v.file) {
      fs.mountNode(v.file.path, v.readOnly ? { ...v.file.node, readOnly: true } : v.file.node);
      continue;
    }
    // A read-only view shares the entries (same files) but refuses writes.
    fs.mount(v.mountPath, v.readOnly ? { ...v.dir, readOnly: true } : v.dir);
  }
  return fs;
}

/**
 * securityContext.readOnlyRootFilesystem: the image's directories refuse writes
 * (EROFS) while mounted volumes, /dev and /proc keep their own mode, as runc mounts the
 * rootfs read-only and the volumes on top of it.
 */
export function makeRootReadOnly(fs: ContainerFs, volumes: VolumeMount[]): void {
  const keep = new Set<VfsNode | undefined>([fs.node("/dev"), fs.node("/proc"), ...volumes.map((v) => fs.node(v.mountPath))]);
  const walk = (dir: DirNode): void => {
    dir.readOnly = true;
    for (const [name, child] of dir.entries) {
      if (child.kind !== "dir" || keep.has(child)) continue;
      // The image's directories are shared: this container marks its own copies.
      const own = isShared(child) ? ownCopy(child) : child;
      if (own !== child) dir.entries.set(name, own);
      walk(own);
    }
  };
  walk(fs.root);
}
