// The Endpoints controller against pkg/controller/endpoint/endpoints_controller.go (v1.34).
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { clusterWithComponents } from "../../testing/cluster-with-components";
import { kubectlGet } from "../../testing/kubectl-get";
import { ScriptedKubelet, podsLabelled } from "../../testing/scripted-kubelet";
import { EndpointsController, endpointsGVR } from "./controller";
import { repackSubsets } from "./repack";

type Json = Record<string, unknown>;

const pod = (name: string, labels: Record<string, string>, extra: Json = {}): KubeObject => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name, namespace: "default", labels },
  spec: { containers: [{ name: "web", image: "nginx:1.27", ports: [{ name: "http", containerPort: 8080 }] }], ...extra },
});

const service = (name: string, spec: Json): KubeObject => ({ apiVersion: "v1", kind: "Service", metadata: { name, namespace: "default", labels: { app: name } }, spec });

function scenario() {
  const c = clusterWithComponents(
    [
      new EndpointsController(),
      new ScriptedKubelet([
        { match: podsLabelled({ ready: "no" }), ready: false },
        { match: () => true, ready: true },
      ]),
    ],
    4,
  );
  c.api.create(service("web", { selector: { app: "web" }, ports: [{ name: "http", port: 80, targetPort: "http" }] }));
  c.api.create(pod("web-a", { app: "web" }));
  c.api.create(pod("web-b", { app: "web" }));
  c.api.create(pod("web-c", { app: "web", ready: "no" }));
  c.settle({ forMs: 30_000 });
  return c;
}

describe("a Service selecting 2 ready pods and 1 not ready", () => {
  const c = scenario();
  const ep = c.api.get(endpointsGVR, "default", "web");

  it("lists the ready pods as addresses and the other as notReadyAddresses, the named targetPort resolved", () => {
    const pods = Object.fromEntries(
      c.api.list({ group: "", version: "v1", resource: "pods" }, { namespace: "default" }).items.map((p) => [p.metadata.name, p]),
    );
    const address = (n: string) => ({
      ip: (pods[n].status as Json).podIP,
      nodeName: "node01",
      targetRef: { kind: "Pod", namespace: "default", name: n, uid: pods[n].metadata.uid },
    });
    expect(ep.subsets).toEqual([
      { addresses: [address("web-a"), address("web-b")], notReadyAddresses: [address("web-c")], ports: [{ name: "http", port: 8080, protocol: "TCP" }] },
    ]);
    expect(ep.metadata.labels).toEqual({ app: "web" });
    // The last write came when the pods turned Ready, 2 s in: the earliest change since the previous sync.
    expect(ep.metadata.annotations).toEqual({ "endpoints.kubernetes.io/last-change-trigger-time": "2026-01-01T00:00:02Z" });
  });

  it("shows only the ready addresses in kubectl get endpoints", () => {
    expect(kubectlGet(c, "endpoints").split("\n").find((l) => l.startsWith("web"))).toBe("web          192.168.1.10:8080,192.168.1.11:8080   30s");
  });

  it("leaves a Service without selector alone (kubernetes keeps its apiserver endpoint)", () => {
    expect((c.api.get(endpointsGVR, "default", "kubernetes").subsets as Json[])[0]).toEqual({
      addresses: [{ ip: "172.30.1.2" }],
      ports: [{ name: "https", port: 6443, protocol: "TCP" }],
    });
  });

  it("does not rewrite kube-dns, whose Endpoints already match its ready coredns pods", () => {
    const dns = c.api.get(endpointsGVR, "kube-system", "kube-dns");
    expect(dns.metadata.annotations).toBeUndefined();
  });

  it("deletes the Endpoints with the Service", () => {
    c.api.delete({ group: "", version: "v1", resource: "services" }, "default", "web");
    c.settle({ forMs: 1000 });
    expect(() => c.api.get(endpointsGVR, "default", "web")).toThrow('endpoints "web" not found');
  });
});

describe("publishNotReadyAddresses", () => {
  it("lists not-ready pods as addresses", () => {
    const c = scenario();
    c.api.patch({ group: "", version: "v1", resource: "services" }, "default", "web", "merge", { spec: { publishNotReadyAddresses: true } });
    c.settle({ forMs: 1000 });
    const subsets = c.api.get(endpointsGVR, "default", "web").subsets as Json[];
    expect((subsets[0].addresses as Json[]).length).toBe(3);
    expect(subsets[0].notReadyAddresses).toBeUndefined();
  });
});

describe("RepackSubsets (pkg/api/v1/endpoints/util.go)", () => {
  it("orders ports by the md5 of their spew text, as kube-dns shows: dns-tcp, dns, metrics", () => {
    const address = { ip: "10.0.0.1" };
    const ports = [
      { name: "dns", port: 53, protocol: "UDP" },
      { name: "dns-tcp", port: 53, protocol: "TCP" },
      { name: "metrics", port: 9153, protocol: "TCP" },
    ];
    const packed = repackSubsets(ports.map((p) => ({ addresses: [address], ports: [p] })));
    expect(packed).toHaveLength(1);
    expect(packed[0].ports!.map((p) => p.name)).toEqual(["dns-tcp", "dns", "metrics"]);
  });

  it("splits addresses that offer different ports into different subsets", () => {
    const packed = repackSubsets([
      { addresses: [{ ip: "10.0.0.2" }], ports: [{ port: 80, protocol: "TCP" }] },
      { addresses: [{ ip: "10.0.0.1" }], ports: [{ port: 80, protocol: "TCP" }] },
      { addresses: [{ ip: "10.0.0.1" }], ports: [{ port: 443, protocol: "TCP" }] },
    ]);
    // Upstream's order of subsets is arbitrary (its hash covers pointers); ours is by first address, then first seen.
    expect(packed).toEqual([
      { addresses: [{ ip: "10.0.0.1" }, { ip: "10.0.0.2" }], ports: [{ port: 80, protocol: "TCP" }] },
      { addresses: [{ ip: "10.0.0.1" }], ports: [{ port: 443, protocol: "TCP" }] },
    ]);
  });
});
