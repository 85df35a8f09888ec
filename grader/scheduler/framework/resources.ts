// Resource arithmetic as the scheduler does it: CPU in millicores, everything
// else in whole units (Quantity.Value(), rounded up). Requests of a pod follow
// k8s.io/component-helpers/resource PodRequests: the sum of the containers,
// the largest init container step (native sidecars add up and stay), pod-level
// requests when set, plus the pod overhead.
import { tryParseQuantity } from "../../apiserver/quantity";
import type { Container, Pod, ResourceList } from "./api-types";

export type Resources = Map<string, number>;

export const resourceCPU = "cpu";
export const resourceMemory = "memory";
export const resourcePods = "pods";
export const resourceEphemeralStorage = "ephemeral-storage";

/** schedutil.DefaultMilliCPURequest: what a container without a CPU request counts as when scoring. */
export const defaultMilliCPURequest = 100;
/** schedutil.DefaultMemoryRequest: 200 MiB. */
export const defaultMemoryRequest = 200 * 1024 * 1024;

const quantityCache = new Map<string, number>();

/** The scheduler's integer for a quantity of `resource` (millicores for cpu). */
export function quantityValue(resource: string, raw: string | number): number {
  const key = `${resource === resourceCPU ? "m" : "v"}${raw}`;
  const cached = quantityCache.get(key);
  if (cached !== undefined) return cached;
  const q = tryParseQuantity(raw);
  const value = q ? Number(resource === resourceCPU ? q.milliValue() : q.value()) : 0;
  quantityCache.set(key, value);
  return value;
}

export function resourcesFromList(list: ResourceList | undefined): Resources {
  const out: Resources = new Map();
  if (!list) return out;
  for (const [name, raw] of Object.entries(list)) out.set(name, quantityValue(name, raw));
  return out;
}

function addInto(into: Resources, add: Resources): void {
  for (const [k, v] of add) into.set(k, (into.get(k) ?? 0) + v);
}

function maxInto(into: Resources, other: Resources): void {
  for (const [k, v] of other) if (v > (into.get(k) ?? 0)) into.set(k, v);
}

function containerRequests(c: Container, nonMissing: Resources | undefined): Resources {
  const reqs = resourcesFromList(c.resources?.requests);
  if (nonMissing) for (const [k, v] of nonMissing) if (!reqs.has(k)) reqs.set(k, v);
  return reqs;
}

/**
 * PodRequests. With `nonMissing`, a container missing a request for one of its
 * resources counts as requesting the given default (the scheduler's non-zero
 * requests used for scoring).
 */
export function podRequests(pod: Pod, nonMissing?: Resources): Resources {
  const spec = pod.spec ?? {};
  const reqs: Resources = new Map();
  for (const c of spec.containers ?? []) addInto(reqs, containerRequests(c, nonMissing));

  const sidecars: Resources = new Map();
  const initPeak: Resources = new Map();
  for (const c of spec.initContainers ?? []) {
    const own = containerRequests(c, nonMissing);
    let step: Resources;
    if (c.restartPolicy === "Always") {
      // A native sidecar keeps running beside the app containers.
      addInto(reqs, own);
      addInto(sidecars, own);
      step = sidecars;
    } else {
      step = new Map(own);
      addInto(step, sidecars);
    }
    maxInto(initPeak, step);
  }
  maxInto(reqs, initPeak);

  // Pod-level requests (PodLevelResources, beta and on in v1.34) replace the aggregate for cpu/memory.
  const podLevel = resourcesFromList(spec.resources?.requests);
  for (const name of [resourceCPU, resourceMemory]) {
    const v = podLevel.get(name);
    if (v !== undefined) reqs.set(name, v);
  }
  if (spec.overhead) addInto(reqs, resourcesFromList(spec.overhead));
  return reqs;
}

/** The requests the scheduler scores with: defaults fill in missing cpu/memory (framework.PodInfo.CalculateResource). */
export function podNonZeroRequests(pod: Pod): { milliCPU: number; memory: number } {
  const podLevel = resourcesFromList(pod.spec?.resources?.requests);
  const nonMissing: Resources = new Map();
  if (podLevel.size === 0 || !podLevel.has(resourceCPU)) nonMissing.set(resourceCPU, defaultMilliCPURequest);
  if (podLevel.size === 0 || !podLevel.has(resourceMemory)) nonMissing.set(resourceMemory, defaultMemoryRequest);
  const r = nonMissing.size ? podRequests(pod, nonMissing) : podRequests(pod);
  return { milliCPU: r.get(resourceCPU) ?? 0, memory: r.get(resourceMemory) ?? 0 };
}
