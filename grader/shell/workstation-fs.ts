// The candidate's workstation filesystem: an in-memory tree with nothing from
// the host (home /root, /tmp, /opt/course), saved and restored as plain JSON.
import { ContainerFs } from "../runtime/vfs/container-fs";
import { newDir, type DirNode, type VfsNode } from "../runtime/vfs/nodes";

/**
 * The workstation's files as plain JSON: absolute path → content for regular
 * files; a key ending in "/" is a directory (kept so empty directories survive).
 */
export type WorkstationFiles = Record<string, string>;

/** Directories every workstation has, as on a Killercoda CKAD playground. */
export const standardDirs = ["/root", "/tmp", "/opt/course", "/etc", "/dev"];

const nullDevice = (): VfsNode => ({ kind: "device", mode: 0o666, mtimeMs: 0, write: () => undefined });

/** A fresh workstation tree holding the standard directories and then `files`. */
export function buildWorkstationFs(files: WorkstationFiles, now: () => number): ContainerFs {
  const fs = new ContainerFs(newDir(now()), now);
  for (const dir of standardDirs) fs.mkdir(dir, true);
  fs.chmod("/tmp", 0o1777);
  fs.mountNode("/dev/null", nullDevice());
  for (const path of Object.keys(files).sort()) {
    if (!path.startsWith("/")) throw new Error(`workstation file path must be absolute: ${path}`);
    if (path.endsWith("/")) {
      fs.mkdir(path, true);
      continue;
    }
    const parent = path.slice(0, path.lastIndexOf("/")) || "/";
    fs.mkdir(parent, true);
    fs.writeFile(path, files[path]);
  }
  return fs;
}

/** Every regular file and directory of the tree (devices and symlinks are not kept). */
export function snapshotWorkstationFs(fs: ContainerFs): WorkstationFiles {
  const out: WorkstationFiles = {};
  const walk = (dir: DirNode, prefix: string) => {
    for (const [name, node] of [...dir.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const path = `${prefix}/${name}`;
      if (node.kind === "file") out[path] = node.content;
      else if (node.kind === "dir") {
        out[`${path}/`] = "";
        walk(node, path);
      }
    }
  };
  walk(fs.root, "");
  return out;
}
