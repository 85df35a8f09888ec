// The EndpointSlice controller against pkg/controller/endpointslice (v1.34).
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { clusterWithComponents } from "../../testing/cluster-with-components";
import { kubectlGet } from "../../testing/kubectl-get";
import { ScriptedKubelet, podsLabelled } from "../../testing/scripted-kubelet";
import { EndpointSliceController, endpointSlicesGVR } from "./controller";

type Json = Record<string, unknown>;
const pod = (name: string, labels: Record<string, string>): KubeObject => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name, namespace: "default", labels },
  spec: { containers: [{ name: "web", image: "nginx:1.27", ports: [{ containerPort: 80 }] }] },
});

describe("a Service selecting 2 ready pods and 1 not ready", () => {
  const c = clusterWithComponents(
    [new EndpointSliceController(), new ScriptedKubelet([{ match: podsLabelled({ ready: "no" }), ready: false }, { match: () => true }])],
    4,
  );
  const svc = c.api.create({ apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default" }, spec: { selector: { app: "web" }, ports: [{ port: 80 }] } });
  for (const [n, extra] of [["web-a", {}], ["web-b", {}], ["web-c", { ready: "no" }]] as const) c.api.create(pod(n, { app: "web", ...extra }));
  c.settle({ forMs: 30_000 });
  const slices = c.api.list(endpointSlicesGVR, { namespace: "default", labelSelector: "kubernetes.io/service-name=web" }).items;

  it("keeps one IPv4 slice named <service>-<5 chars>, labelled and owned by the Service", () => {
    expect(slices).toHaveLength(1);
    const s = slices[0];
    expect(s.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(s.addressType).toBe("IPv4");
    expect(s.metadata.labels).toEqual({ "kubernetes.io/service-name": "web", "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io" });
    expect(s.metadata.ownerReferences).toEqual([{ apiVersion: "v1", kind: "Service", name: "web", uid: svc.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(s.ports).toEqual([{ name: "", port: 80, protocol: "TCP" }]);
  });

  it("lists every pod with its conditions: ready and serving only for the Ready ones", () => {
    const conditions = (slices[0].endpoints as Json[]).map((e) => [(e.targetRef as Json).name, e.conditions, e.nodeName]);
    expect(conditions).toEqual([
      ["web-a", { ready: true, serving: true, terminating: false }, "node01"],
      ["web-b", { ready: true, serving: true, terminating: false }, "node01"],
      ["web-c", { ready: false, serving: false, terminating: false }, "node01"],
    ]);
  });

  it("shows in kubectl get endpointslices", () => {
    const line = kubectlGet(c, "endpointslices").split("\n").find((l) => l.startsWith("web-"));
    expect(line).toMatch(/^web-\w{5} +IPv4 +80 +192\.168\.1\.10,192\.168\.1\.11,192\.168\.1\.12 +30s$/);
  });

  it("leaves the kube-dns slice of the fresh cluster as it is", () => {
    const dns = c.api.list(endpointSlicesGVR, { namespace: "kube-system" }).items;
    expect(dns).toHaveLength(1);
    expect(dns[0].metadata.annotations).toBeUndefined();
  });
});
