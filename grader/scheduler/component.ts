// The scheduler as a cluster component, with upstream's queues in miniature:
// a new or changed pending pod goes to the active queue and is tried once; a
// pod that does not fit waits among the unschedulable until something that
// could help happens (a node added or changed, a bound pod deleted or
// finished) or for the 5-minute flush of upstream's unschedulable queue
// (podMaxInUnschedulablePodsDuration). One unit of work schedules the whole
// active queue against one snapshot of the cluster.
import type { WatchEvent } from "../apiserver/api-interface";
import type { KubeObject } from "../apiserver/types";
import type { Component, ComponentContext } from "../controllers/framework/component";
import type { TimerId } from "../clock/virtual-clock";
import { isPendingForScheduler, KubeScheduler } from "./scheduler";
import type { Pod } from "./framework/api-types";

const unschedulableFlushMs = 5 * 60 * 1000;
const podsGVR = { group: "", version: "v1", resource: "pods" };
const nodesGVR = { group: "", version: "v1", resource: "nodes" };
const pvcsGVR = { group: "", version: "v1", resource: "persistentvolumeclaims" };

const podKey = (pod: KubeObject) => `${pod.metadata.namespace}/${pod.metadata.name}`;

export class SchedulerComponent implements Component {
  readonly name = "default-scheduler";
  private scheduler!: KubeScheduler;
  private ctx!: ComponentContext;
  /** Pending pods to try next (activeQ). */
  private readonly active = new Set<string>();
  /** Pods that did not fit, with the spec they had then: only a change of it, or of the cluster, is worth a retry. */
  private readonly unschedulable = new Map<string, string>();
  private flushTimer: TimerId | undefined;

  start(ctx: ComponentContext): () => void {
    this.ctx = ctx;
    this.scheduler = new KubeScheduler(ctx.api, { now: () => ctx.clock.now() });
    const stops = [
      this.scheduler.trackPods(),
      ctx.api.watch(podsGVR, {}, (e) => this.onPod(e)),
      ctx.api.watch(nodesGVR, {}, () => this.retryUnschedulable()),
      ctx.api.watch(pvcsGVR, {}, () => this.retryUnschedulable()),
    ];
    for (const pod of ctx.api.list(podsGVR, { readOnly: true }).items) if (isPendingForScheduler(pod as Pod & KubeObject)) this.active.add(podKey(pod));
    return () => {
      for (const stop of stops) stop();
      if (this.flushTimer !== undefined) ctx.clock.cancel(this.flushTimer);
    };
  }

  private onPod(e: WatchEvent): void {
    const pod = e.object as Pod & KubeObject;
    const key = podKey(pod);
    if (e.type === "DELETED") {
      this.active.delete(key);
      this.unschedulable.delete(key);
      if (pod.spec?.nodeName) this.retryUnschedulable(); // its resources are free again
      return;
    }
    if (isPendingForScheduler(pod)) {
      const triedSpec = this.unschedulable.get(key);
      if (triedSpec === undefined || triedSpec !== JSON.stringify(pod.spec)) {
        this.unschedulable.delete(key);
        this.active.add(key);
      }
      return;
    }
    this.active.delete(key);
    this.unschedulable.delete(key);
    // A bound pod that finished frees its node's resources.
    const phase = pod.status?.phase;
    if (pod.spec?.nodeName && (phase === "Succeeded" || phase === "Failed")) this.retryUnschedulable();
  }

  private retryUnschedulable(): void {
    for (const key of this.unschedulable.keys()) this.active.add(key);
    this.unschedulable.clear();
  }

  hasWork(): boolean {
    return this.active.size > 0;
  }

  processNext(): void {
    const pods: Pod[] = [];
    for (const key of this.active) {
      const [namespace, name] = key.split("/");
      try {
        // The stored object itself (frozen): scheduling only reads the pod.
        pods.push(this.ctx.api.get(podsGVR, namespace, name, { readOnly: true }) as Pod & KubeObject);
      } catch {
        // deleted meanwhile
      }
    }
    this.active.clear();
    for (const o of this.scheduler.schedulePods(pods)) {
      if (o.kind === "Scheduled") continue;
      const pod = pods.find((p) => podKey(p as Pod & KubeObject) === o.pod);
      // Read again: recording the failure wrote the PodScheduled condition, not the spec.
      this.unschedulable.set(o.pod, JSON.stringify(pod?.spec));
    }
    if (this.unschedulable.size > 0 && this.flushTimer === undefined) {
      this.flushTimer = this.ctx.clock.after(
        unschedulableFlushMs,
        () => {
          this.flushTimer = undefined;
          this.retryUnschedulable();
        },
        "scheduler: flush unschedulable pods",
      );
    }
  }
}
