// The Endpoints controller (pkg/controller/endpoint/endpoints_controller.go,
// v1.34): for every Service with a selector, an Endpoints object of the same
// name listing the selected pods' IPs — Ready pods (or all, with
// publishNotReadyAddresses) as addresses, the others as notReadyAddresses —
// with the Service's ports resolved against each pod. Services without a
// selector, and ExternalName Services, are left alone.
import { isStatusError } from "../../apiserver/errors";
import type { GroupVersionResource, KubeObject } from "../../apiserver/types";
import { formatRFC3339 } from "../../clock/rfc3339";
import { canonicalJson } from "../framework/canonical-json";
import { canonicalEqual } from "../framework/canonical-equal";
import type { ComponentContext } from "../framework/component";
import { objectKey, splitKey } from "../framework/key-queue";
import { QueuedController } from "../framework/queued-controller";
import { NamespacesHolding } from "./namespaces-holding";
import { findPort, isPodReady, podIP, podTargetRef, serviceSpec, shouldPodBeInEndpoints, shouldSetHostname } from "./pod-endpoint";
import { repackSubsets, type EndpointAddress, type EndpointPort, type EndpointSubset } from "./repack";
import { TriggerTimeTracker } from "./trigger-time";

export const servicesGVR: GroupVersionResource = { group: "", version: "v1", resource: "services" };
export const endpointsGVR: GroupVersionResource = { group: "", version: "v1", resource: "endpoints" };
export const podsGVR: GroupVersionResource = { group: "", version: "v1", resource: "pods" };

export const lastChangeTriggerTimeAnnotation = "endpoints.kubernetes.io/last-change-trigger-time";
export const headlessServiceLabel = "service.kubernetes.io/headless";
const overCapacityAnnotation = "endpoints.kubernetes.io/over-capacity";
/** maxCapacity: Endpoints keep at most 1000 addresses. */
const maxCapacity = 1000;

/** Pods selected by a Service's selector map. */
export function selectedPods(api: ComponentContext["api"], svc: KubeObject): KubeObject[] {
  // The selector map as `k=v,...` equality terms, applied here instead of parsed by the API on every sync.
  const terms = Object.entries(serviceSpec(svc).selector ?? {});
  return api.list(podsGVR, { namespace: svc.metadata.namespace, readOnly: true }).items.filter((pod) => {
    const labels = pod.metadata.labels;
    for (const [k, v] of terms) if (labels?.[k] !== v) return false;
    return true;
  });
}

/** The subsets for a Service and its pods, before repacking. */
export function endpointSubsetsFor(svc: KubeObject, pods: KubeObject[]): EndpointSubset[] {
  const spec = serviceSpec(svc);
  const tolerateUnready = spec.publishNotReadyAddresses === true;
  const subsets: EndpointSubset[] = [];
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, tolerateUnready)) continue;
    const address: EndpointAddress = { ip: podIP(pod)! };
    if (shouldSetHostname(pod, svc)) address.hostname = (pod.spec as { hostname: string }).hostname;
    const nodeName = (pod.spec as { nodeName?: string } | undefined)?.nodeName;
    if (nodeName) address.nodeName = nodeName;
    address.targetRef = podTargetRef(pod);
    const ready = tolerateUnready || isPodReady(pod);
    const add = (ports: EndpointPort[]) => subsets.push(ready ? { addresses: [address], ports } : { notReadyAddresses: [address], ports });
    if (!spec.ports?.length) {
      // A headless Service may have no ports.
      if (spec.clusterIP === "None") add([]);
      continue;
    }
    for (const sp of spec.ports) {
      const port = findPort(pod, sp);
      if (port === undefined) continue;
      const ep: EndpointPort = { port, protocol: sp.protocol ?? "TCP" };
      if (sp.name) ep.name = sp.name;
      if (sp.appProtocol) ep.appProtocol = sp.appProtocol;
      add([ep]);
    }
  }
  return repackSubsets(subsets);
}

/** JSON with sorted keys, for comparing objects regardless of key order. */
export const canonical = canonicalJson;

function truncate(subsets: EndpointSubset[]): { subsets: EndpointSubset[]; truncated: boolean } {
  let total = 0;
  for (const s of subsets) total += (s.addresses?.length ?? 0) + (s.notReadyAddresses?.length ?? 0);
  if (total <= maxCapacity) return { subsets, truncated: false };
  let left = maxCapacity;
  const out = subsets.map((s) => {
    const addresses = (s.addresses ?? []).slice(0, left);
    left -= addresses.length;
    const notReady = (s.notReadyAddresses ?? []).slice(0, left);
    left -= notReady.length;
    const next: EndpointSubset = { ...s };
    if (addresses.length) next.addresses = addresses;
    else delete next.addresses;
    if (notReady.length) next.notReadyAddresses = notReady;
    else delete next.notReadyAddresses;
    return next;
  });
  return { subsets: out.filter((s) => s.addresses || s.notReadyAddresses), truncated: true };
}

export class EndpointsController extends QueuedController {
  readonly name = "endpoint-controller";
  private readonly triggers = new TriggerTimeTracker();
  /** Namespaces with a Service that has a selector: only there can a pod event enqueue one. */
  private selectingServices = new NamespacesHolding();

  protected watch(ctx: ComponentContext): () => void {
    const enqueue = (o: KubeObject) => this.queue.add(objectKey(o.metadata.namespace, o.metadata.name));
    this.selectingServices = new NamespacesHolding((svc) => !!serviceSpec(svc).selector);
    const stops = [
      ctx.api.watch(servicesGVR, {}, (e) => {
        this.selectingServices.apply(e);
        enqueue(e.object);
      }),
      ctx.api.watch(endpointsGVR, {}, (e) => {
        if (e.type === "DELETED") enqueue(e.object);
      }),
      ctx.api.watch(podsGVR, {}, (e) => this.enqueueServicesOf(e.object)),
    ];
    for (const svc of ctx.api.list(servicesGVR, { readOnly: true }).items) {
      this.selectingServices.apply({ type: "ADDED", object: svc });
      enqueue(svc);
    }
    return () => stops.forEach((s) => s());
  }

  // getPodServiceMemberships: every Service of the pod's namespace whose selector matches it.
  private enqueueServicesOf(pod: KubeObject): void {
    if (!this.selectingServices.has(pod.metadata.namespace)) return;
    for (const svc of this.ctx.api.list(servicesGVR, { namespace: pod.metadata.namespace, readOnly: true }).items) {
      const selector = serviceSpec(svc).selector;
      if (!selector) continue;
      if (Object.entries(selector).every(([k, v]) => pod.metadata.labels?.[k] === v)) this.queue.add(objectKey(svc.metadata.namespace, svc.metadata.name));
    }
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    let svc: KubeObject;
    try {
      svc = this.ctx.api.get(servicesGVR, namespace, name, { readOnly: true }); // only read
    } catch (e) {
      if (!(isStatusError(e) && e.reason === "NotFound")) throw e;
      // The Service is gone: so are its Endpoints.
      this.triggers.forget(key);
      try {
        this.ctx.api.delete(endpointsGVR, namespace, name);
      } catch {
        // already gone
      }
      return;
    }
    const spec = serviceSpec(svc);
    if (spec.type === "ExternalName" || !spec.selector) return;
    const pods = selectedPods(this.ctx.api, svc);
    const triggerTime = this.triggers.compute(key, svc, pods);
    const { subsets, truncated } = truncate(endpointSubsetsFor(svc, pods));

    let current: KubeObject | undefined;
    try {
      current = this.ctx.api.get(endpointsGVR, namespace, name, { readOnly: true }); // copied before it is changed
    } catch (e) {
      if (!(isStatusError(e) && e.reason === "NotFound")) throw e;
    }
    const labels = { ...(svc.metadata.labels ?? {}) };
    const compareLabels = { ...(current?.metadata.labels ?? {}) };
    delete compareLabels[headlessServiceLabel];
    const capacityOk = truncated
      ? current?.metadata.annotations?.[overCapacityAnnotation] === "truncated"
      : current?.metadata.annotations?.[overCapacityAnnotation] === undefined;
    if (
      current &&
      canonicalEqual(current.subsets ?? [], subsets) &&
      canonicalEqual(compareLabels, labels) &&
      capacityOk
    )
      return;

    // Only its top level and metadata are changed below (each replaced, not edited in place): those are copied.
    const next: KubeObject = current
      ? { ...current, metadata: { ...current.metadata } }
      : { apiVersion: "v1", kind: "Endpoints", metadata: { name, namespace } };
    if (subsets.length) next.subsets = subsets;
    else delete next.subsets;
    const annotations = { ...(next.metadata.annotations ?? {}) };
    if (triggerTime !== undefined) annotations[lastChangeTriggerTimeAnnotation] = formatRFC3339(triggerTime);
    else delete annotations[lastChangeTriggerTimeAnnotation];
    if (truncated) annotations[overCapacityAnnotation] = "truncated";
    else delete annotations[overCapacityAnnotation];
    if (Object.keys(annotations).length) next.metadata.annotations = annotations;
    else delete next.metadata.annotations;
    if (spec.clusterIP === "None") labels[headlessServiceLabel] = "";
    if (Object.keys(labels).length) next.metadata.labels = labels;
    else delete next.metadata.labels;
    try {
      if (current) this.ctx.api.update(next, { readOnlyResult: true });
      else this.ctx.api.create(next, { namespace, readOnlyResult: true });
    } catch (e) {
      if (!isStatusError(e)) throw e;
      // Namespace terminating or a conflict: the next event resyncs.
      if (e.reason === "Conflict" || e.reason === "AlreadyExists") this.queue.addAfter(key, 1000);
    }
  }
}
