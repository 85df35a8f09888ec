// The resource quota controller keeps status as pkg/controller/resourcequota/resource_quota_controller.go does:
// status.hard = spec.hard, status.used recomputed from the namespace's objects.
import { describe, expect, it, vi } from "vitest";
import { FakeApi } from "../../apiserver/admission/testing/fake-api";
import { pod } from "../../apiserver/admission/testing/attributes";
import type { KubeObject } from "../../apiserver/types";
import { startResourceQuotaController } from ".";

const quotasGVR = { group: "", version: "v1", resource: "resourcequotas" };

function quota(hard: Record<string, string>, spec: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: "v1", kind: "ResourceQuota", metadata: { name: "q", namespace: "shop" }, spec: { hard, ...spec } };
}

const sized = (name: string, memory: string) =>
  pod("shop", name, [{ name: "app", requests: { cpu: "250m", memory }, limits: { cpu: "500m", memory } }]);

describe("resource quota controller", () => {
  it("a new quota gets status.hard and a zero used for every hard resource", () => {
    const api = new FakeApi();
    startResourceQuotaController(api);
    api.create(quota({ pods: "10", "requests.cpu": "2", "count/deployments.apps": "3" }));
    expect(api.get(quotasGVR, "shop", "q").status).toEqual({
      hard: { "count/deployments.apps": "3", pods: "10", "requests.cpu": "2" },
      used: { "count/deployments.apps": "0", pods: "0", "requests.cpu": "0" },
    });
  });

  it("used follows pods, services, configmaps and deployments as they come and go", () => {
    const api = new FakeApi();
    const stop = startResourceQuotaController(api);
    api.create(
      quota({ pods: "10", "requests.memory": "4Gi", "limits.cpu": "4", services: "5", configmaps: "5", "count/deployments.apps": "3" }),
    );
    api.create(sized("a", "256Mi"));
    api.create(sized("b", "768Mi"));
    api.create({ apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "shop" }, spec: {} });
    api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg", namespace: "shop" } });
    api.create({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", namespace: "shop" } });
    api.create({ ...sized("elsewhere", "1Gi"), metadata: { name: "elsewhere", namespace: "other" } });
    expect((api.get(quotasGVR, "shop", "q").status as { used: unknown }).used).toEqual({
      configmaps: "1",
      "count/deployments.apps": "1",
      "limits.cpu": "1",
      pods: "2",
      "requests.memory": "1Gi",
      services: "1",
    });
    api.delete({ group: "", version: "v1", resource: "pods" }, "shop", "b");
    expect((api.get(quotasGVR, "shop", "q").status as { used: Record<string, string> }).used).toMatchObject({
      pods: "1",
      "requests.memory": "256Mi",
      "limits.cpu": "500m",
    });
    stop();
  });

  it("a finished pod keeps counting for count/pods but not for pods or compute", () => {
    const api = new FakeApi();
    startResourceQuotaController(api);
    api.create(quota({ pods: "10", "count/pods": "10", "requests.cpu": "1" }));
    api.create({ ...sized("done", "64Mi"), status: { phase: "Succeeded" } });
    expect((api.get(quotasGVR, "shop", "q").status as { used: unknown }).used).toEqual({
      "count/pods": "1",
      pods: "0",
      "requests.cpu": "0",
    });
  });

  it("a BestEffort-scoped quota counts only pods without requests or limits", () => {
    const api = new FakeApi();
    startResourceQuotaController(api);
    api.create(quota({ pods: "10" }, { scopes: ["BestEffort"] }));
    api.create(sized("guaranteed", "64Mi"));
    api.create(pod("shop", "besteffort", [{ name: "app" }]));
    expect((api.get(quotasGVR, "shop", "q").status as { used: unknown }).used).toEqual({ pods: "1" });
  });

  it("quotas that already exist are synced when the controller starts", () => {
    const api = new FakeApi([quota({ pods: "3" }), sized("a", "64Mi")]);
    startResourceQuotaController(api);
    expect(api.get(quotasGVR, "shop", "q").status).toEqual({ hard: { pods: "3" }, used: { pods: "1" } });
  });

  it("lists no quotas for the objects of a namespace without any, and counts them once one comes", () => {
    const api = new FakeApi();
    startResourceQuotaController(api);
    const list = vi.spyOn(api, "list");
    const quotaLists = () => list.mock.calls.filter(([gvr]) => gvr.resource === "resourcequotas").length;
    api.create(sized("a", "64Mi"));
    expect(quotaLists()).toBe(0);
    api.create(quota({ pods: "3" }));
    expect(api.get(quotasGVR, "shop", "q").status).toEqual({ hard: { pods: "3" }, used: { pods: "1" } });
    api.create(sized("b", "64Mi"));
    expect((api.get(quotasGVR, "shop", "q").status as { used: unknown }).used).toEqual({ pods: "2" });
    api.delete(quotasGVR, "shop", "q");
    const before = quotaLists();
    api.create(sized("c", "64Mi"));
    expect(quotaLists()).toBe(before);
    api.create(quota({ pods: "5" }));
    expect((api.get(quotasGVR, "shop", "q").status as { used: unknown }).used).toEqual({ pods: "3" });
  });
});
