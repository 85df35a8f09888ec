// LimitRanger (plugin/pkg/admission/limitranger/admission.go). Mutating: a new
// pod's containers get the default requests/limits of the namespace's
// LimitRanges of type Container, recorded in the kubernetes.io/limit-ranger
// annotation. Validating: min, max and maxLimitRequestRatio per Container, per
// Pod, and min/max storage requests per PersistentVolumeClaim.
import { aggregateText } from "../../errors";
import { newQuantity, parseQuantity, type Quantity } from "../../quantity";
import { admissionForbidden } from "../forbidden";
import { limitRangesGVR } from "../gvr";
import type { AdmissionAttributes, MutatingAdmissionPlugin, ValidatingAdmissionPlugin } from "../interface";
import { podLimits, podRequests, toResourceList, type PodSpecLike, type ResourceList } from "../resource-list";
import type { ClusterApi } from "../../api-interface";

export const limitRangerAnnotation = "kubernetes.io/limit-ranger";

interface LimitRangeItem {
  type: string;
  max?: Record<string, unknown>;
  min?: Record<string, unknown>;
  default?: Record<string, unknown>;
  defaultRequest?: Record<string, unknown>;
  maxLimitRequestRatio?: Record<string, unknown>;
}
interface Container {
  name: string;
  resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
}

function limitItems(api: ClusterApi, namespace: string): LimitRangeItem[][] {
  return api
    .list(limitRangesGVR, { namespace, readOnly: true })
    .items.map((lr) => ((lr.spec as { limits?: LimitRangeItem[] } | undefined)?.limits ?? []));
}

// SupportsAttributes: pods on create, PVCs on create and update, never subresources.
function supports(attrs: AdmissionAttributes): boolean {
  if (attrs.subresource !== "" || attrs.resource.group !== "") return false;
  if (attrs.operation !== "CREATE" && attrs.operation !== "UPDATE") return false;
  if (attrs.resource.kind === "Pod") return attrs.operation === "CREATE";
  return attrs.resource.kind === "PersistentVolumeClaim";
}

// Objects already being deleted are left alone.
function isBeingDeleted(attrs: AdmissionAttributes): boolean {
  return Boolean(attrs.oldObject?.metadata.deletionTimestamp);
}

// A quantity as a decoded object re-serialises it (String()).
function canonical(list: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(list ?? {})) {
    try {
      out[k] = parseQuantity(v as string | number).toString();
    } catch {
      out[k] = v;
    }
  }
  return out;
}

/** defaultContainerResourceRequirements: later Container items override earlier ones. */
function defaultRequirements(items: LimitRangeItem[]): { requests: Record<string, unknown>; limits: Record<string, unknown> } {
  const requests: Record<string, unknown> = {};
  const limits: Record<string, unknown> = {};
  for (const item of items) {
    if (item.type !== "Container") continue;
    Object.assign(requests, canonical(item.defaultRequest));
    Object.assign(limits, canonical(item.default));
  }
  return { requests, limits };
}

// mergeContainerResources: fills what the container leaves unset; returns the annotation parts.
function mergeContainerResources(c: Container, defaults: ReturnType<typeof defaultRequirements>, prefix: string): string[] {
  const setLimits: string[] = [];
  const setRequests: string[] = [];
  const limits = { ...(c.resources?.limits ?? {}) };
  const requests = { ...(c.resources?.requests ?? {}) };
  for (const [k, v] of Object.entries(defaults.limits)) {
    if (!(k in limits)) {
      limits[k] = v;
      setLimits.push(k);
    }
  }
  for (const [k, v] of Object.entries(defaults.requests)) {
    if (!(k in requests)) {
      requests[k] = v;
      setRequests.push(k);
    }
  }
  if (setLimits.length || setRequests.length) {
    c.resources = { ...(c.resources ?? {}) };
    if (Object.keys(limits).length) c.resources.limits = limits;
    if (Object.keys(requests).length) c.resources.requests = requests;
  }
  const parts: string[] = [];
  if (setRequests.length) parts.push(`${setRequests.sort().join(", ")} request for ${prefix} ${c.name}`);
  if (setLimits.length) parts.push(`${setLimits.sort().join(", ")} limit for ${prefix} ${c.name}`);
  return parts;
}

function mutatePod(attrs: AdmissionAttributes, items: LimitRangeItem[]): void {
  const pod = attrs.object!;
  const spec = pod.spec as { containers?: Container[]; initContainers?: Container[] } | undefined;
  if (!spec) return;
  const defaults = defaultRequirements(items);
  const annotations: string[] = [];
  for (const c of spec.containers ?? []) annotations.push(...mergeContainerResources(c, defaults, "container"));
  for (const c of spec.initContainers ?? []) annotations.push(...mergeContainerResources(c, defaults, "init container"));
  if (annotations.length) {
    pod.metadata.annotations = { ...(pod.metadata.annotations ?? {}), [limitRangerAnnotation]: `LimitRanger plugin set: ${annotations.join("; ")}` };
  }
}

// ---------------------------------------------------------------------------
// Constraints, with upstream's messages (minConstraint, maxConstraint, ...).

const maxMilliValue = (1n << 63n) / 1000n;
const zero = newQuantity(0);

// requestLimitEnforcedValues: compare in milli-units unless that would overflow int64.
function comparable(req: Quantity | undefined, lim: Quantity | undefined, enforced: Quantity): [bigint, bigint, bigint] {
  const r = req ?? zero;
  const l = lim ?? zero;
  if (r.value() <= maxMilliValue && l.value() <= maxMilliValue && enforced.value() <= maxMilliValue) {
    return [r.milliValue(), l.milliValue(), enforced.milliValue()];
  }
  return [r.value(), l.value(), enforced.value()];
}

function minConstraint(type: string, name: string, enforced: Quantity, requests: ResourceList, limits: ResourceList): string | undefined {
  const req = requests.get(name);
  const lim = limits.get(name);
  const [r, l, e] = comparable(req, lim, enforced);
  if (!req) return `minimum ${name} usage per ${type} is ${enforced}.  No request is specified`;
  if (r < e) return `minimum ${name} usage per ${type} is ${enforced}, but request is ${req}`;
  if (lim && l < e) return `minimum ${name} usage per ${type} is ${enforced}, but limit is ${lim}`;
  return undefined;
}

function maxRequestConstraint(type: string, name: string, enforced: Quantity, requests: ResourceList): string | undefined {
  const req = requests.get(name);
  const [r, , e] = comparable(req, undefined, enforced);
  if (!req) return `maximum ${name} usage per ${type} is ${enforced}.  No request is specified`;
  if (r > e) return `maximum ${name} usage per ${type} is ${enforced}, but request is ${req}`;
  return undefined;
}

function maxConstraint(type: string, name: string, enforced: Quantity, requests: ResourceList, limits: ResourceList): string | undefined {
  const req = requests.get(name);
  const lim = limits.get(name);
  const [r, l, e] = comparable(req, lim, enforced);
  if (!lim) return `maximum ${name} usage per ${type} is ${enforced}.  No limit is specified`;
  if (l > e) return `maximum ${name} usage per ${type} is ${enforced}, but limit is ${lim}`;
  if (req && r > e) return `maximum ${name} usage per ${type} is ${enforced}, but request is ${req}`;
  return undefined;
}

/** Go's %f: six decimals. */
const goFloat = (x: number): string => x.toFixed(6);

function limitRequestRatioConstraint(type: string, name: string, enforced: Quantity, requests: ResourceList, limits: ResourceList): string | undefined {
  const req = requests.get(name);
  const lim = limits.get(name);
  const [r, l] = comparable(req, lim, enforced);
  if (!req || r === 0n) return `${name} max limit to request ratio per ${type} is ${enforced}, but no request is specified or request is 0`;
  if (!lim || l === 0n) return `${name} max limit to request ratio per ${type} is ${enforced}, but no limit is specified or limit is 0`;
  const displayed = Number(l) / Number(r);
  let observed = displayed;
  let max = Number(enforced.value());
  if (enforced.value() <= maxMilliValue) {
    observed = observed * 1000;
    max = Number(enforced.milliValue());
  }
  if (observed > max) return `${name} max limit to request ratio per ${type} is ${enforced}, but provided ratio is ${goFloat(displayed)}`;
  return undefined;
}

// Go ranges over these maps in random order; we take the resource names sorted.
const sortedEntries = (m: Record<string, unknown> | undefined) =>
  Object.keys(m ?? {})
    .sort()
    .flatMap((k) => {
      try {
        return [[k, parseQuantity((m as Record<string, string | number>)[k])] as const];
      } catch {
        return [];
      }
    });

function checkAll(item: LimitRangeItem, requests: ResourceList, limits: ResourceList): string[] {
  const errs: (string | undefined)[] = [];
  for (const [k, v] of sortedEntries(item.min)) errs.push(minConstraint(item.type, k, v, requests, limits));
  for (const [k, v] of sortedEntries(item.max)) errs.push(maxConstraint(item.type, k, v, requests, limits));
  for (const [k, v] of sortedEntries(item.maxLimitRequestRatio)) errs.push(limitRequestRatioConstraint(item.type, k, v, requests, limits));
  return errs.filter((e): e is string => e !== undefined);
}

function validatePod(spec: PodSpecLike & { containers?: Container[]; initContainers?: Container[] }, items: LimitRangeItem[]): string[] {
  const errs: string[] = [];
  for (const item of items) {
    if (item.type === "Container") {
      for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
        errs.push(...checkAll(item, toResourceList(c.resources?.requests), toResourceList(c.resources?.limits)));
      }
    }
    if (item.type === "Pod") errs.push(...checkAll(item, podRequests(spec, false), podLimits(spec, false)));
  }
  return errs;
}

function validatePvc(spec: { resources?: { requests?: Record<string, unknown> } }, items: LimitRangeItem[]): string[] {
  const errs: (string | undefined)[] = [];
  const requests = toResourceList(spec.resources?.requests);
  for (const item of items) {
    if (item.type !== "PersistentVolumeClaim") continue;
    for (const [k, v] of sortedEntries(item.min)) errs.push(minConstraint(item.type, k, v, requests, new Map()));
    for (const [k, v] of sortedEntries(item.max)) errs.push(maxRequestConstraint(item.type, k, v, requests));
  }
  return errs.filter((e): e is string => e !== undefined);
}

export const limitRangerMutatingPlugin = {
  name: "LimitRanger",
  handles: supports,
  admit(attrs, api) {
    if (isBeingDeleted(attrs) || attrs.resource.kind !== "Pod" || !attrs.object) return;
    for (const items of limitItems(api, attrs.namespace)) mutatePod(attrs, items);
  },
} satisfies MutatingAdmissionPlugin;

export const limitRangerValidatingPlugin = {
  name: "LimitRanger",
  handles: supports,
  validate(attrs, api) {
    if (isBeingDeleted(attrs) || !attrs.object) return;
    const spec = (attrs.object.spec ?? {}) as PodSpecLike & { resources?: { requests?: Record<string, unknown> } };
    for (const items of limitItems(api, attrs.namespace)) {
      const errs = attrs.resource.kind === "Pod" ? validatePod(spec as Parameters<typeof validatePod>[0], items) : validatePvc(spec, items);
      // utilerrors.NewAggregate: one message alone, several as [a, b].
      if (errs.length) throw admissionForbidden(attrs, aggregateText(errs));
    }
  },
} satisfies ValidatingAdmissionPlugin;
