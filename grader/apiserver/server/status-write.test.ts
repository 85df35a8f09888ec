import { describe, expect, it } from "vitest";
import { ApiServer } from "./api-server";
import { StatusError } from "../errors";
import type { WatchEvent } from "../api-interface";
import type { GroupVersionResource, KubeObject } from "../types";
import { deepCopyJson } from "../storage/deep-copy";
import { startServiceAccountController } from "../../controllers/serviceaccount/controller";
import { deployment, gvr, namespace, pod } from "./test-objects";

function newApi(): ApiServer {
  const api = new ApiServer();
  startServiceAccountController(api);
  api.create(namespace("default"));
  return api;
}

function newApiWithPod(): ApiServer {
  const api = newApi();
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

// The same status write three ways: with the stored spec itself and with an equal copy of it
// (the shortcuts: no decode of the spec), and through the full decode; everything that shows
// must be the same.
type Way = "shared" | "copied" | "decoded";

function threeWays(
  write: (current: KubeObject) => KubeObject,
  setup: (api: ApiServer) => void = (api) => api.create(pod("p", { app: "x" })),
  target: { gvr: GroupVersionResource; name: string } = { gvr: gvr.pods, name: "p" },
  keepsSpec = true,
): Record<Way, string[]> {
  const run = (way: Way) => {
    const api = newApi();
    setup(api);
    // The full decode, as the server ran every status write before its shortcuts.
    if (way === "decoded") Object.assign(api, { decodeStatusWrite: (input: KubeObject, entry: unknown) => (api as unknown as Decoder).decode(input, entry) });
    const events: string[] = [];
    api.watch(target.gvr, {}, (e: WatchEvent) => events.push(`${e.type} ${JSON.stringify(e.object)}`));
    const current = api.get(target.gvr, "default", target.name, { readOnly: true });
    expect(Object.isFrozen(current.spec)).toBe(true);
    const body = write(current);
    if (way !== "shared") body.spec = deepCopyJson(body.spec);
    else if (keepsSpec) expect(body.spec).toBe(current.spec);
    const result = outcome(() => api.update(body, { subresource: "status" }));
    return [result, JSON.stringify(api.get(target.gvr, "default", target.name)), ...events];
  };
  return { shared: run("shared"), copied: run("copied"), decoded: run("decoded") };
}

interface Decoder {
  decode(input: KubeObject, entry: unknown): KubeObject;
}

function bothWays(write: (current: KubeObject) => KubeObject): { shared: string[]; copied: string[] } {
  const { shared, copied, decoded } = threeWays(write);
  expect(copied).toEqual(decoded);
  return { shared, copied };
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

  it("of a Deployment (a copied spec, as its controller sends) store and answer as the full decode does", () => {
    const ways = threeWays(
      (c) => ({ ...c, status: { observedGeneration: 1, replicas: 2, updatedReplicas: 2 } }),
      (api) => api.create(deployment("web", 2)),
      { gvr: gvr.deployments, name: "web" },
    );
    expect(ways.copied).toEqual(ways.decoded);
    expect(ways.shared).toEqual(ways.decoded);
    expect(ways.decoded[0]).toContain('"updatedReplicas":2');
    expect(ways.decoded.length).toBe(3);
  });

  it("with a copied spec that differs in a field the stored one lacks fail as the full decode does", () => {
    const ways = threeWays(
      (c) => ({ ...c, spec: { ...(c.spec as object), bogus: 1 }, status: { replicas: 1 } }),
      (api) => api.create(deployment("web", 1)),
      { gvr: gvr.deployments, name: "web" },
      false,
    );
    expect(ways.copied).toEqual(ways.decoded);
    expect(ways.shared).toEqual(ways.decoded);
    expect(ways.decoded[0]).toMatch(/^error .*unknown field \\"spec.bogus\\"/);
  });

  it("of a Job whose body lacks the labels its defaults take from the template store what the full decode stores", () => {
    const job = {
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: "j" },
      spec: { template: { metadata: { labels: { app: "j" } }, spec: { restartPolicy: "Never", containers: [{ name: "c", image: "busybox" }] } } },
    };
    const ways = threeWays(
      (c) => ({ ...c, metadata: { ...c.metadata, labels: undefined }, status: { active: 1 } }),
      (api) => api.create(job),
      { gvr: { group: "batch", version: "v1", resource: "jobs" }, name: "j" },
    );
    expect(ways.copied).toEqual(ways.decoded);
    expect(ways.shared).toEqual(ways.decoded);
    expect(ways.decoded[1]).toContain('"labels":{"app":"j"');
  });
});
