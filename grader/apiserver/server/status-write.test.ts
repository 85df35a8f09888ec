import { describe, expect, it } from "vitest";
import { ApiServer } from "./api-server";
import { StatusError } from "../errors";
import type { WatchEvent } from "../api-interface";
import type { KubeObject } from "../types";
import { deepCopyJson } from "../storage/deep-copy";
import { startServiceAccountController } from "../../controllers/serviceaccount/controller";
import { gvr, namespace, pod } from "./test-objects";

function newApiWithPod(): ApiServer {
  const api = new ApiServer();
  startServiceAccountController(api);
  api.create(namespace("default"));
  api.create(pod("p", { app: "x" }));
  return api;
}

function outcome(fn: () => KubeObject): string {
  try {
    return JSON.stringify(fn());
  } catch (e) {
    if (e instanceof StatusError) return `error ${JSON.stringify(e.status)}`;
    throw e;
  }
}

// The same status write twice: with the stored spec itself (the shortcut: no decode of the spec)
// and with a copy of it (the full decode); everything that shows must be the same.
function bothWays(write: (current: KubeObject) => KubeObject): { shared: string[]; copied: string[] } {
  const run = (copySpec: boolean) => {
    const api = newApiWithPod();
    const events: string[] = [];
    api.watch(gvr.pods, {}, (e: WatchEvent) => events.push(`${e.type} ${JSON.stringify(e.object)}`));
    const current = api.get(gvr.pods, "default", "p", { readOnly: true });
    expect(Object.isFrozen(current.spec)).toBe(true);
    const body = write(current);
    if (copySpec) body.spec = deepCopyJson(body.spec);
    else expect(body.spec).toBe(current.spec);
    const result = outcome(() => api.update(body, { subresource: "status" }));
    return [result, JSON.stringify(api.get(gvr.pods, "default", "p")), ...events];
  };
  return { shared: run(false), copied: run(true) };
}

describe("status writes carrying the stored spec back", () => {
  it("store and answer as the full decode does", () => {
    const { shared, copied } = bothWays((c) => ({ ...c, status: { ...(c.status as object), phase: "Running", podIP: "10.0.0.5" } }));
    expect(shared).toEqual(copied);
    expect(shared[0]).toContain('"podIP":"10.0.0.5"');
    expect(shared.length).toBe(3); // one MODIFIED event
  });

  it("refuse a bad status field with the same error", () => {
    const { shared, copied } = bothWays((c) => ({ ...c, status: { ...(c.status as object), startTime: "yesterday" } }));
    expect(shared).toEqual(copied);
    expect(shared[0]).toMatch(/^error .*cannot be handled as a Pod/);
  });

  it("refuse bad labels with the same error", () => {
    const { shared, copied } = bothWays((c) => ({ ...c, metadata: { ...c.metadata, labels: { "bad key!": "x" } }, status: c.status }));
    expect(shared).toEqual(copied);
    expect(shared[0]).toMatch(/^error .*metadata.labels/);
  });

  it("that change nothing keep the resourceVersion and tell no watcher", () => {
    const { shared, copied } = bothWays((c) => ({ ...c }));
    expect(shared).toEqual(copied);
    const api = newApiWithPod();
    const before = api.get(gvr.pods, "default", "p", { readOnly: true });
    const events: WatchEvent[] = [];
    api.watch(gvr.pods, {}, (e) => events.push(e));
    const result = api.update({ ...before }, { subresource: "status" });
    expect(result.metadata.resourceVersion).toBe(before.metadata.resourceVersion);
    expect(api.get(gvr.pods, "default", "p", { readOnly: true })).toBe(before);
    expect(events).toEqual([]);
  });

  it("keep the stored spec whatever spec the body carries", () => {
    const api = newApiWithPod();
    const current = api.get(gvr.pods, "default", "p");
    const changed = { ...current, spec: { ...(current.spec as object), activeDeadlineSeconds: 5 }, status: { phase: "Running" } };
    const result = api.update(changed, { subresource: "status" });
    expect((result.spec as { activeDeadlineSeconds?: number }).activeDeadlineSeconds).toBeUndefined();
    expect((result.status as { phase?: string }).phase).toBe("Running");
  });
});
