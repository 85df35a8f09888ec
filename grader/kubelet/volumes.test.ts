import { describe, expect, it } from "vitest";
import { createCluster } from "../cluster/cluster";
import type { KubeObject } from "../apiserver/types";
import { serviceAccountToken, setUpVolumes } from "./volumes";

const rt = { podIP: "10.244.1.5", hostIP: "172.30.1.2", nodeAllocatable: {} };

function pod(labels: Record<string, string>): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "p", namespace: "default", uid: "u1", labels },
    spec: {
      containers: [{ name: "c", image: "busybox:1.36" }],
      volumes: [
        { name: "cfg", configMap: { name: "cfg" } },
        { name: "sec", secret: { secretName: "sec" } },
        { name: "down", downwardAPI: { items: [{ path: "labels", fieldRef: { fieldPath: "metadata.labels" } }] } },
        { name: "proj", projected: { sources: [{ configMap: { name: "cfg", items: [{ key: "a", path: "x/a" }] } }, { secret: { name: "sec" } }] } },
        { name: "scratch", emptyDir: {} },
      ],
    },
  };
}

describe("setUpVolumes", () => {
  it("keeps a directory whose files are unchanged and writes a new payload for one whose source changed", () => {
    const c = createCluster();
    c.api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg" }, data: { a: "one" } });
    c.api.create({ apiVersion: "v1", kind: "Secret", metadata: { name: "sec" }, stringData: { pw: "s3cret" } });
    const first = setUpVolumes(c.api, pod({ app: "x" }), rt, new Map(), 1000);
    const again = setUpVolumes(c.api, pod({ app: "x" }), rt, first, 5000);
    for (const name of ["cfg", "sec", "down", "proj", "scratch"]) expect(again.get(name), name).toBe(first.get(name));

    const cm = c.api.get({ group: "", version: "v1", resource: "configmaps" }, "default", "cfg");
    c.api.update({ ...cm, data: { a: "two" } });
    const changed = setUpVolumes(c.api, pod({ app: "y" }), rt, again, 9000);
    for (const name of ["cfg", "down", "proj"]) expect(changed.get(name), name).not.toBe(again.get(name));
    for (const name of ["sec", "scratch"]) expect(changed.get(name), name).toBe(again.get(name));
    // The new payload is dated by the sync that wrote it; the kept one by its own.
    expect([...changed.get("cfg")!.entries.keys()].find((k) => /^\.\.\d/.test(k))).toMatch(/^\.\.1970_01_01_00_00_09\./);
    expect([...changed.get("sec")!.entries.keys()].find((k) => /^\.\.\d/.test(k))).toMatch(/^\.\.1970_01_01_00_00_01\./);
  });

  it("writes the same directory as a fresh set-up when it keeps one", () => {
    const c = createCluster();
    c.api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg" }, data: { a: "one" } });
    c.api.create({ apiVersion: "v1", kind: "Secret", metadata: { name: "sec" }, stringData: { pw: "s3cret" } });
    const first = setUpVolumes(c.api, pod({ app: "x" }), rt, new Map(), 1000);
    const kept = setUpVolumes(c.api, pod({ app: "x" }), rt, first, 1000);
    const fresh = setUpVolumes(c.api, pod({ app: "x" }), rt, new Map(), 1000);
    for (const name of ["cfg", "sec", "down", "proj"]) expect(kept.get(name)).toEqual(fresh.get(name));
  });

  it("writes the same made-up token on every sync of a pod, and another for another account or pod", () => {
    const decode = (token: string) => token.split(".").map((part) => JSON.parse(Buffer.from(part, "base64url").toString()) as unknown);
    const p = (sa: string | undefined, uid: string): KubeObject => ({ apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "shop", uid }, spec: { serviceAccountName: sa, containers: [] } });
    const first = serviceAccountToken(p("builder", "u-1"));
    expect(decode(first)).toEqual([{ alg: "RS256", kid: "kubedojo" }, { sub: "system:serviceaccount:shop:builder" }, "u-1"]);
    expect(serviceAccountToken(p("builder", "u-1"))).toBe(first);
    expect(decode(serviceAccountToken(p(undefined, "u-1")))[1]).toEqual({ sub: "system:serviceaccount:shop:default" });
    expect(decode(serviceAccountToken(p("builder", "u-2")))[2]).toBe("u-2");
  });
});
