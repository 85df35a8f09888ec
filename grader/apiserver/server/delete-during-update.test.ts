// An update deletes an object only when it removes the last finalizer of an
// object whose grace period is over (k8s.io/apiserver registry/generic/registry/
// store.go shouldDeleteDuringUpdate: no finalizers left and
// DeletionGracePeriodSeconds == 0). A pod the kubelet is still stopping keeps
// getting status updates and stays Terminating.
import { describe, expect, it } from "vitest";
import { ApiServer } from "./api-server";
import { startServiceAccountController } from "../../controllers/serviceaccount/controller";
import { configMap, gvr, namespace, pod } from "./test-objects";

function newApi(): ApiServer {
  const api = new ApiServer();
  startServiceAccountController(api);
  api.create(namespace("default"));
  return api;
}

describe("updates of an object being deleted", () => {
  it("a status update during a pod's grace period keeps the pod; the kubelet's delete with grace 0 removes it", () => {
    const api = newApi();
    api.gracefulDeletion = (entry) => (entry.info.kind === "Pod" ? 30 : 0);
    api.create(pod("p"));
    api.delete(gvr.pods, "default", "p");
    const marked = api.get(gvr.pods, "default", "p");
    expect(marked.metadata.deletionGracePeriodSeconds).toBe(30);
    api.update({ ...marked, status: { phase: "Running", conditions: [{ type: "DisruptionTarget", status: "True" }] } }, { subresource: "status" });
    expect(api.get(gvr.pods, "default", "p").metadata.deletionTimestamp).toBeDefined();
    api.delete(gvr.pods, "default", "p", { gracePeriodSeconds: 0 });
    expect(() => api.get(gvr.pods, "default", "p")).toThrow();
  });

  it("removing the last finalizer of an object deleted without grace removes it", () => {
    const api = newApi();
    api.create({ ...configMap("c"), metadata: { name: "c", namespace: "default", finalizers: ["example.com/keep"] } });
    api.delete(gvr.configmaps, "default", "c");
    const marked = api.get(gvr.configmaps, "default", "c");
    api.update({ ...marked, metadata: { ...marked.metadata, finalizers: [] } });
    expect(() => api.get(gvr.configmaps, "default", "c")).toThrow();
  });
});
