import { describe, expect, it } from "vitest";
import { ApiServer } from "./api-server";
import { deepCopyJson } from "../storage/deep-copy";
import type { KubeObject } from "../types";
import { startServiceAccountController } from "../../controllers/serviceaccount/controller";
import { gvr, namespace, pod } from "./test-objects";

/** What a binding stored before the bound pod shared parts with the old one: a deep copy, changed in place. */
function boundByCopy(stored: KubeObject, node: string, annotations: Record<string, string> | undefined, now: string, rv: string): KubeObject {
  const next = deepCopyJson(stored);
  (next.spec as { nodeName?: string }).nodeName = node;
  if (annotations && Object.keys(annotations).length) next.metadata.annotations = { ...next.metadata.annotations, ...annotations };
  const status = (next.status ?? {}) as { conditions?: Record<string, unknown>[] };
  const conditions = (status.conditions ?? []).filter((c) => c.type !== "PodScheduled");
  const previous = (status.conditions ?? []).find((c) => c.type === "PodScheduled");
  conditions.push({ lastProbeTime: null, lastTransitionTime: previous?.status === "True" ? previous.lastTransitionTime : now, status: "True", type: "PodScheduled" });
  next.status = { ...status, conditions };
  next.metadata.resourceVersion = rv;
  return next;
}

describe("binding a pod shares the unchanged parts of the stored pod", () => {
  const cases: [string, Record<string, string> | undefined, Record<string, unknown> | undefined][] = [
    ["no annotations, no status", undefined, undefined],
    ["annotations merged", { "scheduler.example/x": "1" }, undefined],
    ["earlier PodScheduled=False replaced", {}, { phase: "Pending", conditions: [{ type: "PodScheduled", status: "False", reason: "Unschedulable", lastProbeTime: null, lastTransitionTime: "2024-01-01T00:00:00Z" }, { type: "Other", status: "True" }] }],
  ];
  for (const [title, annotations, status] of cases) {
    it(`stores byte for byte what the deep copy stored: ${title}`, () => {
      const api = new ApiServer();
      startServiceAccountController(api);
      api.create(namespace("default"));
      api.create({ ...pod("p", { app: "x" }), metadata: { name: "p", namespace: "default", labels: { app: "x" }, annotations: { keep: "me" } } });
      if (status) api.update({ ...api.get(gvr.pods, "default", "p"), status }, { subresource: "status" });
      const before = api.get(gvr.pods, "default", "p", { readOnly: true });
      const beforeJson = JSON.stringify(before);
      api.create({ apiVersion: "v1", kind: "Binding", metadata: { name: "p", ...(annotations ? { annotations } : {}) }, target: { kind: "Node", name: "node01" } });
      const after = api.get(gvr.pods, "default", "p");
      const now = (after.status as { conditions: { type: string; lastTransitionTime: string }[] }).conditions.find((c) => c.type === "PodScheduled")!.lastTransitionTime;
      const expected = boundByCopy(JSON.parse(beforeJson), "node01", annotations, now, after.metadata.resourceVersion!);
      expect(JSON.stringify(after)).toBe(JSON.stringify(expected));
      expect(JSON.stringify(before)).toBe(beforeJson); // the old stored pod is unchanged
      expect(Object.isFrozen(api.get(gvr.pods, "default", "p", { readOnly: true }).spec)).toBe(true);
    });
  }
});
