// The EndpointSlice controller (pkg/controller/endpointslice, v1.34, with
// staging/src/k8s.io/endpointslice reconciler): for every Service with a
// selector, IPv4 EndpointSlices named `<service>-<5 chars>`, labelled
// `kubernetes.io/service-name` and `endpointslice.kubernetes.io/managed-by`,
// one endpoint per selected pod with ready/serving/terminating conditions.
// Terminating pods stay listed (ready false, terminating true). At most 100
// endpoints per slice; an empty Service keeps one placeholder slice.
import { isStatusError } from "../../apiserver/errors";
import type { GroupVersionResource, KubeObject } from "../../apiserver/types";
import { formatRFC3339 } from "../../clock/rfc3339";
import type { ComponentContext } from "../framework/component";
import { objectKey, splitKey } from "../framework/key-queue";
import { QueuedController } from "../framework/queued-controller";
import { canonical, headlessServiceLabel, lastChangeTriggerTimeAnnotation, podsGVR, selectedPods, servicesGVR } from "../endpoints/controller";
import { canonicalEqual } from "../framework/canonical-equal";
import { findPort, isPodReady, podIP, podTargetRef, serviceSpec, shouldPodBeInEndpoints, shouldSetHostname } from "../endpoints/pod-endpoint";
import { portHash } from "../endpoints/repack";
import { NamespacesHolding } from "../endpoints/namespaces-holding";
import { TriggerTimeTracker } from "../endpoints/trigger-time";
import { controllerRefTo } from "../job/pods";

export const endpointSlicesGVR: GroupVersionResource = { group: "discovery.k8s.io", version: "v1", resource: "endpointslices" };
export const serviceNameLabel = "kubernetes.io/service-name";
export const managedByLabel = "endpointslice.kubernetes.io/managed-by";
export const controllerName = "endpointslice-controller.k8s.io";
/** --max-endpoints-per-slice default. */
const maxEndpointsPerSlice = 100;

type Json = Record<string, unknown>;

/** `a.localeCompare(b, "en", { numeric: true })`, with the collator made once instead of per comparison. */
const addressOrder = new Intl.Collator("en", { numeric: true });

interface SlicePort {
  name: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}

/** podToEndpoint */
function podEndpoint(svc: KubeObject, pod: KubeObject): Json {
  const serving = isPodReady(pod);
  const terminating = !!pod.metadata.deletionTimestamp;
  // Never ready while terminating, unless publishNotReadyAddresses.
  const ready = serviceSpec(svc).publishNotReadyAddresses === true || (serving && !terminating);
  const ep: Json = { addresses: [podIP(pod)], conditions: { ready, serving, terminating } };
  if (shouldSetHostname(pod, svc)) ep.hostname = (pod.spec as { hostname: string }).hostname;
  ep.targetRef = podTargetRef(pod);
  const nodeName = (pod.spec as { nodeName?: string } | undefined)?.nodeName;
  if (nodeName) ep.nodeName = nodeName;
  return ep;
}

/** getEndpointPorts: the Service's ports resolved for this pod; unnamed ports are named "". */
function podPorts(svc: KubeObject, pod: KubeObject): SlicePort[] {
  const ports: SlicePort[] = [];
  for (const sp of serviceSpec(svc).ports ?? []) {
    const port = findPort(pod, sp);
    if (port === undefined) continue;
    const p: SlicePort = { name: sp.name ?? "", port, protocol: sp.protocol ?? "TCP" };
    if (sp.appProtocol) p.appProtocol = sp.appProtocol;
    ports.push(p);
  }
  // NewPortMapKey sorts ports by a hash of their spew text, which for these pointer fields includes
  // addresses (an arbitrary order upstream); we use the Endpoints order, which kube-dns shows too.
  const hash = (p: SlicePort) => portHash(p);
  return ports.sort((a, b) => (hash(a) < hash(b) ? -1 : hash(a) > hash(b) ? 1 : 0));
}

export class EndpointSliceController extends QueuedController {
  readonly name = "endpointslice-controller";
  private readonly triggers = new TriggerTimeTracker();

  protected watch(ctx: ComponentContext): () => void {
    const enqueue = (o: KubeObject) => this.queue.add(objectKey(o.metadata.namespace, o.metadata.name));
    // Namespaces with a Service that has a selector: only there can a pod event enqueue one.
    const selectingServices = new NamespacesHolding((svc) => !!serviceSpec(svc).selector);
    const stops = [
      ctx.api.watch(servicesGVR, {}, (e) => {
        selectingServices.apply(e);
        enqueue(e.object);
      }),
      ctx.api.watch(endpointSlicesGVR, { labelSelector: `${managedByLabel}=${controllerName}` }, (e) => {
        const svc = e.object.metadata.labels?.[serviceNameLabel];
        if (svc) this.queue.add(objectKey(e.object.metadata.namespace, svc));
      }),
      ctx.api.watch(podsGVR, {}, (e) => {
        if (!selectingServices.has(e.object.metadata.namespace)) return;
        for (const svc of ctx.api.list(servicesGVR, { namespace: e.object.metadata.namespace, readOnly: true }).items) {
          const sel = serviceSpec(svc).selector;
          if (sel && Object.entries(sel).every(([k, v]) => e.object.metadata.labels?.[k] === v)) enqueue(svc);
        }
      }),
    ];
    for (const svc of ctx.api.list(servicesGVR, { readOnly: true }).items) {
      selectingServices.apply({ type: "ADDED", object: svc });
      enqueue(svc);
    }
    return () => stops.forEach((s) => s());
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    let svc: KubeObject | undefined;
    try {
      svc = this.ctx.api.get(servicesGVR, namespace, name, { readOnly: true }); // only read
    } catch (e) {
      if (!(isStatusError(e) && e.reason === "NotFound")) throw e;
    }
    // The selector `service-name=<name>,managed-by=<controller>`, applied here to the read-only list (no selector to parse, no copies).
    const existing = this.ctx.api
      .list(endpointSlicesGVR, { namespace, readOnly: true })
      .items.filter((s) => s.metadata.labels?.[serviceNameLabel] === name && s.metadata.labels?.[managedByLabel] === controllerName && !s.metadata.deletionTimestamp);
    if (!svc) {
      // The garbage collector removes them through their owner reference; nothing else to do.
      this.triggers.forget(key);
      return;
    }
    const spec = serviceSpec(svc);
    if (spec.type === "ExternalName" || !spec.selector) return;
    const pods = selectedPods(this.ctx.api, svc);
    const trigger = this.triggers.compute(key, svc, pods);

    // Desired endpoints grouped by their port list.
    const groups = new Map<string, { ports: SlicePort[]; endpoints: Json[] }>();
    for (const pod of pods) {
      if (!shouldPodBeInEndpoints(pod, true)) continue;
      const ports = podPorts(svc, pod);
      const k = canonical(ports);
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { ports, endpoints: [] }));
      g.endpoints.push(podEndpoint(svc, pod));
    }
    const desired: { ports: SlicePort[] | null; endpoints: Json[] | null }[] = [];
    for (const g of groups.values()) {
      g.endpoints.sort((a, b) => addressOrder.compare(String((a.addresses as string[])[0]), String((b.addresses as string[])[0])));
      for (let i = 0; i < g.endpoints.length; i += maxEndpointsPerSlice) desired.push({ ports: g.ports, endpoints: g.endpoints.slice(i, i + maxEndpointsPerSlice) });
    }
    // No endpoints at all: one placeholder slice without ports.
    if (desired.length === 0) desired.push({ ports: null, endpoints: null });

    const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}), [serviceNameLabel]: name, [managedByLabel]: controllerName };
    if (spec.clusterIP === "None") labels[headlessServiceLabel] = "";
    const unused = [...existing];
    for (const d of desired) {
      // Reuse a slice with the same ports (or any left over) before creating one.
      let i = unused.findIndex((s) => canonicalEqual(s.ports ?? null, d.ports));
      if (i < 0 && unused.length) i = 0;
      const current = i >= 0 ? unused.splice(i, 1)[0] : undefined;
      this.writeSlice(svc, current, d, labels, trigger);
    }
    for (const s of unused) {
      try {
        this.ctx.api.delete(endpointSlicesGVR, namespace, s.metadata.name ?? "");
      } catch {
        // already gone
      }
    }
  }

  private writeSlice(svc: KubeObject, current: KubeObject | undefined, d: { ports: SlicePort[] | null; endpoints: Json[] | null }, labels: Record<string, string>, trigger: number | undefined): void {
    if (
      current &&
      canonicalEqual(current.endpoints ?? null, d.endpoints) &&
      canonicalEqual(current.ports ?? null, d.ports) &&
      canonicalEqual(current.metadata.labels ?? {}, labels)
    )
      return;
    // Only its top level and metadata are changed below (each replaced, not edited in place): those are copied.
    const next: KubeObject = current
      ? { ...current, metadata: { ...current.metadata } }
      : {
          apiVersion: "discovery.k8s.io/v1",
          kind: "EndpointSlice",
          metadata: { generateName: `${svc.metadata.name}-`, namespace: svc.metadata.namespace, ownerReferences: [controllerRefTo(svc)] },
          addressType: "IPv4",
        };
    next.metadata.labels = labels;
    const annotations = { ...(next.metadata.annotations ?? {}) };
    if (trigger !== undefined) annotations[lastChangeTriggerTimeAnnotation] = formatRFC3339(trigger);
    else delete annotations[lastChangeTriggerTimeAnnotation];
    if (Object.keys(annotations).length) next.metadata.annotations = annotations;
    else delete next.metadata.annotations;
    next.endpoints = d.endpoints;
    next.ports = d.ports;
    try {
      if (current) this.ctx.api.update(next, { readOnlyResult: true });
      else this.ctx.api.create(next, { namespace: svc.metadata.namespace, readOnlyResult: true });
    } catch (e) {
      if (!isStatusError(e)) throw e;
      if (e.reason === "Conflict") this.queue.addAfter(objectKey(svc.metadata.namespace, svc.metadata.name), 1000);
    }
  }
}
