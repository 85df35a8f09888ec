// The scheduler as a client of the API (pkg/scheduler/schedule_one.go's
// scheduleOne/handleSchedulingFailure/bind), coded against ClusterApi only:
// it reads a snapshot, runs the framework, then either binds the pod
// (pods/binding) with a `Scheduled` event, or records PodScheduled=False and a
// `FailedScheduling` Warning event. Events are core/v1 views of what the
// events.k8s.io recorder writes: reportingComponent default-scheduler,
// reportingInstance default-scheduler-<host>, action Scheduling/Binding, eventTime.
import type { ClusterApi } from "../apiserver/api-interface";
import { isNotFound } from "../apiserver/errors";
import type { GroupVersionResource, KubeObject } from "../apiserver/types";
import { formatRFC3339 } from "../clock/rfc3339";
import { newDefaultFramework } from "./default-framework";
import type { PersistentVolumeClaim, Pod } from "./framework/api-types";
import type { Framework } from "./framework/framework";
import { schedulePod, type ScheduleOptions, type ScheduleResult, type SchedulerProgress } from "./framework/schedule-one";
import { BoundPods } from "./framework/bound-pods";
import { ClusterSnapshot } from "./framework/snapshot";
import { podPriority } from "./plugins/defaultpreemption/default-preemption";
import { delayedClaimDecisions } from "./plugins/volumebinding/volume-binding";
import type { PluginArgs } from "./registry";

export const defaultSchedulerName = "default-scheduler";
/** v1.PodReasonUnschedulable and v1.PodReasonSchedulerError. */
export const podReasonUnschedulable = "Unschedulable";
export const podReasonSchedulerError = "SchedulerError";
/** volume.kubernetes.io/selected-node: tells the provisioner where a WaitForFirstConsumer claim's pod went. */
export const annSelectedNode = "volume.kubernetes.io/selected-node";

const gvr = {
  nodes: { group: "", version: "v1", resource: "nodes" },
  pods: { group: "", version: "v1", resource: "pods" },
  pvcs: { group: "", version: "v1", resource: "persistentvolumeclaims" },
  pvs: { group: "", version: "v1", resource: "persistentvolumes" },
  storageClasses: { group: "storage.k8s.io", version: "v1", resource: "storageclasses" },
  namespaces: { group: "", version: "v1", resource: "namespaces" },
  events: { group: "", version: "v1", resource: "events" },
} satisfies Record<string, GroupVersionResource>;

export interface KubeSchedulerOptions extends ScheduleOptions {
  /** Virtual time in ms since the epoch (never the wall clock). */
  now: () => number;
  /** The scheduler's host, for reportingInstance ("default-scheduler-<host>"). */
  hostname?: string;
  pluginArgs?: PluginArgs;
}

export type ScheduleOutcome = ScheduleResult & { pod: string };

/** "Successfully assigned %v/%v to %v" (schedule_one.go). */
export function scheduledMessage(namespace: string, name: string, node: string): string {
  return `Successfully assigned ${namespace}/${name} to ${node}`;
}

/** metav1.MicroTime as JSON: RFC 3339 with six fractional digits. */
export function formatMicroTime(ms: number): string {
  const base = formatRFC3339(Math.floor(ms / 1000) * 1000);
  const micros = String(Math.round((ms % 1000) * 1000)).padStart(6, "0");
  return base.replace(/Z$/, `.${micros}Z`);
}

function list(api: ClusterApi, g: GroupVersionResource): KubeObject[] {
  try {
    return api.list(g, { readOnly: true }).items;
  } catch (e) {
    if (isNotFound(e)) return [];
    throw e;
  }
}

/** The scheduling queue's order (PrioritySort): higher priority first, then older; then name, for determinism. */
export function queueOrder(a: Pod, b: Pod): number {
  const p = podPriority(b) - podPriority(a);
  if (p !== 0) return p;
  const ta = a.metadata.creationTimestamp ?? "";
  const tb = b.metadata.creationTimestamp ?? "";
  if (ta !== tb) return ta < tb ? -1 : 1;
  const ka = `${a.metadata.namespace}/${a.metadata.name}`;
  const kb = `${b.metadata.namespace}/${b.metadata.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Whether this scheduler would pick the pod up: ours, unbound, alive, not gated. */
export function isPendingForScheduler(pod: Pod, schedulerName = defaultSchedulerName): boolean {
  const spec = pod.spec ?? {};
  if (spec.nodeName || pod.metadata.deletionTimestamp) return false;
  if ((spec.schedulerName ?? defaultSchedulerName) !== schedulerName) return false;
  if ((spec.schedulingGates ?? []).length > 0) return false;
  const phase = pod.status?.phase;
  return phase !== "Succeeded" && phase !== "Failed";
}

export class KubeScheduler {
  private readonly framework: Framework;
  private readonly progress: SchedulerProgress = { nextStartNodeIndex: 0 };
  private eventSeq = 0;
  private readonly eventSeries = new Map<string, KubeObject>();
  private boundPods: BoundPods | undefined;

  constructor(
    private readonly api: ClusterApi,
    private readonly options: KubeSchedulerOptions,
  ) {
    this.framework = newDefaultFramework(options.pluginArgs);
  }

  /**
   * Keeps the bound pods from the pod watch from now on, so snapshots do not
   * list every pod; the returned function stops the watch.
   */
  trackPods(): () => void {
    const bound = new BoundPods();
    const stop = this.api.watch(gvr.pods, {}, (e) => bound.apply(e));
    for (const pod of list(this.api, gvr.pods)) bound.apply({ type: "ADDED", object: pod });
    this.boundPods = bound;
    return () => {
      stop();
      this.boundPods = undefined;
    };
  }

  /** Reads the cluster as the scheduler cache would hold it now. */
  snapshot(): ClusterSnapshot {
    return new ClusterSnapshot({
      nodes: list(this.api, gvr.nodes),
      ...(this.boundPods ? { boundPods: this.boundPods } : { pods: list(this.api, gvr.pods) }),
      persistentVolumeClaims: list(this.api, gvr.pvcs),
      persistentVolumes: list(this.api, gvr.pvs),
      storageClasses: list(this.api, gvr.storageClasses),
      namespaces: list(this.api, gvr.namespaces),
    });
  }

  /** Schedules every pending pod once, in queue order, against one snapshot kept current as pods are bound. */
  schedulePending(): ScheduleOutcome[] {
    return this.schedulePods((list(this.api, gvr.pods) as Pod[]).filter((p) => isPendingForScheduler(p)));
  }

  /** Schedules the given pods (those still pending), in queue order, against one snapshot. */
  schedulePods(pods: Pod[]): ScheduleOutcome[] {
    const pending = pods.filter((p) => isPendingForScheduler(p)).sort(queueOrder);
    if (pending.length === 0) return [];
    const snapshot = this.snapshot();
    return pending.map((pod) => this.scheduleWith(snapshot, pod));
  }

  /** One attempt for one pod (re-read from the API). */
  scheduleOne(namespace: string, name: string): ScheduleOutcome {
    const pod = this.api.get(gvr.pods, namespace, name) as Pod;
    return this.scheduleWith(this.snapshot(), pod);
  }

  private scheduleWith(snapshot: ClusterSnapshot, pod: Pod): ScheduleOutcome {
    const key = `${pod.metadata.namespace ?? "default"}/${pod.metadata.name ?? ""}`;
    const result = schedulePod(this.framework, snapshot, pod, this.progress, this.options);
    if (result.kind === "Scheduled") {
      this.bind(snapshot, pod, result.nodeName);
      snapshot.addPod(pod, result.nodeName);
    } else {
      this.recordFailure(pod, result);
    }
    return { ...result, pod: key };
  }

  private bind(snapshot: ClusterSnapshot, pod: Pod, nodeName: string): void {
    const ns = pod.metadata.namespace ?? "default";
    const name = pod.metadata.name ?? "";
    this.prebindVolumes(snapshot, pod, nodeName);
    this.api.create(
      { apiVersion: "v1", kind: "Binding", metadata: { name, namespace: ns, uid: pod.metadata.uid }, target: { apiVersion: "v1", kind: "Node", name: nodeName } },
      { namespace: ns, readOnlyResult: true },
    );
    this.emitEvent(pod, "Normal", "Scheduled", "Binding", scheduledMessage(ns, name, nodeName));
  }

  /** VolumeBinding's PreBind for WaitForFirstConsumer claims: reserve the matched PV, or name the node for the provisioner. */
  private prebindVolumes(snapshot: ClusterSnapshot, pod: Pod, nodeName: string): void {
    const node = snapshot.get(nodeName)?.node;
    if (!node) return;
    const ns = pod.metadata.namespace ?? "default";
    const delayed: PersistentVolumeClaim[] = [];
    for (const v of pod.spec?.volumes ?? []) {
      const claimName = v.persistentVolumeClaim?.claimName;
      const pvc = claimName ? snapshot.pvcs.get(`${ns}/${claimName}`) : undefined;
      if (!pvc || pvc.spec?.volumeName) continue;
      const cls = pvc.spec?.storageClassName ?? "";
      if (snapshot.storageClasses.get(cls)?.volumeBindingMode === "WaitForFirstConsumer") delayed.push(pvc);
    }
    if (delayed.length === 0) return;
    const { staticBindings, toProvision } = delayedClaimDecisions(delayed, node, snapshot);
    for (const { claim, pv } of staticBindings) {
      const next = structuredClone(pv) as KubeObject & { spec: Record<string, unknown> };
      next.spec.claimRef = {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        name: claim.metadata.name,
        namespace: claim.metadata.namespace,
        uid: claim.metadata.uid,
        resourceVersion: claim.metadata.resourceVersion,
      };
      // GetBindVolumeToClaim marks a binding the user did not ask for.
      next.metadata.annotations = { ...next.metadata.annotations, "pv.kubernetes.io/bound-by-controller": "yes" };
      this.api.update(next, { readOnlyResult: true });
    }
    for (const claim of toProvision) {
      const next = structuredClone(claim);
      next.metadata.annotations = { ...next.metadata.annotations, [annSelectedNode]: nodeName };
      this.api.update(next, { readOnlyResult: true });
    }
  }

  private recordFailure(pod: Pod, result: Exclude<ScheduleResult, { kind: "Scheduled" }>): void {
    const reason = result.kind === "Unschedulable" ? podReasonUnschedulable : podReasonSchedulerError;
    this.emitEvent(pod, "Warning", "FailedScheduling", "Scheduling", result.message);
    const nominated = result.kind === "Unschedulable" ? result.nominatedNodeName : undefined;
    this.updatePodCondition(pod, reason, result.message, nominated);
  }

  /** updatePod in schedule_one.go: writes only when the PodScheduled condition or nominatedNodeName changes. */
  private updatePodCondition(pod: Pod, reason: string, message: string, nominatedNodeName: string | undefined): void {
    let current: Pod;
    try {
      current = this.api.get(gvr.pods, pod.metadata.namespace ?? "default", pod.metadata.name ?? "") as Pod;
    } catch (e) {
      if (isNotFound(e)) return;
      throw e;
    }
    const status = structuredClone(current.status ?? {});
    const conditions = status.conditions ?? [];
    const old = conditions.find((c) => c.type === "PodScheduled");
    const generation = current.metadata.generation;
    const condition: Record<string, unknown> = { type: "PodScheduled", status: "False" };
    if (generation !== undefined) condition.observedGeneration = generation;
    condition.lastProbeTime = null;
    condition.lastTransitionTime = old && old.status === "False" ? old.lastTransitionTime : formatRFC3339(this.options.now());
    condition.reason = reason;
    condition.message = message;
    const conditionChanged =
      !old ||
      old.status !== "False" ||
      old.reason !== reason ||
      old.message !== message ||
      old.observedGeneration !== condition.observedGeneration;
    const nominatedChanged = nominatedNodeName !== undefined && status.nominatedNodeName !== nominatedNodeName;
    if (!conditionChanged && !nominatedChanged) return;
    status.conditions = old ? conditions.map((c) => (c === old ? condition : c)) : [...conditions, condition];
    if (nominatedNodeName !== undefined) status.nominatedNodeName = nominatedNodeName;
    this.api.update({ ...current, status } as KubeObject, { subresource: "status", readOnlyResult: true });
  }

  /** One event per distinct (pod, type, reason, message); a repeat becomes a series, as the events.k8s.io recorder does. */
  private emitEvent(pod: Pod, type: string, reason: string, action: string, message: string): void {
    const ns = pod.metadata.namespace ?? "default";
    const nowMs = this.options.now();
    const seriesKey = [pod.metadata.uid ?? `${ns}/${pod.metadata.name}`, type, reason, action, message].join("\u0000");
    const existing = this.eventSeries.get(seriesKey);
    if (existing) {
      const series = (existing.series as { count: number } | undefined) ?? { count: 1 };
      const next = { ...existing, series: { count: series.count + 1, lastObservedTime: formatMicroTime(nowMs) } };
      try {
        const stored = this.api.update(next, { readOnlyResult: true });
        this.eventSeries.set(seriesKey, stored);
        return;
      } catch (e) {
        if (!isNotFound(e)) throw e;
      }
    }
    // Name: <object>.<hex of the event time in ns>; the sequence keeps same-millisecond events apart.
    const nanos = BigInt(nowMs) * 1_000_000n + BigInt(this.eventSeq++ % 1_000_000);
    const event: KubeObject = {
      apiVersion: "v1",
      kind: "Event",
      metadata: { name: `${pod.metadata.name}.${nanos.toString(16)}`, namespace: ns },
      involvedObject: {
        apiVersion: "v1",
        kind: "Pod",
        name: pod.metadata.name,
        namespace: ns,
        uid: pod.metadata.uid,
        resourceVersion: pod.metadata.resourceVersion,
      },
      reason,
      message,
      source: {},
      firstTimestamp: null,
      lastTimestamp: null,
      type,
      eventTime: formatMicroTime(nowMs),
      action,
      reportingComponent: defaultSchedulerName,
      reportingInstance: `${defaultSchedulerName}-${this.options.hostname ?? "controlplane"}`,
    };
    this.eventSeries.set(seriesKey, this.api.create(event, { namespace: ns, readOnlyResult: true }));
  }
}
