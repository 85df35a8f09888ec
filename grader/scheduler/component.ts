// The scheduler as a cluster component: watch events mark it dirty, and one
// unit of work schedules every pending pod. Pods it cannot place wait for a
// change that could help (a new or changed node, a freed pod, a change to the
// pod itself) or for the 5-minute flush of upstream's unschedulable queue
// (podMaxInUnschedulablePodsDuration).
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

export class SchedulerComponent implements Component {
  readonly name = "default-scheduler";
  private dirty = false;
  private scheduler!: KubeScheduler;
  private ctx!: ComponentContext;
  /** The spec each pending pod had at its last failed attempt: only a change is worth a retry. */
  private readonly triedSpecs = new Map<string, string>();
  private flushTimer: TimerId | undefined;

  start(ctx: ComponentContext): () => void {
    this.ctx = ctx;
    this.scheduler = new KubeScheduler(ctx.api, { now: () => ctx.clock.now() });
    const stops = [
      ctx.api.watch(podsGVR, {}, (e) => this.onPod(e)),
      ctx.api.watch(nodesGVR, {}, () => (this.dirty = true)),
      ctx.api.watch(pvcsGVR, {}, () => (this.dirty = true)),
    ];
    this.dirty = true;
    return () => {
      for (const stop of stops) stop();
      if (this.flushTimer !== undefined) ctx.clock.cancel(this.flushTimer);
    };
  }

  private onPod(e: WatchEvent): void {
    const pod = e.object as Pod & KubeObject;
    const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
    if (e.type === "DELETED") {
      this.triedSpecs.delete(key);
      if (pod.spec?.nodeName) this.dirty = true; // its resources are free again
      return;
    }
    if (isPendingForScheduler(pod)) {
      if (this.triedSpecs.get(key) !== JSON.stringify(pod.spec)) this.dirty = true;
      return;
    }
    this.triedSpecs.delete(key);
    // A bound pod that finished frees its node's resources.
    const phase = pod.status?.phase;
    if (pod.spec?.nodeName && (phase === "Succeeded" || phase === "Failed")) this.dirty = true;
  }

  hasWork(): boolean {
    return this.dirty;
  }

  processNext(): void {
    this.dirty = false;
    const outcomes = this.scheduler.schedulePending();
    let waiting = false;
    for (const o of outcomes) {
      if (o.kind === "Scheduled") {
        this.triedSpecs.delete(o.pod);
        continue;
      }
      waiting = true;
      const [namespace, name] = o.pod.split("/");
      try {
        const pod = this.ctx.api.get(podsGVR, namespace, name);
        this.triedSpecs.set(o.pod, JSON.stringify(pod.spec));
      } catch {
        this.triedSpecs.delete(o.pod);
      }
    }
    if (waiting && this.flushTimer === undefined) {
      this.flushTimer = this.ctx.clock.after(unschedulableFlushMs, () => {
        this.flushTimer = undefined;
        this.triedSpecs.clear();
        this.dirty = true;
      }, "scheduler: flush unschedulable pods");
    }
  }
}
