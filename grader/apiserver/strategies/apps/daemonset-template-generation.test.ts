// pkg/registry/apps/daemonset/strategy.go PrepareForCreate/PrepareForUpdate and
// pkg/apis/apps/v1/conversion.go (spec.templateGeneration travels in the
// deprecated.daemonset.template.generation annotation), v1.34.
import { describe, expect, it } from "vitest";
import { createCluster } from "../../../cluster/cluster";
import type { KubeObject } from "../../types";

const annotation = "deprecated.daemonset.template.generation";

function daemonSet(annotations?: Record<string, string>): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "agent", namespace: "default", ...(annotations ? { annotations } : {}) },
    spec: {
      selector: { matchLabels: { app: "agent" } },
      template: { metadata: { labels: { app: "agent" } }, spec: { containers: [{ name: "agent", image: "busybox:1.36" }] } },
    },
  };
}

describe("the DaemonSet template generation annotation", () => {
  it.each([
    ["a new DaemonSet starts at template generation 1", undefined, "1"],
    ["a client's own value of at least 1 is kept on create", { [annotation]: "4" }, "4"],
    ["a value below 1 is raised to 1 on create", { [annotation]: "0" }, "1"],
  ])("%s", (_name, annotations, want) => {
    const c = createCluster();
    const ds = c.api.create(daemonSet(annotations));
    expect(ds.metadata.annotations?.[annotation]).toBe(want);
    expect(ds.metadata.generation).toBe(1);
  });

  it("moves with template changes only, and a client cannot set it on update", () => {
    const c = createCluster();
    let ds = c.api.create(daemonSet());
    const spec = ds.spec as { template: { spec: { containers: { image: string }[] } }; minReadySeconds?: number };
    spec.template.spec.containers[0].image = "busybox:1.37";
    ds = c.api.update(ds);
    expect([ds.metadata.generation, ds.metadata.annotations?.[annotation]]).toEqual([2, "2"]);
    (ds.spec as { minReadySeconds: number }).minReadySeconds = 5;
    ds = c.api.update(ds);
    expect([ds.metadata.generation, ds.metadata.annotations?.[annotation]]).toEqual([3, "2"]);
    ds.metadata.annotations = { ...ds.metadata.annotations, [annotation]: "9" };
    ds = c.api.update(ds);
    expect([ds.metadata.generation, ds.metadata.annotations?.[annotation]]).toEqual([3, "2"]);
  });
});
