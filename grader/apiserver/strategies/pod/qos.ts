// The QoS class the API server records in status.qosClass on create
// (pkg/apis/core/helper/qos/qos.go).
import { tryParseQuantity } from "../../quantity";
import type { Container, PodSpec } from "../../validation/pod-types";

const computeResources = ["cpu", "memory"];

function isZero(v: unknown): boolean {
  const q = tryParseQuantity(v as string | number);
  return !q || q.isZero();
}

// Every pod create asks this: plain loops over the two compute resources, no maps or lists built.
export function podQOSClass(spec: PodSpec | undefined): "Guaranteed" | "Burstable" | "BestEffort" {
  const state = { requested: false, limited: false, guaranteed: true };
  for (const c of spec?.containers ?? []) addContainer(c, state);
  for (const c of spec?.initContainers ?? []) addContainer(c, state);
  if (!state.requested && !state.limited) return "BestEffort";
  return state.guaranteed ? "Guaranteed" : "Burstable";
}

function addContainer(c: Container, state: { requested: boolean; limited: boolean; guaranteed: boolean }): void {
  const cReq = c.resources?.requests ?? {};
  const cLim = c.resources?.limits ?? {};
  for (const name of computeResources) {
    if (cReq[name] !== undefined && !isZero(cReq[name])) state.requested = true;
    if (cLim[name] !== undefined && !isZero(cLim[name])) state.limited = true;
    // Guaranteed needs a (non-zero) limit on every compute resource in every container.
    else state.guaranteed = false;
    // Requests default to limits, so a request differing from its limit breaks Guaranteed.
    const req = cReq[name] !== undefined ? tryParseQuantity(cReq[name]) : undefined;
    const lim = cLim[name] !== undefined ? tryParseQuantity(cLim[name]) : undefined;
    if (req && lim && req.cmp(lim) !== 0) state.guaranteed = false;
  }
}
