// The ConfigMap/Secret volume layout of pkg/volume/util/atomic_writer.go, as a
// pod sees it: ..<timestamp> payload, ..data link, one link per key.
import { describe, it, expect } from "vitest";
import { createCluster } from "../cluster/cluster";
import { ContainerFs } from "../runtime/vfs/container-fs";
import { atomicWriterDir, flatAtomicWriterDir, payloadDirName, resolveInVolume, writtenAtomicWriterDir } from "./atomic-writer";

const files = new Map([
  ["game.properties", { content: "lives=3\n", mode: 0o644 }],
  ["conf/ui.properties", { content: "color=blue\n", mode: 0o400 }],
]);
const now = Date.UTC(2026, 0, 1, 0, 5, 7);

describe("atomicWriterDir", () => {
  const root = atomicWriterDir(files, now, "uid/config");
  const fs = new ContainerFs(root, () => now);
  const payload = payloadDirName(now, "uid/config");

  it("names the payload ..<UTC time as 2006_01_02_15_04_05>.<decimal uint32>", () => {
    expect(payload).toMatch(/^\.\.2026_01_01_00_05_07\.\d{1,10}$/);
  });

  it("links ..data to the payload and each top-level name to ..data/<name>", () => {
    expect([...root.entries.keys()].sort()).toEqual([payload, "..data", "conf", "game.properties"].sort());
    expect(fs.readlink("/..data")).toBe(payload);
    expect(fs.readlink("/game.properties")).toBe("..data/game.properties");
    expect(fs.readlink("/conf")).toBe("..data/conf");
  });

  it("serves the content and modes through the links", () => {
    expect(fs.readFile("/game.properties")).toBe("lives=3\n");
    expect(fs.readFile("/conf/ui.properties")).toBe("color=blue\n");
    expect(resolveInVolume(root, "conf/ui.properties")).toMatchObject({ kind: "file", mode: 0o400 });
  });

  it("refuses writes anywhere in the volume, through ..data included (a read-only mount)", () => {
    const writable = new ContainerFs({ ...root, readOnly: undefined }, () => now);
    expect(() => writable.writeFile("/game.properties", "x")).toThrow(/EROFS/);
    expect(() => writable.writeFile("/..data/new", "x")).toThrow(/EROFS/);
    expect(() => writable.mkdir("/..data/conf/d")).toThrow(/EROFS/);
    expect(writable.readFile("/game.properties")).toBe("lives=3\n");
  });

  it("resolves a subPath through the links, and not outside the volume", () => {
    expect(resolveInVolume(root, "game.properties")).toMatchObject({ kind: "file", content: "lives=3\n" });
    expect(resolveInVolume(root, "missing")).toBeUndefined();
  });
});

describe("a ConfigMap volume in a running pod", () => {
  it("lists as on a real node: the payload directory, ..data and the key links, and reads through them", async () => {
    const c = createCluster();
    c.api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "game", namespace: "default" }, data: { "game.properties": "lives=3\n", "ui.properties": "color=blue\n" } });
    c.api.create({
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "p", namespace: "default" },
      spec: {
        restartPolicy: "Never",
        containers: [
          {
            name: "c",
            image: "busybox:1.36",
            command: ["sh", "-c", "ls -a /etc/config; readlink /etc/config/..data; readlink /etc/config/ui.properties; cat /etc/config/game.properties /data/one"],
            volumeMounts: [
              { name: "config", mountPath: "/etc/config" },
              { name: "config", mountPath: "/data/one", subPath: "game.properties" },
            ],
          },
        ],
        volumes: [{ name: "config", configMap: { name: "game" } }],
      },
    });
    await c.settleAsync({ forMs: 30_000 });
    const out = (c.kubelet?.logs("default", "p") ?? "").trim().split("\n");
    const payload = out.find((l) => l.startsWith("..2026_01_01_"));
    expect(payload).toMatch(/^\.\.2026_01_01_\d\d_\d\d_\d\d\.\d+$/);
    expect(out).toEqual([".", "..", payload, "..data", "game.properties", "ui.properties", payload, "..data/ui.properties", "lives=3", "lives=3"]);
  });
});

describe("atomicWriterDir for plain names, built directly", () => {
  // Property order and entry order included: the text of the tree, Maps as their entries in order.
  const text = (root: unknown) => JSON.stringify(root, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
  const flat = new Map([
    ["token", { content: "t", mode: 0o644 }],
    ["ca.crt", { content: "c\n", mode: 0o400 }],
    ["namespace", { content: "default", mode: 0o600 }],
  ]);

  it("is the tree the ContainerFs writes give (files in order, links sorted, payload sealed)", () => {
    for (const f of [flat, new Map(), new Map([["only", { content: "", mode: 0o644 }]])]) {
      expect(text(flatAtomicWriterDir(f, now, "..p"))).toBe(text(writtenAtomicWriterDir(f, now, "..p")));
    }
    expect(text(atomicWriterDir(flat, now, "uid/v"))).toBe(text(writtenAtomicWriterDir(flat, now, payloadDirName(now, "uid/v"))));
  });

  it("names the payload from the seed's UTF-8 bytes, ASCII or not", () => {
    const reference = (seed: string) => {
      let h = 0x811c9dc5;
      for (const b of Buffer.from(seed)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
      return h;
    };
    for (const seed of ["uid/config", "", "3f2a-é/vol", "日本/x"]) expect(payloadDirName(now, seed)).toBe(`..2026_01_01_00_05_07.${reference(seed)}`);
  });

  it("stamps each instant with its own second, the same second twice or not", () => {
    const at = (ms: number) => payloadDirName(ms, "s").split(".")[2];
    expect([now, now + 999, now + 1000, now - 1, now].map(at)).toEqual(["2026_01_01_00_05_07", "2026_01_01_00_05_07", "2026_01_01_00_05_08", "2026_01_01_00_05_06", "2026_01_01_00_05_07"]);
    expect(at(Date.UTC(1999, 11, 31, 23, 59, 59, 500))).toBe("1999_12_31_23_59_59");
  });
});
