import { describe, expect, it } from "vitest";
import { deepCopyJson, deepFreeze } from "../../apiserver/storage/deep-copy";
import type { Deployment } from "./types";
import { workingCopy } from "./working-copy";

function stored(): Deployment {
  return deepFreeze({
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", namespace: "default", annotations: { "deployment.kubernetes.io/revision": "1" }, labels: { app: "web" } },
    spec: { replicas: 2, selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "c", image: "nginx" }] } } },
    status: { replicas: 2, conditions: [{ type: "Available", status: "True" }] },
  } as unknown as Deployment);
}

describe("workingCopy", () => {
  it("reads as a full copy does, keys in the same order", () => {
    const d = stored();
    expect(JSON.stringify(workingCopy(d))).toBe(JSON.stringify(deepCopyJson(d)));
    const noStatus = deepFreeze({ ...deepCopyJson(d), status: undefined }) as Deployment;
    expect(JSON.stringify(workingCopy(noStatus))).toBe(JSON.stringify(deepCopyJson(noStatus)));
    expect(Object.keys(workingCopy(noStatus))).toEqual(Object.keys(deepCopyJson(noStatus)));
  });

  it("lets the sync change metadata and status, and shares the frozen spec", () => {
    const d = stored();
    const w = workingCopy(d);
    w.metadata.annotations!["deployment.kubernetes.io/revision"] = "2";
    w.status!.conditions![0]!.status = "False";
    (w.status ??= {}).collisionCount = 1;
    expect(d.metadata.annotations!["deployment.kubernetes.io/revision"]).toBe("1");
    expect(d.status!.conditions![0]!.status).toBe("True");
    expect(w.spec).toBe(d.spec);
    expect(() => {
      w.spec.replicas = 3;
    }).toThrow(TypeError);
  });
});
