// ClusterIP and NodePort allocation after validation, with the allocators'
// error wording (pkg/registry/core/service/portallocator/allocator.go,
// ipallocator/allocator.go, storage/alloc.go, v1.34).
import { describe, expect, it } from "vitest";
import { newInvalid } from "../../errors";
import type { KubeObject } from "../../types";
import { service } from "../test-fixtures";
import { allocateServiceOnCreate, allocateServiceOnUpdate, serviceAllocatorsFor } from "./allocate";
import { ClusterIPAllocator } from "./cluster-ip-allocator";
import { NodePortAllocator } from "./node-port-allocator";
import { serviceStrategy } from "./strategy";

function createMessage(svc: KubeObject, existing: KubeObject[] = []): string {
  const errs = allocateServiceOnCreate(svc, serviceAllocatorsFor(existing));
  return errs.length ? newInvalid("", "Service", svc.metadata.name ?? "", errs).message : "";
}

function withSpec(svc: KubeObject, fields: Record<string, unknown>): KubeObject {
  return { ...svc, spec: { ...(svc.spec as object), ...fields } };
}

describe("Service allocation errors", () => {
  const cases = [
    {
      name: "a nodePort below 30000 is out of the allocator's range (portallocator ErrNotInRange)",
      svc: service("web", { type: "NodePort", ports: [{ protocol: "TCP", port: 80, targetPort: 80, nodePort: 30 }] }),
      existing: [] as KubeObject[],
      want: `Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 30: provided port is not in the valid range. The range of valid ports is 30000-32767`,
    },
    {
      name: "a nodePort another Service holds is already allocated (portallocator ErrAllocated)",
      svc: service("web", { type: "NodePort", ports: [{ protocol: "TCP", port: 80, targetPort: 80, nodePort: 30080 }] }),
      existing: [service("other", { type: "NodePort", ports: [{ protocol: "TCP", port: 80, targetPort: 80, nodePort: 30080 }] })],
      want: `Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated`,
    },
    {
      name: "a clusterIP outside the service CIDR is refused (ipallocator ErrNotInRange, alloc.go)",
      svc: service("web", { clusterIP: "192.168.0.5", clusterIPs: ["192.168.0.5"] }),
      existing: [] as KubeObject[],
      want: `Service "web" is invalid: spec.clusterIPs: Invalid value: ["192.168.0.5"]: failed to allocate IP 192.168.0.5: the provided IP (192.168.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12`,
    },
    {
      name: "the kubernetes Service's address is already allocated (ipallocator ErrAllocated, alloc.go)",
      svc: service("web", { clusterIP: "10.96.0.1", clusterIPs: ["10.96.0.1"] }),
      existing: [] as KubeObject[],
      want: `Service "web" is invalid: spec.clusterIPs: Invalid value: ["10.96.0.1"]: failed to allocate IP 10.96.0.1: provided IP is already allocated`,
    },
  ];
  it.each(cases)("$name", ({ svc, existing, want }) => {
    expect(createMessage(structuredClone(svc), existing)).toBe(want);
  });
});

describe("Service allocation", () => {
  it("gives the first Service 10.96.0.2, skipping the default cluster's 10.96.0.1 and 10.96.0.10", () => {
    const a = new ClusterIPAllocator([]);
    const got = Array.from({ length: 9 }, () => a.allocateNext());
    expect(got).toEqual(["10.96.0.2", "10.96.0.3", "10.96.0.4", "10.96.0.5", "10.96.0.6", "10.96.0.7", "10.96.0.8", "10.96.0.9", "10.96.0.11"]);
  });

  it("fills clusterIP, clusterIPs, ipFamilies and ipFamilyPolicy of a new ClusterIP Service", () => {
    const svc = service("web");
    expect(allocateServiceOnCreate(svc, serviceAllocatorsFor([]))).toEqual([]);
    expect(svc.spec).toMatchObject({ clusterIP: "10.96.0.2", clusterIPs: ["10.96.0.2"], ipFamilies: ["IPv4"], ipFamilyPolicy: "SingleStack" });
  });

  it("skips addresses other Services hold", () => {
    const other = service("other", { clusterIP: "10.96.0.2", clusterIPs: ["10.96.0.2"] });
    const svc = service("web");
    allocateServiceOnCreate(svc, serviceAllocatorsFor([other]));
    expect((svc.spec as { clusterIP: string }).clusterIP).toBe("10.96.0.3");
  });

  it("keeps a headless Service headless", () => {
    const svc = service("db", { clusterIP: "None" });
    serviceStrategy.prepareForCreate!(svc);
    expect(allocateServiceOnCreate(svc, serviceAllocatorsFor([]))).toEqual([]);
    expect(svc.spec).toMatchObject({ clusterIP: "None", clusterIPs: ["None"] });
  });

  it("gives NodePort Services the first free ports from 30000", () => {
    const svc = service("web", { type: "NodePort", ports: [{ name: "http", protocol: "TCP", port: 80, targetPort: 80 }, { name: "https", protocol: "TCP", port: 443, targetPort: 443 }] });
    const taken = service("other", { type: "NodePort", ports: [{ protocol: "TCP", port: 80, targetPort: 80, nodePort: 30000 }] });
    allocateServiceOnCreate(svc, serviceAllocatorsFor([taken]));
    expect((svc.spec as { ports: { nodePort: number }[] }).ports.map((p) => p.nodePort)).toEqual([30001, 30002]);
  });

  it("allocates node ports when a ClusterIP Service becomes NodePort, keeping its clusterIP", () => {
    const old = service("web", { clusterIP: "10.96.0.2", clusterIPs: ["10.96.0.2"] });
    const next = withSpec(service("web", { type: "NodePort" }), {});
    serviceStrategy.prepareForUpdate!(next, old);
    expect(allocateServiceOnUpdate(next, old, serviceAllocatorsFor([]))).toEqual([]);
    expect(next.spec).toMatchObject({ clusterIP: "10.96.0.2", ports: [{ nodePort: 30000 }] });
  });

  it("keeps a NodePort Service's ports when a replace leaves them out (storage.go patchAllocatedValues)", () => {
    const old = service("web", { type: "NodePort", clusterIP: "10.96.0.2", clusterIPs: ["10.96.0.2"], ports: [{ protocol: "TCP", port: 80, targetPort: 80, nodePort: 31234 }] });
    const next = service("web", { type: "NodePort" });
    serviceStrategy.prepareForUpdate!(next, old);
    expect(next.spec).toMatchObject({ clusterIP: "10.96.0.2", ports: [{ nodePort: 31234 }] });
    expect(allocateServiceOnUpdate(next, old, serviceAllocatorsFor([]))).toEqual([]);
  });

  it("prints the node port range as upstream's allocator does", () => {
    expect(new NodePortAllocator([]).rangeText()).toBe("30000-32767");
  });
});
