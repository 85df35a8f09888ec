// Expected texts follow k8s.io/kubectl/pkg/describe/describe.go v0.34.5 (describeService,
// formatEndpointSlices, DescribeEvents) laid out by its tabbedString tabwriter (minwidth 0,
// padding 2); the `Port:`/`NodePort:` lines have a second cell, aligned among themselves.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { describeService, formatEndpointSlices } from "./service";

const service = (spec: object): KubeObject =>
  ({ apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default", labels: { app: "web" } }, spec, status: { loadBalancer: {} } }) as unknown as KubeObject;

const slice = (ports: object[], endpoints: object[]): KubeObject => ({ apiVersion: "discovery.k8s.io/v1", kind: "EndpointSlice", metadata: { name: "s" }, ports, endpoints }) as unknown as KubeObject;

const ready = (ip: string, isReady?: boolean) => ({ addresses: [ip], conditions: isReady === undefined ? {} : { ready: isReady } });

describe("describeService (describe.go describeService)", () => {
  it("prints a NodePort service with its ready endpoints and `Events:  <none>`", () => {
    const svc = service({
      type: "NodePort",
      selector: { app: "web" },
      clusterIP: "10.96.10.10",
      clusterIPs: ["10.96.10.10"],
      ipFamilies: ["IPv4"],
      ipFamilyPolicy: "SingleStack",
      ports: [{ port: 80, protocol: "TCP", targetPort: 8080, nodePort: 30080 }],
      sessionAffinity: "None",
      externalTrafficPolicy: "Cluster",
      internalTrafficPolicy: "Cluster",
    });
    const slices = [slice([{ name: "", port: 8080, protocol: "TCP" }], [ready("192.168.1.2", true), ready("192.168.1.3", false)])];
    expect(describeService(svc, slices, [], 0)).toBe(
      [
        "Name:                     web",
        "Namespace:                default",
        "Labels:                   app=web",
        "Annotations:              <none>",
        "Selector:                 app=web",
        "Type:                     NodePort",
        "IP Family Policy:         SingleStack",
        "IP Families:              IPv4",
        "IP:                       10.96.10.10",
        "IPs:                      10.96.10.10",
        "Port:                     <unset>  80/TCP",
        "TargetPort:               8080/TCP",
        "NodePort:                 <unset>  30080/TCP",
        "Endpoints:                192.168.1.2:8080",
        "Session Affinity:         None",
        "External Traffic Policy:  Cluster",
        "Internal Traffic Policy:  Cluster",
        "Events:                   <none>",
        "",
      ].join("\n"),
    );
  });

  it("prints `<none>` endpoints without slices, a named target port, and no Events section when events are not shown", () => {
    const svc = service({ type: "ClusterIP", clusterIP: "None", ports: [{ name: "http", port: 80, protocol: "TCP", targetPort: "web" }], sessionAffinity: "None" });
    expect(describeService(svc, [], undefined, 0)).toBe(
      [
        "Name:              web",
        "Namespace:         default",
        "Labels:            app=web",
        "Annotations:       <none>",
        "Selector:          <none>",
        "Type:              ClusterIP",
        "IP Families:       <none>",
        "IP:                None",
        "IPs:               <none>",
        "Port:              http  80/TCP",
        "TargetPort:        web/TCP",
        "Endpoints:         <none>",
        "Session Affinity:  None",
        "",
      ].join("\n"),
    );
  });
});

describe("formatEndpointSlices (describe.go formatEndpointSlices)", () => {
  const four = [ready("10.0.0.1"), ready("10.0.0.2"), ready("10.0.0.3"), ready("10.0.0.4")];
  it.each([
    ["lists three ready addresses with the port, then counts the rest", [slice([{ name: "http", port: 80 }], four)], "http", "10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 1 more..."],
    ["lists bare addresses of a slice without ports (headless)", [slice([], four.slice(0, 2))], "", "10.0.0.1,10.0.0.2"],
    ["skips the addresses of other port names, leaving an empty text", [slice([{ name: "metrics", port: 9090 }], four)], "http", ""],
  ])("%s", (_name, slices, port, expected) => {
    expect(formatEndpointSlices(slices as KubeObject[], port as string)).toBe(expected);
  });
});
