import { describe, expect, it } from "vitest";
import type { WatchEvent } from "../../apiserver/api-interface";
import { SeededRandom } from "../../random/seeded-random";
import { controllerOf } from "./controller-ref";
import { PodCache } from "./pod-cache";
import type { Pod } from "./types";

function pod(name: string, namespace: string, owner: string | undefined): Pod {
  const ownerReferences = owner === undefined ? undefined : [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "rs", uid: owner, controller: true }];
  return { apiVersion: "v1", kind: "Pod", metadata: { name, namespace, ...(ownerReferences ? { ownerReferences } : {}) }, spec: {} } as unknown as Pod;
}

// What the controllers computed before the index: every pod of the namespace, sorted, filtered.
function slowOwnedOrOrphans(cache: PodCache, namespace: string, uid: string): string[] {
  return cache
    .inNamespace(namespace)
    .filter((p) => {
      const ref = controllerOf(p);
      return !ref || ref.uid === uid;
    })
    .map((p) => p.metadata.name!);
}

describe("PodCache.ownedOrOrphans", () => {
  it("gives the same pods in the same order as filtering the sorted namespace, through adds, owner changes and deletes", () => {
    const random = new SeededRandom(7);
    const cache = new PodCache();
    const owners = [undefined, "uid-a", "uid-b", ""];
    const live = new Map<string, Pod>();
    for (let step = 0; step < 2000; step++) {
      const name = `p-${random.intn(60)}`;
      const namespace = random.intn(4) === 0 ? "other" : "default";
      const key = `${namespace}/${name}`;
      let e: WatchEvent;
      if (live.has(key) && random.intn(3) === 0) {
        e = { type: "DELETED", object: live.get(key)! };
        live.delete(key);
      } else {
        const p = pod(name, namespace, owners[random.intn(owners.length)]);
        e = { type: live.has(key) ? "MODIFIED" : "ADDED", object: p };
        live.set(key, p);
      }
      cache.apply(e);
      for (const ns of ["default", "other", "none"])
        for (const uid of ["uid-a", "uid-b"]) expect(cache.ownedOrOrphans(ns, uid).map((p) => p.metadata.name)).toEqual(slowOwnedOrOrphans(cache, ns, uid));
    }
    expect(cache.inNamespace("default").length + cache.inNamespace("other").length).toBe(live.size);
  });
});
