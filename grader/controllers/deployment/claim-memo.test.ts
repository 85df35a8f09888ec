import { afterEach, describe, expect, it, vi } from "vitest";
import { createCluster } from "../../cluster/cluster";
import type { KubeObject } from "../../apiserver/types";
import { ClaimMemo } from "./claim-memo";
import { gvr, setImage, webDeployment } from "./scenario-helpers";

describe("ClaimMemo", () => {
  const owner = {};
  const a = { n: "a" };
  const b = { n: "b" };

  it("gives back the claim for the same owner and the very same candidates, as a fresh array", () => {
    const memo = new ClaimMemo<object, object>();
    memo.remember(owner, [a, b], [a]);
    const known = memo.lookup(owner, [a, b]);
    expect(known).toEqual([a]);
    known!.push(b);
    expect(memo.lookup(owner, [a, b])).toEqual([a]);
  });

  it("knows nothing for another owner, other objects (even equal ones), another order, or after reset", () => {
    const memo = new ClaimMemo<object, object>();
    memo.remember(owner, [a, b], [a, b]);
    expect(memo.lookup({}, [a, b])).toBeUndefined();
    expect(memo.lookup(owner, [a, { n: "b" }])).toBeUndefined();
    expect(memo.lookup(owner, [b, a])).toBeUndefined();
    expect(memo.lookup(owner, [a])).toBeUndefined();
    memo.reset();
    expect(memo.lookup(owner, [a, b])).toBeUndefined();
  });
});

describe("the Deployment controller with its claims remembered", () => {
  afterEach(() => vi.restoreAllMocks());

  const orphan = (name: string, labels: Record<string, string>): KubeObject => ({
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: { name, labels },
    spec: { replicas: 1, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: "c", image: "nginx:1.27" }] } } },
  });

  // Adoption, release, scaling and a rollout, over the whole cluster (scheduler and kubelet included).
  const play = (): string => {
    const c = createCluster({ seed: 3 });
    c.api.create(orphan("adoptable", { app: "web" }));
    c.api.create(orphan("other", { app: "db" }));
    c.api.create(webDeployment(3));
    c.settle({ forMs: 60_000 });
    expect(c.api.get(gvr.replicasets, "default", "adoptable").metadata.ownerReferences?.[0]?.name).toBe("web");
    c.api.patch(gvr.replicasets, "default", "adoptable", "merge", { metadata: { labels: { app: "gone" } } });
    c.api.patch(gvr.deployments, "default", "web", "merge", { spec: { replicas: 5 } });
    c.settle({ forMs: 30_000 });
    expect(c.api.get(gvr.replicasets, "default", "adoptable").metadata.ownerReferences ?? []).toEqual([]);
    setImage(c, "nginx:1.28");
    c.settle({ forMs: 120_000 });
    return JSON.stringify(c.snapshot());
  };

  it("ends in the same cluster as claiming afresh every time (the slow path)", () => {
    const lookup = vi.spyOn(ClaimMemo.prototype, "lookup");
    const remembered = play();
    const hits = lookup.mock.results.filter((r) => r.value !== undefined).length;
    expect(hits).toBeGreaterThan(0);
    lookup.mockReturnValue(undefined);
    expect(play()).toBe(remembered);
  });
});
