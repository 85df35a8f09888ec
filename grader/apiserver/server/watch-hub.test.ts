import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { WatchHub } from "./watch-hub";

const obj = (name: string, labels: Record<string, string> = {}): KubeObject => ({ apiVersion: "v1", kind: "Pod", metadata: { name, labels } });

describe("WatchHub", () => {
  it("delivers each change to the watchers of its storage key, in the order they started watching", () => {
    const hub = new WatchHub();
    const seen: string[] = [];
    const watch = (id: string, storageKey: string) =>
      hub.add({ storageKey, accepts: () => true, deliver: (type, o) => void seen.push(`${id} ${type} ${o.metadata.name}`) });
    watch("w1", "/pods");
    watch("c1", "/configmaps");
    const stop = watch("w2", "/pods");
    hub.publish({ storageKey: "/pods", type: "ADDED", object: obj("a") });
    stop();
    stop();
    hub.publish({ storageKey: "/pods", type: "ADDED", object: obj("b") });
    expect(seen).toEqual(["w1 ADDED a", "w2 ADDED a", "w1 ADDED b"]);
    expect(hub.hasWatchers("/configmaps")).toBe(true);
    expect(hub.hasWatchers("/secrets")).toBe(false);
  });

  it("gives a change to the watchers there when it is delivered, less those that stop meanwhile; what handlers write comes after", () => {
    const hub = new WatchHub();
    const seen: string[] = [];
    let stopThird = () => {};
    hub.add({
      storageKey: "/pods",
      accepts: () => true,
      deliver: (_, o) => {
        seen.push(`first ${o.metadata.name}`);
        if (o.metadata.name !== "a") return;
        stopThird();
        hub.add({ storageKey: "/pods", accepts: () => true, deliver: (_2, o2) => void seen.push(`late ${o2.metadata.name}`) });
        hub.publish({ storageKey: "/pods", type: "ADDED", object: obj("caused") });
      },
    });
    hub.add({ storageKey: "/pods", accepts: () => true, deliver: (_, o) => void seen.push(`second ${o.metadata.name}`) });
    stopThird = hub.add({ storageKey: "/pods", accepts: () => true, deliver: (_, o) => void seen.push(`third ${o.metadata.name}`) });
    hub.publish({ storageKey: "/pods", type: "ADDED", object: obj("a") });
    expect(seen).toEqual(["first a", "second a", "first caused", "second caused", "late caused"]);
  });

  it("turns a MODIFIED into ADDED or DELETED for a watcher whose filter the object enters or leaves", () => {
    const hub = new WatchHub();
    const seen: string[] = [];
    hub.add({ storageKey: "/pods", accepts: (o) => o.metadata.labels?.app === "web", deliver: (type) => void seen.push(type) });
    const web = obj("p", { app: "web" });
    const db = obj("p", { app: "db" });
    hub.publish({ storageKey: "/pods", type: "MODIFIED", object: web, old: db });
    hub.publish({ storageKey: "/pods", type: "MODIFIED", object: web, old: web });
    hub.publish({ storageKey: "/pods", type: "MODIFIED", object: db, old: web });
    hub.publish({ storageKey: "/pods", type: "MODIFIED", object: db, old: db });
    expect(seen).toEqual(["ADDED", "MODIFIED", "DELETED"]);
  });
});
