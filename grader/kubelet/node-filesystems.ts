// What lies outside pods on the nodes: each node's own filesystem (hostPath
// volumes, hostPath and local PersistentVolumes such as local-path's
// directories) and the network storage every node reaches (nfs, csi). Two
// pods on one node mounting the same host path see the same files; on
// another node they see that node's directory.
import { newDir, type DirNode, type VfsNode } from "../runtime/vfs/nodes";
import type { VolumeHost } from "./volumes";

export class NodeFilesystems {
  private readonly roots = new Map<string, DirNode>();
  private readonly network = new Map<string, DirNode>();

  /** Whether no pod has written to a node's paths or a network volume yet. */
  isEmpty(): boolean {
    return this.roots.size === 0 && this.network.size === 0;
  }

  /** The volume host of one node. */
  hostFor(node: string): VolumeHost {
    return {
      hostDir: (path) => this.hostDir(node, path),
      networkDir: (pvName) => {
        let dir = this.network.get(pvName);
        if (!dir) {
          dir = newDir(0, 0o777);
          this.network.set(pvName, dir);
        }
        return dir;
      },
    };
  }

  /** The directory at `path` on `node`, created (0755, as DirectoryOrCreate does) where missing. */
  hostDir(node: string, path: string): DirNode {
    let root = this.roots.get(node);
    if (!root) {
      root = newDir(0, 0o755);
      this.roots.set(node, root);
    }
    let dir: DirNode = root;
    for (const part of path.split("/").filter((p) => p && p !== ".")) {
      let next: VfsNode | undefined = dir.entries.get(part);
      if (!next || next.kind !== "dir") {
        next = newDir(0, 0o755);
        dir.entries.set(part, next);
      }
      dir = next;
    }
    return dir;
  }
}
