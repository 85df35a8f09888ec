// The QoS class the API server records in status.qosClass on create
// (pkg/apis/core/helper/qos/qos.go).
import { tryParseQuantity } from "../../quantity";
import type { Container, PodSpec } from "../../validation/pod-types";

const computeResources = ["cpu", "memory"];

function isZero(v: unknown): boolean {
  const q = tryParseQuantity(v as string | number);
  return !q || q.isZero();
}

export function podQOSClass(spec: PodSpec | undefined): "Guaranteed" | "Burstable" | "BestEffort" {
  const containers: Container[] = [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])];
  const requests = new Map<string, unknown[]>();
  const limits = new Map<string, unknown[]>();
  let guaranteed = true;
  for (const c of containers) {
    const cReq = c.resources?.requests ?? {};
    const cLim = c.resources?.limits ?? {};
    for (const [name, v] of Object.entries(cReq))
      if (computeResources.includes(name) && !isZero(v)) requests.set(name, [...(requests.get(name) ?? []), v]);
    const limitedHere = new Set<string>();
    for (const [name, v] of Object.entries(cLim))
      if (computeResources.includes(name) && !isZero(v)) {
        limits.set(name, [...(limits.get(name) ?? []), v]);
        limitedHere.add(name);
      }
    if (computeResources.some((r) => !limitedHere.has(r))) guaranteed = false;
    for (const name of computeResources) {
      // Requests default to limits, so a request differing from its limit breaks Guaranteed.
      const req = cReq[name] !== undefined ? tryParseQuantity(cReq[name]) : undefined;
      const lim = cLim[name] !== undefined ? tryParseQuantity(cLim[name]) : undefined;
      if (req && lim && req.cmp(lim) !== 0) guaranteed = false;
    }
  }
  if (requests.size === 0 && limits.size === 0) return "BestEffort";
  return guaranteed ? "Guaranteed" : "Burstable";
}
