import { describe, expect, it } from "vitest";
import { ContainerFs } from "./container-fs";
import { newDir, type VfsNode } from "./nodes";

// node()/exists() walk paths without symlinks without building path text; the full lookup (find) is the reference.
function slowNode(fs: ContainerFs, path: string): VfsNode | undefined {
  const found = (fs as unknown as { find(p: string, followLast: boolean, hops: number): { error?: string; node?: VfsNode } }).find(path, true, 0);
  return found.error ? undefined : found.node;
}

describe("ContainerFs.node without symlinks on the path", () => {
  it("finds what the full lookup finds, for files, dirs, symlinks, missing entries and files used as dirs", () => {
    const fs = new ContainerFs(newDir(0, 0o755), () => 0);
    fs.mkdir("/usr/share/nginx/html", true);
    fs.writeFile("/usr/share/nginx/html/index.html", "hi");
    fs.mkdir("/etc/cfg/..2026", true);
    fs.writeFile("/etc/cfg/..2026/a", "A");
    fs.symlink("..2026", "/etc/cfg/..data");
    fs.symlink("..data/a", "/etc/cfg/a");
    fs.symlink("/nowhere", "/etc/dangling");
    fs.symlink("/etc/loop", "/etc/loop");
    const paths = ["/", "", "/usr", "/usr/share/nginx/html/", "/usr/share/nginx/html/index.html", "/usr/share/nginx/html/index.html/x", "/usr/share/nginx/html/missing",
      "/missing/x", "/etc/cfg/a", "/etc/cfg/..data/a", "/etc/cfg/..data", "/etc/dangling", "/etc/dangling/x", "/etc/loop", "/etc/cfg/../cfg/./..2026//a", "/.."];
    for (const p of paths) {
      expect(fs.node(p), p).toBe(slowNode(fs, p));
      expect(fs.exists(p), p).toBe(slowNode(fs, p) !== undefined);
    }
    expect(fs.node("/etc/cfg/a")?.kind).toBe("file");
    expect(fs.node("/usr/share/nginx/html/index.html")?.kind).toBe("file");
  });
});
