// ResourceList arithmetic (quota/v1/resources.go) and a pod's effective requests
// and limits (k8s.io/component-helpers/resource: PodRequests/PodLimits), shared by
// LimitRanger, ResourceQuota and the quota controller.
import { parseQuantity, type Quantity } from "../quantity";

export type ResourceList = Map<string, Quantity>;

/** A JSON ResourceList (`{cpu: "100m"}`) as quantities; unparsable values are skipped (validation reports them). */
export function toResourceList(json: Record<string, unknown> | undefined): ResourceList {
  const out: ResourceList = new Map();
  for (const [k, v] of Object.entries(json ?? {})) {
    if (typeof v !== "string" && typeof v !== "number") continue;
    try {
      out.set(k, parseQuantity(v));
    } catch {
      // left to validation
    }
  }
  return out;
}

export function toJsonResourceList(list: ResourceList): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of [...list.keys()].sort()) out[k] = list.get(k)!.toString();
  return out;
}

export function addResourceLists(a: ResourceList, b: ResourceList): ResourceList {
  const out: ResourceList = new Map(a);
  for (const [k, v] of b) out.set(k, out.has(k) ? out.get(k)!.add(v) : v);
  return out;
}

/** Adds `b` into `into` in place (addResourceList). */
function addInto(into: ResourceList, b: ResourceList): void {
  for (const [k, v] of b) into.set(k, into.has(k) ? into.get(k)!.add(v) : v);
}

/** Raises each entry of `into` to `b`'s where larger (maxResourceList). */
function maxInto(into: ResourceList, b: ResourceList): void {
  for (const [k, v] of b) if (!into.has(k) || v.cmp(into.get(k)!) > 0) into.set(k, v);
}

/** quota.Mask: only the named resources. */
export function maskResourceList(list: ResourceList, names: Iterable<string>): ResourceList {
  const out: ResourceList = new Map();
  for (const n of names) if (list.has(n)) out.set(n, list.get(n)!);
  return out;
}

/** prettyPrint in resourcequota/controller.go: `a=1,b=2`, sorted by name. */
export function prettyPrintResourceList(list: ResourceList): string {
  return [...list.keys()]
    .sort()
    .map((k) => `${k}=${list.get(k)!.toString()}`)
    .join(",");
}

interface ContainerLike {
  resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
  restartPolicy?: string;
}
export interface PodSpecLike {
  containers?: ContainerLike[];
  initContainers?: ContainerLike[];
  overhead?: Record<string, unknown>;
}

// Regular containers add up; restartable (sidecar) init containers add up too; a
// plain init container runs alone (with the sidecars started before it), so the
// pod needs the max of that and the sum.
function podResources(spec: PodSpecLike, pick: "requests" | "limits", withOverhead: boolean): ResourceList {
  const sum: ResourceList = new Map();
  for (const c of spec.containers ?? []) addInto(sum, toResourceList(c.resources?.[pick]));
  const sidecars: ResourceList = new Map();
  const initMax: ResourceList = new Map();
  for (const c of spec.initContainers ?? []) {
    const own = toResourceList(c.resources?.[pick]);
    if (c.restartPolicy === "Always") {
      addInto(sum, own);
      addInto(sidecars, own);
      maxInto(initMax, sidecars);
    } else {
      const tmp: ResourceList = new Map(own);
      addInto(tmp, sidecars);
      maxInto(initMax, tmp);
    }
  }
  maxInto(sum, initMax);
  if (withOverhead && spec.overhead) {
    const overhead = toResourceList(spec.overhead);
    // Requests always carry the overhead; limits only where the pod has a limit.
    if (pick === "requests") addInto(sum, overhead);
    else for (const [k, v] of overhead) if (sum.has(k)) sum.set(k, sum.get(k)!.add(v));
  }
  return sum;
}

export function podRequests(spec: PodSpecLike, withOverhead = true): ResourceList {
  return podResources(spec, "requests", withOverhead);
}

export function podLimits(spec: PodSpecLike, withOverhead = true): ResourceList {
  return podResources(spec, "limits", withOverhead);
}
