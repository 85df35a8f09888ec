// `ls` in both userlands. The expected texts are written from GNU coreutils
// src/ls.c (columns padded to the widest value, "%b %e %H:%M" / "%b %e  %Y",
// sizes rounded up by -h) and busybox coreutils/ls.c ("%-10s %4lu %-8s %-8s
// %9llu", a tenth rounded to nearest by -h, "total" padded to 7 by -h), and
// from what both print on a real container.
import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster/cluster";
import { Workstation } from "../../shell/workstation";
import { ContainerFs } from "../vfs/container-fs";
import { newDir, type DirNode } from "../vfs/nodes";
import type { UserlandKind } from "./context";
import { busyboxHumanSize, busyboxHumanTotal, gnuHumanSize } from "./human-size";
import { ls } from "./ls";

const at = (iso: string) => Date.parse(iso + "Z");
const now = at("2026-01-10T12:00:00");

/** /data: files of several sizes and ages, an executable, a dotfile, a subdirectory, a link to it and a dangling link. */
function sampleFs(): ContainerFs {
  const fs = new ContainerFs(newDir(at("2026-01-01T00:00:00")), () => now);
  fs.mkdir("/etc");
  fs.writeFile("/etc/passwd", "root:x:0:0:root:/root:/bin/sh\n");
  fs.writeFile("/etc/group", "root:x:0:\n");
  fs.mkdir("/data/logs", true);
  fs.writeFile("/data/app.log", "x".repeat(1500));
  fs.writeFile("/data/big.bin", "y".repeat(15000));
  fs.writeFile("/data/run.sh", "#!/bin/sh\n");
  fs.chmod("/data/run.sh", 0o755);
  fs.writeFile("/data/.hidden", "");
  fs.writeFile("/data/logs/a.txt", "a\n");
  fs.symlink("logs", "/data/current");
  fs.symlink("missing", "/data/broken");
  fs.writeFile("/data/future.txt", "later\n");
  const data = fs.node("/data") as DirNode;
  const times: Record<string, string> = {
    "app.log": "2026-01-10T11:30:00",
    "big.bin": "2025-03-01T08:00:00",
    "run.sh": "2026-01-10T11:45:00",
    ".hidden": "2026-01-10T11:00:00",
    logs: "2026-01-10T11:10:00",
    current: "2026-01-10T11:20:00",
    broken: "2026-01-10T11:20:00",
    "future.txt": "2026-01-10T12:10:00",
  };
  for (const [name, t] of Object.entries(times)) data.entries.get(name)!.mtimeMs = at(t);
  fs.node("/data/logs/a.txt")!.mtimeMs = at("2026-01-10T11:10:00");
  data.mtimeMs = at("2026-01-10T11:00:00");
  return fs;
}

const run = (userland: UserlandKind, line: string, fs = sampleFs()) =>
  ls(line.split(" ").filter(Boolean), { fs, cwd: "/data", env: {}, stdin: "", user: { uid: 0, gid: 0, groups: [0] }, userland, hostname: "h", now: () => now });

describe("ls without -l: one name per line (not a terminal), C byte order, dotfiles hidden", () => {
  const cases: Array<{ name: string; line: string; stdout: string }> = [
    { name: "no options", line: "", stdout: "app.log\nbig.bin\nbroken\ncurrent\nfuture.txt\nlogs\nrun.sh\n" },
    { name: "-A shows dotfiles but not . and ..", line: "-A", stdout: ".hidden\napp.log\nbig.bin\nbroken\ncurrent\nfuture.txt\nlogs\nrun.sh\n" },
    { name: "-a shows . and .. too", line: "-a", stdout: ".\n..\n.hidden\napp.log\nbig.bin\nbroken\ncurrent\nfuture.txt\nlogs\nrun.sh\n" },
    { name: "-1rS: by size, largest first, reversed", line: "-1rS", stdout: "current\nfuture.txt\nbroken\nrun.sh\napp.log\nlogs\nbig.bin\n" },
    { name: "-t: newest first", line: "-t", stdout: "future.txt\nrun.sh\napp.log\nbroken\ncurrent\nlogs\nbig.bin\n" },
    { name: "-F marks directories, executables and links", line: "-F", stdout: "app.log\nbig.bin\nbroken@\ncurrent@\nfuture.txt\nlogs/\nrun.sh*\n" },
    { name: "-p marks directories only", line: "-p", stdout: "app.log\nbig.bin\nbroken\ncurrent\nfuture.txt\nlogs/\nrun.sh\n" },
    { name: "-R: a header per directory, ./sub for the ones below", line: "-R", stdout: ".:\napp.log\nbig.bin\nbroken\ncurrent\nfuture.txt\nlogs\nrun.sh\n\n./logs:\na.txt\n" },
    { name: "a symlink to a directory on the command line is listed through", line: "current", stdout: "a.txt\n" },
  ];
  for (const userland of ["gnu", "busybox"] as const) {
    it.each(cases)(`${userland}: $name`, ({ line, stdout }) => {
      expect(run(userland, line)).toEqual({ stdout, stderr: "", exitCode: 0 });
    });
  }
});

describe("ls -l, GNU coreutils: columns as wide as their widest value", () => {
  it("-la", () => {
    expect(run("gnu", "-la").stdout).toBe(
      [
        "total 40",
        "drwxr-xr-x 3 root root  4096 Jan 10 11:00 .",
        "drwxr-xr-x 4 root root  4096 Jan  1 00:00 ..",
        "-rw-r--r-- 1 root root     0 Jan 10 11:00 .hidden",
        "-rw-r--r-- 1 root root  1500 Jan 10 11:30 app.log",
        "-rw-r--r-- 1 root root 15000 Mar  1  2025 big.bin",
        "lrwxrwxrwx 1 root root     7 Jan 10 11:20 broken -> missing",
        "lrwxrwxrwx 1 root root     4 Jan 10 11:20 current -> logs",
        "-rw-r--r-- 1 root root     6 Jan 10  2026 future.txt",
        "drwxr-xr-x 2 root root  4096 Jan 10 11:10 logs",
        "-rwxr-xr-x 1 root root    10 Jan 10 11:45 run.sh",
        "",
      ].join("\n"),
    );
  });

  it("-lh rounds up (14.6K is 15K) and prints the total in units too", () => {
    expect(run("gnu", "-lh").stdout.split("\n").slice(0, 3)).toEqual(["total 32K", "-rw-r--r-- 1 root root 1.5K Jan 10 11:30 app.log", "-rw-r--r-- 1 root root  15K Mar  1  2025 big.bin"]);
  });

  it("-n prints ids, -ld the directories themselves, -lF the target's kind after a link", () => {
    expect(run("gnu", "-ln logs").stdout).toBe("total 4\n-rw-r--r-- 1 0 0 2 Jan 10 11:10 a.txt\n");
    expect(run("gnu", "-ld . logs").stdout).toBe("drwxr-xr-x 3 root root 4096 Jan 10 11:00 .\ndrwxr-xr-x 2 root root 4096 Jan 10 11:10 logs\n");
    expect(run("gnu", "-lF current").stdout).toBe("lrwxrwxrwx 1 root root 4 Jan 10 11:20 current -> logs/\n");
    expect(run("gnu", "-lp current").stdout).toBe("lrwxrwxrwx 1 root root 4 Jan 10 11:20 current -> logs\n");
  });

  it("files first (sized with the directories' widths), then each directory under a header; a missing one exits 2", () => {
    expect(run("gnu", "-l run.sh nope logs")).toEqual({
      stdout: "-rwxr-xr-x 1 root root   10 Jan 10 11:45 run.sh\n\nlogs:\ntotal 4\n-rw-r--r-- 1 root root 2 Jan 10 11:10 a.txt\n",
      stderr: "ls: cannot access 'nope': No such file or directory\n",
      exitCode: 2,
    });
  });

  it("-s prints allocated kibibytes", () => {
    expect(run("gnu", "-s logs app.log").stdout).toBe("4 app.log\n\nlogs:\ntotal 4\n4 a.txt\n");
  });

  it("an unknown option is a usage error", () => {
    expect(run("gnu", "-z")).toEqual({ stdout: "", stderr: "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n", exitCode: 2 });
  });
});

describe("ls -l, busybox: fixed columns", () => {
  it("-la", () => {
    expect(run("busybox", "-la").stdout).toBe(
      [
        "total 40",
        "drwxr-xr-x    3 root     root          4096 Jan 10 11:00 .",
        "drwxr-xr-x    4 root     root          4096 Jan  1 00:00 ..",
        "-rw-r--r--    1 root     root             0 Jan 10 11:00 .hidden",
        "-rw-r--r--    1 root     root          1500 Jan 10 11:30 app.log",
        "-rw-r--r--    1 root     root         15000 Mar  1  2025 big.bin",
        "lrwxrwxrwx    1 root     root             7 Jan 10 11:20 broken -> missing",
        "lrwxrwxrwx    1 root     root             4 Jan 10 11:20 current -> logs",
        // up to 15 minutes ahead is still "recent" for busybox
        "-rw-r--r--    1 root     root             6 Jan 10 12:10 future.txt",
        "drwxr-xr-x    2 root     root          4096 Jan 10 11:10 logs",
        "-rwxr-xr-x    1 root     root            10 Jan 10 11:45 run.sh",
        "",
      ].join("\n"),
    );
  });

  it("-lh keeps a tenth rounded to nearest (14.6K) and pads the total to 7", () => {
    expect(run("busybox", "-lh").stdout.split("\n").slice(0, 3)).toEqual(["total 32K    ", "-rw-r--r--    1 root     root        1.5K Jan 10 11:30 app.log", "-rw-r--r--    1 root     root       14.6K Mar  1  2025 big.bin"]);
  });

  it("-n, -lp and a missing operand (exit 1, its own wording)", () => {
    expect(run("busybox", "-ln logs").stdout).toBe("total 4\n-rw-r--r--    1 0        0                2 Jan 10 11:10 a.txt\n");
    expect(run("busybox", "-lp current").stdout).toBe("lrwxrwxrwx    1 root     root             4 Jan 10 11:20 current -> logs/\n");
    expect(run("busybox", "run.sh nope logs")).toEqual({ stdout: "run.sh\n\nlogs:\na.txt\n", stderr: "ls: nope: No such file or directory\n", exitCode: 1 });
  });

  it("-s prints blocks in six columns", () => {
    expect(run("busybox", "-s logs").stdout).toBe("total 4\n     4 a.txt\n");
  });
});

describe("human-readable sizes", () => {
  it("GNU rounds up, one decimal under 10 units", () => {
    expect([0, 8, 1023, 1024, 1025, 1500, 10188, 10240, 15000, 1048575, 1048576].map(gnuHumanSize)).toEqual(["0", "8", "1023", "1.0K", "1.1K", "1.5K", "10K", "10K", "15K", "1.0M", "1.0M"]);
  });
  it("busybox rounds the tenth to nearest; its total has no tenth", () => {
    expect([0, 8, 1023, 1024, 1025, 1500, 15000, 1048575].map(busyboxHumanSize)).toEqual(["0", "8", "1023", "1.0K", "1.0K", "1.5K", "14.6K", "1024.0K"]);
    expect([0, 4096, 12288, 1536 * 1024].map(busyboxHumanTotal)).toEqual(["0", "4K", "12K", "2M"]);
  });
});

describe("a ConfigMap volume in a running pod, as kubectl exec shows it", () => {
  async function podWith(image: string) {
    const c = createCluster();
    c.api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "game", namespace: "default" }, data: { "game.properties": "lives=3\n", "ui.properties": "color=blue\n" } });
    c.api.create({
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "p", namespace: "default" },
      spec: { containers: [{ name: "c", image, command: ["sleep", "3600"], volumeMounts: [{ name: "config", mountPath: "/etc/config" }] }], volumes: [{ name: "config", configMap: { name: "game" } }] },
    });
    await c.settleAsync({ forMs: 120_000 });
    const exec = async (argv: string[]) => c.kubelet!.exec("default", "p", undefined, argv);
    return { exec, payload: ((await exec(["ls", "-a", "/etc/config"])).stdout.split("\n")[2] ?? "") };
  }

  const layout = (payload: string, row: (mode: string, links: number, size: number, name: string) => string) =>
    [
      "total 12",
      row("drwxrwxrwx", 3, 4096, "."),
      row("drwxr-xr-x", 1, 4096, ".."),
      row("drwxr-xr-x", 2, 4096, payload),
      row("lrwxrwxrwx", 1, payload.length, `..data -> ${payload}`),
      row("lrwxrwxrwx", 1, 22, "game.properties -> ..data/game.properties"),
      row("lrwxrwxrwx", 1, 20, "ui.properties -> ..data/ui.properties"),
      "",
    ].join("\n");

  it.each([
    { image: "busybox:1.36", row: (m: string, n: number, s: number, name: string) => `${m}    ${n} root     root     ${String(s).padStart(9)} Jan  1 00:00 ${name}` },
    { image: "nginx:1.27", row: (m: string, n: number, s: number, name: string) => `${m} ${n} root root ${String(s).padStart(4)} Jan  1 00:00 ${name}` },
  ])("$image: ls -la /etc/config, run directly and through sh -c (just-bash), prints the atomic writer's layout", async ({ image, row }) => {
    const { exec, payload } = await podWith(image);
    expect(payload).toMatch(/^\.\.2026_01_01_00_00_\d\d\.\d+$/);
    const direct = await exec(["ls", "-la", "/etc/config"]);
    const viaShell = await exec(["sh", "-c", "ls -la /etc/config"]);
    const expected = layout(payload, row).split("\n");
    // ".." is the image's /etc: its link count and date (the image's build, not modelled: 1970) are the image's.
    expect(direct.stdout.split("\n").filter((_, i) => i !== 2)).toEqual(expected.filter((_, i) => i !== 2));
    expect(direct.stdout.split("\n")[2]).toMatch(/^drwxr-xr-x +\d+ root +root +4096 .{12} \.\.$/);
    expect(viaShell).toEqual(direct);
    expect(direct.exitCode).toBe(0);
  });
});

describe("the workstation's ls is GNU's, on the virtual clock", () => {
  it("ls -l /opt/course/1 shows root's files with the cluster's time", async () => {
    const ws = new Workstation({ cluster: createCluster(), files: { "/opt/course/1/": "" } });
    const r = await ws.run("echo hello > /opt/course/1/answer.txt; mkdir /opt/course/1/sub; ls -l /opt/course/1; ls -la /tmp; ls nope\n");
    expect(r.stdout).toBe(
      "total 8\n-rw-r--r-- 1 root root    6 Jan  1 00:00 answer.txt\ndrwxr-xr-x 2 root root 4096 Jan  1 00:00 sub\n" +
        "total 8\ndrwxrwxrwt 2 root root 4096 Jan  1 00:00 .\ndrwxr-xr-x 7 root root 4096 Jan  1 00:00 ..\n",
    );
    expect(r.stderr).toBe("ls: cannot access 'nope': No such file or directory\n");
    expect(r.exitCode).toBe(2);
  });
});
