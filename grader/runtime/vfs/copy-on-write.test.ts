// The image's tree is shared by its containers and copied per node on change: every
// change a container makes must look exactly as it did with a deep copy per container,
// and must not reach a second container of the image, a fresh one, or the image.
import { describe, expect, it } from "vitest";
import { buildContainerFs, makeRootReadOnly, newEmptyDir } from "../container-fs-builder";
import { imageCatalog } from "../images/catalog";
import type { ImageSpec } from "../images/types";
import { ls } from "../userland/ls";
import { ContainerFs } from "./container-fs";
import { cloneTree, isShared, type DirNode } from "./nodes";

const image: ImageSpec = imageCatalog.find((i) => i.files["/etc/nginx/nginx.conf"])!;
let clock = 1_000;
const now = () => clock;

/** Every entry under / with what stat, readlink and cat say about it. */
function dump(fs: ContainerFs): string[] {
  const out: string[] = [];
  for (const path of fs.allPaths()) {
    const st = fs.lstat(path);
    const what = st.isSymbolicLink ? `-> ${fs.readlink(path)}` : st.isFile && fs.node(path)?.kind === "file" ? JSON.stringify(fs.readFile(path)) : "";
    out.push(`${path} ${st.isDirectory ? "d" : st.isSymbolicLink ? "l" : "f"} ${st.mode.toString(8)} ${st.size} ${st.mtimeMs} ${what}`);
  }
  return out;
}

/** `ls -laR /` as the busybox userland prints it. */
function lsRoot(fs: ContainerFs): string {
  const r = ls(["-laR", "/"], { fs, cwd: "/", env: {}, stdin: "", user: { uid: 0, gid: 0, groups: [0] }, userland: "busybox", hostname: "h", now });
  return r.stdout + r.stderr;
}

const fresh = () => buildContainerFs(image, [], now);
/** The old way: a deep copy of the image's files for this one container. */
const deepCopied = () => new ContainerFs(cloneTree(fresh().root), now);

type Change = (fs: ContainerFs) => void;
const changes: Record<string, Change> = {
  "writeFile over an image file": (fs) => fs.writeFile("/usr/share/nginx/html/index.html", "changed\n"),
  "writeFile of a new file in an image directory": (fs) => fs.writeFile("/etc/nginx/conf.d/extra.conf", "x\n"),
  appendFile: (fs) => fs.appendFile("/etc/nginx/nginx.conf", "# more\n"),
  "mkdir -p below image directories": (fs) => fs.mkdir("/usr/share/nginx/html/a/b", true),
  "rm of an image file": (fs) => fs.rm("/etc/nginx/mime.types"),
  "rm -r of an image directory": (fs) => fs.rm("/etc/nginx", { recursive: true }),
  "cp over an image file": (fs) => fs.cp("/usr/share/nginx/html/50x.html", "/usr/share/nginx/html/index.html"),
  "cp -r of an image directory": (fs) => fs.cp("/etc/nginx", "/tmp/nginx", true),
  "mv of an image file": (fs) => fs.mv("/etc/nginx/conf.d/default.conf", "/tmp/default.conf"),
  "mv of an image directory": (fs) => fs.mv("/usr/share/nginx", "/srv"),
  "chmod of an image file": (fs) => fs.chmod("/etc/nginx/nginx.conf", 0o600),
  "chmod of an image directory": (fs) => fs.chmod("/etc/nginx/conf.d", 0o700),
  "utimes of an image file": (fs) => fs.utimes("/usr/share/nginx/html/50x.html", 5),
  "symlink in an image directory": (fs) => fs.symlink("/etc/nginx/nginx.conf", "/etc/nginx/current"),
  "hard link of an image file, then a write through the link": (fs) => {
    fs.link("/etc/nginx/nginx.conf", "/tmp/conf");
    fs.appendFile("/tmp/conf", "# through the link\n");
  },
  "write through a symlinked directory": (fs) => {
    fs.symlink("/etc/nginx", "/tmp/ng");
    fs.writeFile("/tmp/ng/conf.d/default.conf", "via link\n");
  },
  "mount of a volume over an image directory": (fs) => {
    const vol = newEmptyDir();
    fs.mount("/usr/share/nginx/html", vol);
    fs.writeFile("/usr/share/nginx/html/new.html", "v\n");
  },
  "mountNode of a file over an image file": (fs) => fs.mountNode("/etc/nginx/nginx.conf", { kind: "file", content: "mounted\n", mode: 0o644, mtimeMs: 7 }),
};

describe("containers of one image share its files copy-on-write", () => {
  for (const [name, change] of Object.entries(changes)) {
    it(`${name}: seen as with a private deep copy, and by no other container`, () => {
      clock = 1_000;
      const other = fresh();
      const before = dump(other);
      const beforeLs = lsRoot(other);
      const mine = fresh();
      const reference = deepCopied();
      clock = 2_000;
      change(mine);
      change(reference);
      expect(dump(mine)).toEqual(dump(reference));
      expect(lsRoot(mine)).toBe(lsRoot(reference));
      expect(dump(mine)).not.toEqual(before); // the change did change something
      expect(dump(other)).toEqual(before);
      expect(lsRoot(other)).toBe(beforeLs);
      expect(dump(fresh())).toEqual(before);
      expect(lsRoot(fresh())).toBe(beforeLs);
    });
  }

  it("a change leaves the image's nodes as built: the changed ones are the container's own", () => {
    const fs = fresh();
    expect(isShared(fs.node("/etc/nginx/nginx.conf")!)).toBe(true);
    expect(isShared(fs.root)).toBe(false);
    fs.chmod("/etc/nginx/nginx.conf", 0o600);
    expect(isShared(fs.node("/etc/nginx/nginx.conf")!)).toBe(false);
    expect(isShared(fs.node("/etc/nginx")!)).toBe(false);
    expect(isShared(fs.node("/etc/nginx/mime.types")!)).toBe(true);
  });

  it("a hard link to an image file is one file under both names", () => {
    const fs = fresh();
    fs.link("/etc/nginx/mime.types", "/tmp/types");
    fs.writeFile("/etc/nginx/mime.types", "new\n");
    expect(fs.readFile("/tmp/types")).toBe("new\n");
    expect(fresh().readFile("/etc/nginx/mime.types")).not.toBe("new\n");
  });

  it("an image file moved into a shared volume is changed for both containers of the pod, not the image", () => {
    const vol = newEmptyDir();
    const a = buildContainerFs(image, [{ mountPath: "/shared", dir: vol }], now);
    const b = buildContainerFs(image, [{ mountPath: "/shared", dir: vol }], now);
    const original = a.readFile("/etc/nginx/mime.types");
    a.mv("/etc/nginx/mime.types", "/shared/types");
    b.appendFile("/shared/types", "# b\n");
    b.mkdir("/shared/d");
    expect(a.readFile("/shared/types")).toBe(original + "# b\n");
    expect(a.exists("/shared/d")).toBe(true);
    expect(b.readFile("/etc/nginx/mime.types")).toBe(original);
    expect(fresh().readFile("/etc/nginx/mime.types")).toBe(original);
  });

  it("readOnlyRootFilesystem makes this container's root read-only, not another's", () => {
    const vol = newEmptyDir();
    const ro = buildContainerFs(image, [{ mountPath: "/data", dir: vol }], now);
    const reference = new ContainerFs(cloneTree(ro.root), now);
    makeRootReadOnly(ro, [{ mountPath: "/data", dir: vol }]);
    makeRootReadOnly(reference, [{ mountPath: "/data", dir: reference.node("/data") as DirNode }]);
    expect(() => ro.writeFile("/etc/nginx/x", "")).toThrow(/EROFS/);
    expect(() => ro.writeFile("/tmp/x", "")).toThrow(/EROFS/);
    ro.writeFile("/data/x", "ok");
    reference.writeFile("/data/x", "ok");
    expect(lsRoot(ro)).toBe(lsRoot(reference));
    const rw = fresh();
    rw.writeFile("/etc/nginx/x", "fine");
    rw.writeFile("/tmp/x", "fine");
    expect(fresh().exists("/tmp/x")).toBe(false);
  });
});
