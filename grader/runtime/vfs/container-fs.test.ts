import { describe, expect, it } from "vitest";
import { ContainerFs, normalizePath } from "./container-fs";
import { newDir } from "./nodes";

// What the path handling did before it split paths in one pass.
function referenceNormalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return "/" + parts.join("/");
}

const paths = ["", "/", "//", "/a", "a/b", "/a/./b/", "/a/../../b", "../x", "/a//b///c/.", "/usr/share/nginx/html/index.html", "/..data/../x", "/a/b/..", "..."];

describe("ContainerFs paths", () => {
  it("normalizes as before", () => {
    for (const p of paths) expect(normalizePath(p)).toBe(referenceNormalize(p));
  });

  it("normalizes as before when asked again, past the number of paths it remembers", () => {
    const many = Array.from({ length: 1200 }, (_, i) => `/d${i % 7}/./x${i}/../f${i}//`);
    for (const round of [1, 2]) for (const p of [...many, ...paths]) expect(normalizePath(p), `${round} ${p}`).toBe(referenceNormalize(p));
  });

  it("finds entries through `.`, `..`, repeated slashes and relative symlinks", () => {
    const fs = new ContainerFs(newDir(0, 0o755), () => 0);
    fs.mkdir("/etc/cfg/..2026", true);
    fs.writeFile("/etc/cfg/..2026/a", "A");
    fs.symlink("..2026", "/etc/cfg/..data");
    fs.symlink("..data/a", "/etc/cfg/a");
    expect(fs.readFile("/etc/cfg/a")).toBe("A");
    expect(fs.readFile("//etc/./cfg//x/../a")).toBe("A");
    expect(fs.node("/etc/cfg/../cfg/..data/a")?.kind).toBe("file");
    expect(fs.node("/../../etc")?.kind).toBe("dir");
    expect(fs.node("/etc/missing/..")?.kind).toBe("dir"); // `..` is resolved in the path first
    expect(fs.exists("/etc/cfg/a/")).toBe(true);
  });
});
