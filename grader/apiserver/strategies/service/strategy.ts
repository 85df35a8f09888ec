// Service strategy (pkg/registry/core/service/strategy.go, v1.34).
import type { Strategy } from "../../strategy";
import type { ServiceSpec } from "./types";
import { validateService, validateServiceUpdate } from "./validation";

const needsClusterIP = (s: ServiceSpec) => s.type !== "ExternalName";
const needsNodePort = (s: ServiceSpec) => s.type === "NodePort" || s.type === "LoadBalancer";

/**
 * patchAllocatedValues (registry/core/service/storage/storage.go): values the client
 * left out on update are kept from the stored object, so `kubectl replace` without
 * clusterIP or nodePort works.
 */
function patchAllocatedValues(spec: ServiceSpec, oldSpec: ServiceSpec): void {
  if (needsClusterIP(oldSpec) && needsClusterIP(spec)) {
    if (!spec.clusterIP && oldSpec.clusterIP) spec.clusterIP = oldSpec.clusterIP;
    if (!spec.clusterIPs?.length && oldSpec.clusterIPs?.length) spec.clusterIPs = oldSpec.clusterIPs;
    spec.ipFamilies ??= oldSpec.ipFamilies;
    spec.ipFamilyPolicy ??= oldSpec.ipFamilyPolicy;
  }
  if (needsNodePort(oldSpec) && needsNodePort(spec)) {
    const portsOf = (s: ServiceSpec) => new Set((s.ports ?? []).map((p) => p.nodePort ?? 0).filter((n) => n));
    const newPorts = portsOf(spec);
    const used = new Set([...portsOf(oldSpec)].filter((n) => newPorts.has(n)));
    const byName = new Map((oldSpec.ports ?? []).map((p) => [p.name ?? "", p.nodePort ?? 0]));
    for (const p of spec.ports ?? []) {
      const oldVal = byName.get(p.name ?? "") ?? 0;
      if (!p.nodePort && oldVal && !used.has(oldVal)) p.nodePort = oldVal;
    }
  }
}

function sameClusterIPs(a: ServiceSpec, b: ServiceSpec): boolean {
  return JSON.stringify(a.clusterIPs ?? []) === JSON.stringify(b.clusterIPs ?? []);
}

/** normalizeClusterIPs (registry/core/service/strategy.go): keep clusterIP and clusterIPs in step. */
function normalizeClusterIPs(spec: ServiceSpec, oldSpec: ServiceSpec | undefined): void {
  if (!oldSpec) {
    if (spec.clusterIP && !spec.clusterIPs?.length) spec.clusterIPs = [spec.clusterIP];
    return;
  }
  if (oldSpec.clusterIPs?.length && !spec.clusterIPs?.length && (oldSpec.clusterIP ?? "") === (spec.clusterIP ?? ""))
    spec.clusterIPs = oldSpec.clusterIPs;
  if ((oldSpec.clusterIP ?? "") !== (spec.clusterIP ?? "")) {
    if (oldSpec.clusterIP && !spec.clusterIP && sameClusterIPs(oldSpec, spec)) delete spec.clusterIPs;
    if (spec.clusterIP && sameClusterIPs(oldSpec, spec)) spec.clusterIPs = [spec.clusterIP];
  }
}

export const serviceStrategy: Strategy = {
  prepareForCreate(svc) {
    svc.status = { loadBalancer: {} };
    normalizeClusterIPs((svc.spec ??= {}) as ServiceSpec, undefined);
  },
  prepareForUpdate(svc, old) {
    svc.status = old.status;
    const spec = (svc.spec ??= {}) as ServiceSpec;
    const oldSpec = (old.spec ?? {}) as ServiceSpec;
    patchAllocatedValues(spec, oldSpec);
    normalizeClusterIPs(spec, oldSpec);
    // Leaving NodePort/LoadBalancer for ClusterIP releases the node ports.
    if (spec.type === "ClusterIP" && needsNodePort(oldSpec)) for (const p of spec.ports ?? []) delete p.nodePort;
  },
  validate: validateService,
  validateUpdate: validateServiceUpdate,
  prepareForStatusUpdate(svc, old) {
    svc.spec = old.spec;
  },
};
