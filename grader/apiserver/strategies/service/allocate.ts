// What upstream's Service REST storage does after validation on create and update
// (pkg/registry/core/service/storage/alloc.go): fill ipFamilies, allocate ClusterIPs
// and NodePorts, and reject taken or out-of-range values with the allocators' words.
//
// Seam: the Strategy interface has no store, so the core calls these after
// strategy.validate/validateUpdate, passing allocators built from the addresses
// and ports of the Services it stores, and throws newInvalid("", "Service", name, errs)
// when errors come back.
import { fieldErrors, type FieldError } from "../../errors";
import type { KubeObject } from "../../types";
import { child, index } from "../../validation/path";
import { ClusterIPAllocator, defaultServiceCIDR } from "./cluster-ip-allocator";
import { NodePortAllocator } from "./node-port-allocator";
import type { ServiceSpec } from "./types";

export interface ServiceAllocators {
  clusterIPs: ClusterIPAllocator;
  nodePorts: NodePortAllocator;
}

/** The ClusterIPs and NodePorts a set of stored Services hold, to build allocators from. */
export function serviceAllocatorsFor(services: KubeObject[], cidr = defaultServiceCIDR): ServiceAllocators {
  const ips: string[] = [];
  const ports: number[] = [];
  for (const s of services) {
    const spec = (s.spec ?? {}) as ServiceSpec;
    for (const ip of spec.clusterIPs ?? (spec.clusterIP ? [spec.clusterIP] : [])) if (ip !== "None") ips.push(ip);
    for (const p of spec.ports ?? []) if (p.nodePort) ports.push(p.nodePort);
    if (spec.healthCheckNodePort) ports.push(spec.healthCheckNodePort);
  }
  return { clusterIPs: new ClusterIPAllocator(ips, cidr), nodePorts: new NodePortAllocator(ports) };
}

function needsClusterIP(spec: ServiceSpec): boolean {
  return spec.type !== "ExternalName";
}

function needsNodePorts(spec: ServiceSpec): boolean {
  return spec.type === "NodePort" || spec.type === "LoadBalancer";
}

function allocateClusterIP(spec: ServiceSpec, alloc: ClusterIPAllocator, cidr: string): FieldError[] {
  if (!needsClusterIP(spec)) return [];
  spec.ipFamilies ??= ["IPv4"];
  spec.ipFamilyPolicy ??= "SingleStack";
  if (spec.clusterIP === "None") {
    spec.clusterIPs = ["None"];
    return [];
  }
  if (spec.clusterIP) {
    const ip = spec.clusterIP;
    const ipsPath = child("spec", "clusterIPs");
    spec.clusterIPs ??= [ip];
    if (!alloc.contains(ip))
      return [
        fieldErrors.invalid(ipsPath, spec.clusterIPs, `failed to allocate IP ${ip}: the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${cidr}`),
      ];
    if (alloc.isUsed(ip)) return [fieldErrors.invalid(ipsPath, spec.clusterIPs, `failed to allocate IP ${ip}: provided IP is already allocated`)];
    alloc.allocate(ip);
    return [];
  }
  const ip = alloc.allocateNext();
  if (ip === undefined) return [fieldErrors.invalid(child("spec", "clusterIPs"), [], "failed to allocate IP: range is full")];
  spec.clusterIP = ip;
  spec.clusterIPs = [ip];
  return [];
}

function allocateNodePorts(spec: ServiceSpec, alloc: NodePortAllocator, keep: Set<number>): FieldError[] {
  if (!needsNodePorts(spec)) return [];
  const errs: FieldError[] = [];
  // Ports of one Service that share a nodePort (TCP and UDP on the same number) allocate it once.
  const mine = new Set<number>();
  (spec.ports ?? []).forEach((p, i) => {
    const path = child(index(child("spec", "ports"), i), "nodePort");
    if (p.nodePort) {
      if (mine.has(p.nodePort) || keep.has(p.nodePort)) return;
      if (!alloc.contains(p.nodePort))
        errs.push(
          fieldErrors.invalid(path, p.nodePort, `provided port is not in the valid range. The range of valid ports is ${alloc.rangeText()}`),
        );
      else if (alloc.isUsed(p.nodePort)) errs.push(fieldErrors.invalid(path, p.nodePort, "provided port is already allocated"));
      else {
        alloc.allocate(p.nodePort);
        mine.add(p.nodePort);
      }
      return;
    }
    const port = alloc.allocateNext();
    if (port === undefined) errs.push(fieldErrors.invalid(path, 0, "range is full"));
    else p.nodePort = port;
  });
  return errs;
}

/** On create, after validation: allocate what the Service needs. Mutates `svc`. */
export function allocateServiceOnCreate(svc: KubeObject, allocators: ServiceAllocators, cidr = defaultServiceCIDR): FieldError[] {
  const spec = (svc.spec ??= {}) as ServiceSpec;
  const errs = allocateClusterIP(spec, allocators.clusterIPs, cidr);
  if (errs.length) return errs;
  return allocateNodePorts(spec, allocators.nodePorts, new Set());
}

/**
 * On update, after validation: a type change to NodePort/LoadBalancer allocates new
 * node ports; ports the old object already held are kept. The allocators must be
 * built from the *other* Services (not the old version of this one).
 */
export function allocateServiceOnUpdate(svc: KubeObject, old: KubeObject, allocators: ServiceAllocators, cidr = defaultServiceCIDR): FieldError[] {
  const spec = (svc.spec ??= {}) as ServiceSpec;
  const oldSpec = (old.spec ?? {}) as ServiceSpec;
  const errs: FieldError[] = [];
  if (needsClusterIP(spec) && !needsClusterIP(oldSpec)) errs.push(...allocateClusterIP(spec, allocators.clusterIPs, cidr));
  const oldPorts = new Set((oldSpec.ports ?? []).map((p) => p.nodePort ?? 0).filter((p) => p));
  for (const p of oldPorts) allocators.nodePorts.allocate(p);
  errs.push(...allocateNodePorts(spec, allocators.nodePorts, oldPorts));
  return errs;
}
