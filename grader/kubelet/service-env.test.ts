// Service link variables: pkg/kubelet/envvars/envvars.go (FromServices) and
// pkg/kubelet/kubelet_pods.go (getServiceEnvVarMap, makeEnvironmentVariables).
import { describe, it, expect } from "vitest";
import { createCluster, type Cluster } from "../cluster/cluster";
import type { KubeObject } from "../apiserver/types";
import { serviceEnvVars, serviceLinkVars } from "./service-env";

const svc = (name: string, clusterIP: string, ports: unknown[]): KubeObject => ({ apiVersion: "v1", kind: "Service", metadata: { name }, spec: { clusterIP, ports } });

describe("serviceLinkVars (envvars.FromServices)", () => {
  it("writes the kubernetes Service as on every real node", () => {
    expect(serviceLinkVars(svc("kubernetes", "10.96.0.1", [{ name: "https", port: 443, protocol: "TCP" }]))).toEqual([
      ["KUBERNETES_SERVICE_HOST", "10.96.0.1"],
      ["KUBERNETES_SERVICE_PORT", "443"],
      ["KUBERNETES_SERVICE_PORT_HTTPS", "443"],
      ["KUBERNETES_PORT", "tcp://10.96.0.1:443"],
      ["KUBERNETES_PORT_443_TCP", "tcp://10.96.0.1:443"],
      ["KUBERNETES_PORT_443_TCP_PROTO", "tcp"],
      ["KUBERNETES_PORT_443_TCP_PORT", "443"],
      ["KUBERNETES_PORT_443_TCP_ADDR", "10.96.0.1"],
    ]);
  });

  it("turns dashes into underscores, names only the first port _PORT, and keeps each port's protocol", () => {
    expect(serviceLinkVars(svc("my-dns", "10.96.0.10", [{ port: 53, protocol: "UDP" }, { name: "dns-tcp", port: 53, protocol: "TCP" }]))).toEqual([
      ["MY_DNS_SERVICE_HOST", "10.96.0.10"],
      ["MY_DNS_SERVICE_PORT", "53"],
      ["MY_DNS_SERVICE_PORT_DNS_TCP", "53"],
      ["MY_DNS_PORT", "udp://10.96.0.10:53"],
      ["MY_DNS_PORT_53_UDP", "udp://10.96.0.10:53"],
      ["MY_DNS_PORT_53_UDP_PROTO", "udp"],
      ["MY_DNS_PORT_53_UDP_PORT", "53"],
      ["MY_DNS_PORT_53_UDP_ADDR", "10.96.0.10"],
      ["MY_DNS_PORT_53_TCP", "tcp://10.96.0.10:53"],
      ["MY_DNS_PORT_53_TCP_PROTO", "tcp"],
      ["MY_DNS_PORT_53_TCP_PORT", "53"],
      ["MY_DNS_PORT_53_TCP_ADDR", "10.96.0.10"],
    ]);
  });
});

const podsGVR = { group: "", version: "v1", resource: "pods" };
const servicesGVR = { group: "", version: "v1", resource: "services" };

async function printEnv(c: Cluster, name: string, namespace: string, extra: Record<string, unknown> = {}): Promise<string> {
  c.api.create({
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace },
    spec: { restartPolicy: "Never", containers: [{ name: "c", image: "busybox:1.36", command: ["sh", "-c", "env | grep -E '_(SERVICE|PORT)'"] }], ...extra },
  });
  await c.settleAsync({ forMs: 30_000 }); // a pipeline runs in just-bash
  // Sorted here: the kubelet's order is a Go map's.
  return (c.kubelet?.logs(namespace, name) ?? "").trim().split("\n").sort().join("\n");
}

describe("the environment of a container (makeEnvironmentVariables)", () => {
  function clusterWithWebService(): { c: Cluster; ip: string } {
    const c = createCluster();
    c.api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "other" } });
    const web = c.api.create({ apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default" }, spec: { selector: { app: "web" }, ports: [{ port: 80 }] } });
    return { c, ip: (web.spec as { clusterIP: string }).clusterIP };
  }
  const kubernetesVars = [
    "KUBERNETES_PORT=tcp://10.96.0.1:443",
    "KUBERNETES_PORT_443_TCP=tcp://10.96.0.1:443",
    "KUBERNETES_PORT_443_TCP_ADDR=10.96.0.1",
    "KUBERNETES_PORT_443_TCP_PORT=443",
    "KUBERNETES_PORT_443_TCP_PROTO=tcp",
    "KUBERNETES_SERVICE_HOST=10.96.0.1",
    "KUBERNETES_SERVICE_PORT=443",
    "KUBERNETES_SERVICE_PORT_HTTPS=443",
  ];

  it("links the kubernetes Service and the Services of the pod's namespace that exist when it starts", async () => {
    const { c, ip } = clusterWithWebService();
    expect((await printEnv(c, "a", "default")).trim().split("\n")).toEqual([
      ...kubernetesVars,
      `WEB_PORT=tcp://${ip}:80`,
      `WEB_PORT_80_TCP=tcp://${ip}:80`,
      `WEB_PORT_80_TCP_ADDR=${ip}`,
      "WEB_PORT_80_TCP_PORT=80",
      "WEB_PORT_80_TCP_PROTO=tcp",
      `WEB_SERVICE_HOST=${ip}`,
      "WEB_SERVICE_PORT=80",
    ]);
    expect(c.api.list(servicesGVR, { namespace: "default" }).items).toHaveLength(2);
  });

  it("links only the kubernetes Service with enableServiceLinks: false, or from another namespace", async () => {
    const { c } = clusterWithWebService();
    expect((await printEnv(c, "b", "default", { enableServiceLinks: false })).trim().split("\n")).toEqual(kubernetesVars);
    expect((await printEnv(c, "d", "other")).trim().split("\n")).toEqual(kubernetesVars);
  });

  it("lets the container's own env win over a link and expand $(VAR) references to links", () => {
    const c = createCluster();
    c.api.create({
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "e", namespace: "default" },
      spec: {
        restartPolicy: "Never",
        containers: [
          {
            name: "c",
            image: "busybox:1.36",
            command: ["sh", "-c", "echo $KUBERNETES_SERVICE_PORT $API"],
            env: [
              { name: "KUBERNETES_SERVICE_PORT", value: "6443" },
              { name: "API", value: "https://$(KUBERNETES_SERVICE_HOST)" },
            ],
          },
        ],
      },
    });
    c.settle({ forMs: 30_000 });
    expect(c.kubelet?.logs("default", "e")).toBe("6443 https://10.96.0.1\n");
    expect(c.api.get(podsGVR, "default", "e").status).toMatchObject({ phase: "Succeeded" });
  });
});

describe("serviceEnvVars (variables remembered per stored Service)", () => {
  it("gives what serviceLinkVars gives for the Services as they are now, also after an update", () => {
    const c = createCluster();
    c.api.create({ apiVersion: "v1", kind: "Service", metadata: { name: "web-api", namespace: "default" }, spec: { selector: { app: "web" }, ports: [{ port: 80 }] } });
    const expected = () => {
      const env: Record<string, string> = {};
      const stored = c.api.list(servicesGVR).items.filter((x) => x.metadata.namespace === "default").sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
      for (const svc of stored) for (const [k, v] of serviceLinkVars(structuredClone(svc))) env[k] = v;
      return env;
    };
    expect(serviceEnvVars(c.api, "default", true)).toEqual(expected());
    expect(serviceEnvVars(c.api, "default", true)).toEqual(expected());
    const current = c.api.get(servicesGVR, "default", "web-api");
    c.api.update({ ...current, spec: { ...(current.spec as object), ports: [{ name: "http", port: 8080 }] } });
    const after = serviceEnvVars(c.api, "default", true);
    expect(after).toEqual(expected());
    expect(after.WEB_API_SERVICE_PORT_HTTP).toBe("8080");
  });
});
