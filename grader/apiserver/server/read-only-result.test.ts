import { describe, expect, it } from "vitest";
import { ApiServer } from "./api-server";
import type { WatchEvent, WriteOptions } from "../api-interface";
import type { KubeObject } from "../types";
import { startServiceAccountController } from "../../controllers/serviceaccount/controller";
import { deployment, gvr, namespace, pod } from "./test-objects";

function newApi(): ApiServer {
  const api = new ApiServer();
  startServiceAccountController(api);
  api.create(namespace("default"));
  return api;
}

const hpaV1: KubeObject = {
  apiVersion: "autoscaling/v1",
  kind: "HorizontalPodAutoscaler",
  metadata: { name: "web" },
  spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" }, minReplicas: 1, maxReplicas: 5, targetCPUUtilizationPercentage: 50 },
};

/** A run of writes whose results are all collected, so the two ways can be compared result by result. */
function writes(api: ApiServer, opts: WriteOptions): KubeObject[] {
  const out: KubeObject[] = [];
  out.push(api.create(pod("p", { app: "x" }), opts));
  out.push(api.create({ ...deployment("web"), metadata: { generateName: "web-", namespace: "default" } }, opts));
  const p = api.get(gvr.pods, "default", "p");
  out.push(api.update({ ...p, metadata: { ...p.metadata, labels: { app: "y" } } }, opts));
  const p2 = api.get(gvr.pods, "default", "p");
  out.push(api.update({ ...p2, status: { phase: "Running" } }, { ...opts, subresource: "status" }));
  // Changes nothing: the stored object comes back, same resourceVersion.
  out.push(api.update(api.get(gvr.pods, "default", "p"), opts));
  out.push(api.patch(gvr.pods, "default", "p", "merge", { metadata: { annotations: { a: "b" } } }, opts));
  out.push(api.create(hpaV1, opts));
  const h = api.get(gvr.hpaV1, "default", "web");
  out.push(api.update({ ...h, spec: { ...(h.spec as object), maxReplicas: 7 } }, opts));
  out.push(api.create({ ...pod("q"), spec: { containers: [{ name: "c", image: "nginx:1.27" }] } }, { ...opts, dryRun: true }));
  out.push(api.create({ apiVersion: "v1", kind: "Binding", metadata: { name: "p" }, target: { kind: "Node", name: "node01" } }, opts));
  return out;
}

function everything(api: ApiServer): string {
  const lists = [gvr.pods, gvr.deployments, { group: "autoscaling", version: "v2", resource: "horizontalpodautoscalers" }];
  return JSON.stringify(lists.map((g) => api.list(g)));
}

describe("readOnlyResult", () => {
  it("returns what a copying write returns, and leaves the same store", () => {
    const copying = newApi();
    const sharing = newApi();
    const copied = writes(copying, {});
    const shared = writes(sharing, { readOnlyResult: true });
    expect(shared.map((o) => JSON.stringify(o))).toEqual(copied.map((o) => JSON.stringify(o)));
    expect(everything(sharing)).toBe(everything(copying));
  });

  it("returns the stored object itself, frozen, where a copying write returns a fresh one", () => {
    const api = newApi();
    const created = api.create(pod("p"), { readOnlyResult: true });
    expect(Object.isFrozen(created)).toBe(true);
    expect(created).toBe(api.get(gvr.pods, "default", "p", { readOnly: true }));
    expect(() => {
      (created.metadata as { name: string }).name = "x";
    }).toThrow(TypeError);
    const updated = api.update({ ...created, metadata: { ...created.metadata, labels: { a: "b" } } }, { readOnlyResult: true });
    expect(updated).toBe(api.get(gvr.pods, "default", "p", { readOnly: true }));
    expect(Object.isFrozen(updated.metadata.labels)).toBe(true);
    const unchanged = api.update(updated, { readOnlyResult: true });
    expect(unchanged).toBe(updated);

    const copy = api.update({ ...updated, metadata: { ...updated.metadata, labels: { a: "c" } } });
    expect(Object.isFrozen(copy)).toBe(false);
    expect(copy).not.toBe(api.get(gvr.pods, "default", "p", { readOnly: true }));
  });

  it("gives watchers the very object the writer got back", () => {
    const api = newApi();
    const seen: WatchEvent[] = [];
    api.watch(gvr.pods, {}, (e) => seen.push(e));
    const created = api.create(pod("p"), { readOnlyResult: true });
    const updated = api.update({ ...created, status: { phase: "Running" } }, { subresource: "status", readOnlyResult: true });
    expect(seen.map((e) => e.object)).toEqual([created, updated]);
    expect(seen[0]!.object).toBe(created);
    expect(seen[1]!.object).toBe(updated);
  });

  it("converts to the version written, frozen", () => {
    const api = newApi();
    const created = api.create(hpaV1, { readOnlyResult: true });
    expect(created.apiVersion).toBe("autoscaling/v1");
    expect(Object.isFrozen(created.spec)).toBe(true);
    expect(created).toBe(api.get(gvr.hpaV1, "default", "web", { readOnly: true }));
  });
});
