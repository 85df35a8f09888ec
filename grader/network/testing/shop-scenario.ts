// A small cluster for network tests: namespace shop with nginx pods behind
// Services of every type, and a busybox client pod in default. EndpointSlices
// are written as the EndpointSlice controller writes them.
import { createCluster, type Cluster } from "../../cluster/cluster";
import type { KubeObject } from "../../apiserver/types";
import { markPodsReady } from "../../testing/pod-status";
import { TestPodDirectory } from "../../testing/network-pods";
import { ManualClock } from "../../runtime/testing/manual-clock";
import { ClusterNetwork, type NetworkOrigin } from "../cluster-network";
import { gvr } from "../service-endpoints";

export interface ShopScenario {
  cluster: Cluster;
  network: ClusterNetwork;
  pods: TestPodDirectory;
  client: NetworkOrigin;
  ip: (namespace: string, pod: string) => string;
  clusterIP: (namespace: string, service: string) => string;
}

function pod(namespace: string, name: string, labels: Record<string, string>, image: string, extra: Record<string, unknown> = {}, command?: string[]): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace, labels },
    spec: { ...extra, containers: [{ name: "main", image, ...(command ? { command } : {}), ports: image.startsWith("nginx") ? [{ name: "http", containerPort: 80 }] : [] }] },
  };
}

function slice(namespace: string, service: string, endpoints: { ip: string; ready: boolean; pod: string; hostname?: string }[], port = 80, portName = ""): KubeObject {
  return {
    apiVersion: "discovery.k8s.io/v1",
    kind: "EndpointSlice",
    metadata: { name: `${service}-x1`, namespace, labels: { "kubernetes.io/service-name": service, "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io" } },
    addressType: "IPv4",
    endpoints: endpoints.map((e) => ({ addresses: [e.ip], conditions: { ready: e.ready, serving: e.ready, terminating: false }, ...(e.hostname ? { hostname: e.hostname } : {}), targetRef: { kind: "Pod", namespace, name: e.pod } })),
    ports: [{ name: portName, port, protocol: "TCP" }],
  };
}

export function buildShopScenario(): ShopScenario {
  const cluster = createCluster({ seed: 7 });
  const api = cluster.api;
  const clock = new ManualClock(cluster.clock.now());
  const pods = new TestPodDirectory(clock);
  api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "shop" } });
  api.create(pod("shop", "web-1", { app: "web" }, "nginx:1.27"));
  api.create(pod("shop", "web-2", { app: "web" }, "nginx:1.27"));
  api.create(pod("shop", "db-0", { app: "db" }, "nginx:1.27", { hostname: "db-0", subdomain: "db" }));
  api.create(pod("shop", "idle", { app: "idle" }, "busybox", {}, ["sleep", "3600"]));
  api.create(pod("default", "client", { run: "client" }, "busybox", {}, ["sleep", "3600"]));
  markPodsReady(cluster, "shop");
  markPodsReady(cluster, "default", "run=client");
  const ip = (namespace: string, name: string) => (api.get(gvr.pods, namespace, name).status as { podIP: string }).podIP;
  for (const [ns, name] of [["shop", "web-1"], ["shop", "web-2"], ["shop", "db-0"], ["shop", "idle"], ["default", "client"]]) pods.add(api.get(gvr.pods, ns, name));

  const service = (name: string, spec: Record<string, unknown>) => api.create({ apiVersion: "v1", kind: "Service", metadata: { name, namespace: "shop" }, spec });
  service("web", { selector: { app: "web" }, ports: [{ port: 80, targetPort: "http" }] });
  service("web-np", { type: "NodePort", selector: { app: "web" }, ports: [{ port: 8080, targetPort: 80, nodePort: 30080 }] });
  service("empty", { selector: { app: "none" }, ports: [{ port: 80 }] });
  service("idle", { selector: { app: "idle" }, ports: [{ port: 80 }] });
  service("db", { clusterIP: "None", selector: { app: "db" }, ports: [{ port: 80 }] });
  service("ext", { type: "ExternalName", externalName: "example.com" });
  api.create(slice("shop", "web", [{ ip: ip("shop", "web-1"), ready: true, pod: "web-1" }, { ip: ip("shop", "web-2"), ready: true, pod: "web-2" }]));
  api.create(slice("shop", "web-np", [{ ip: ip("shop", "web-1"), ready: true, pod: "web-1" }]));
  api.create(slice("shop", "empty", []));
  api.create(slice("shop", "idle", [{ ip: ip("shop", "idle"), ready: true, pod: "idle" }]));
  api.create(slice("shop", "db", [{ ip: ip("shop", "db-0"), ready: true, pod: "db-0", hostname: "db-0" }]));

  const network = new ClusterNetwork(api, pods);
  const client: NetworkOrigin = { namespace: "default", pod: api.get(gvr.pods, "default", "client") };
  const clusterIP = (namespace: string, name: string) => (api.get(gvr.services, namespace, name).spec as { clusterIP: string }).clusterIP;
  return { cluster, network, pods, client, ip, clusterIP };
}
