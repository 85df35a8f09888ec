// The taint eviction controller (pkg/controller/tainteviction/taint_eviction.go,
// v1.34): a pod on a node with NoExecute taints it does not tolerate is
// deleted at once; one that tolerates them all for a while (tolerationSeconds)
// is deleted when the shortest of those runs out; one that tolerates them
// forever stays. Removing the taints cancels the pending deletions.
//
// Upstream shards node and pod updates over workers and handles node updates
// first; here two key queues, node keys drained before pod keys, and fired
// evictions run as units of work too.
import { isNotFound } from "../../apiserver/errors";
import type { KubeObject } from "../../apiserver/types";
import type { Taint, Toleration } from "../../scheduler/framework/api-types";
import { formatRFC3339 } from "../../clock/rfc3339";
import type { Component, ComponentContext } from "../framework/component";
import { EventRecorder } from "../framework/event-recorder";
import { KeyQueue, objectKey, splitKey } from "../framework/key-queue";
import { matchingTolerations, minTolerationMs, noExecuteTaints, tolerateForever } from "./no-execute-taints";
import { TimedEvictions } from "./timed-evictions";

export const taintEvictionControllerName = "taint-eviction-controller";

/** Event reason of both the deletion and its cancellation. */
export const taintManagerEvictionReason = "TaintManagerEviction";

/** The pod condition written before the deletion. */
export const disruptionTargetCondition = {
  type: "DisruptionTarget",
  reason: "DeletionByTaintManager",
  message: "Taint manager: deleting due to NoExecute taint",
} as const;

const podsGVR = { group: "", version: "v1", resource: "pods" };
const nodesGVR = { group: "", version: "v1", resource: "nodes" };

interface PodStatusCondition {
  type: string;
  status: string;
  [field: string]: unknown;
}

function taintsOf(node: KubeObject): Taint[] {
  return noExecuteTaints((node.spec as { taints?: Taint[] } | undefined)?.taints);
}

function podSpecOf(pod: KubeObject): { nodeName?: string; tolerations?: Toleration[] } {
  return (pod.spec ?? {}) as { nodeName?: string; tolerations?: Toleration[] };
}

/** What podUpdated last saw of a pod: only its node and tolerations matter here. */
interface SeenPod {
  nodeName: string;
  /** Watched objects are frozen, so this still holds what was seen; compared as JSON only when needed. */
  tolerations: unknown;
}

const tolerationsJson = (tolerations: unknown) => JSON.stringify(tolerations ?? []);

export class TaintEvictionController implements Component {
  readonly name = taintEvictionControllerName;
  private ctx!: ComponentContext;
  private events!: EventRecorder;
  private nodeQueue!: KeyQueue;
  private podQueue!: KeyQueue;
  private evictions!: TimedEvictions;
  /** Node name → its NoExecute taints, as last synced (taintedNodes upstream). */
  private readonly taintedNodes = new Map<string, Taint[]>();
  /** What the update handlers compare: a node's NoExecute taints, a pod's node and tolerations. */
  private readonly seenNodes = new Map<string, string>();
  private readonly seenPods = new Map<string, SeenPod>();

  start(ctx: ComponentContext): () => void {
    this.ctx = ctx;
    this.events = new EventRecorder(ctx.api, ctx.clock, { component: taintEvictionControllerName });
    this.nodeQueue = new KeyQueue(ctx.clock);
    this.podQueue = new KeyQueue(ctx.clock);
    this.evictions = new TimedEvictions(ctx.clock);
    const stopNodes = ctx.api.watch(nodesGVR, {}, (e) => this.nodeUpdated(e.object, e.type === "DELETED"));
    const stopPods = ctx.api.watch(podsGVR, {}, (e) => this.podUpdated(e.object, e.type === "DELETED"));
    for (const node of ctx.api.list(nodesGVR, { readOnly: true }).items) this.nodeUpdated(node, false);
    for (const pod of ctx.api.list(podsGVR, { readOnly: true }).items) this.podUpdated(pod, false);
    return () => {
      stopNodes();
      stopPods();
    };
  }

  hasWork(): boolean {
    return this.nodeQueue.length > 0 || this.podQueue.length > 0 || this.evictions.hasDue();
  }

  processNext(): void {
    const node = this.nodeQueue.next();
    if (node !== undefined) return this.handleNodeUpdate(node);
    const pod = this.podQueue.next();
    if (pod !== undefined) return this.handlePodUpdate(pod);
    const due = this.evictions.takeDue();
    if (due !== undefined) this.deletePod(due);
  }

  /** NodeUpdated: only a change of the NoExecute taints matters. */
  private nodeUpdated(node: KubeObject, deleted: boolean): void {
    const name = node.metadata.name ?? "";
    const taints = deleted ? undefined : JSON.stringify(taintsOf(node));
    if (taints !== undefined && this.seenNodes.get(name) === taints) return;
    if (taints === undefined) this.seenNodes.delete(name);
    else this.seenNodes.set(name, taints);
    this.nodeQueue.add(name);
  }

  /**
   * PodUpdated: only a change of node or tolerations matters. A pod update is
   * only worth a look on a tainted node or with an eviction pending; a node
   * tainted later looks at its pods itself.
   */
  private podUpdated(pod: KubeObject, deleted: boolean): void {
    const key = objectKey(pod.metadata.namespace, pod.metadata.name);
    const spec = podSpecOf(pod);
    if (deleted) {
      this.seenPods.delete(key);
    } else {
      const nodeName = spec.nodeName ?? "";
      const before = this.seenPods.get(key);
      // The stored spec is shared between a pod's versions while it is unchanged (status writes keep it): compare by reference first.
      if (before && before.nodeName === nodeName && before.tolerations === spec.tolerations) return;
      const unchanged = before && before.nodeName === nodeName && tolerationsJson(before.tolerations) === tolerationsJson(spec.tolerations);
      this.seenPods.set(key, { nodeName, tolerations: spec.tolerations });
      if (unchanged) return;
    }
    if (this.evictions.has(key) || (!deleted && spec.nodeName && this.taintedNodes.has(spec.nodeName))) this.podQueue.add(key);
  }

  private handleNodeUpdate(nodeName: string): void {
    let node: KubeObject;
    try {
      node = this.ctx.api.get(nodesGVR, "", nodeName);
    } catch (e) {
      if (!isNotFound(e)) throw e;
      this.taintedNodes.delete(nodeName);
      return;
    }
    const taints = taintsOf(node);
    if (taints.length === 0) this.taintedNodes.delete(nodeName);
    else this.taintedNodes.set(nodeName, taints);
    const pods = this.ctx.api.list(podsGVR, { fieldSelector: `spec.nodeName=${nodeName}`, readOnly: true }).items;
    if (taints.length === 0) {
      for (const pod of pods) this.cancelWithEvent(objectKey(pod.metadata.namespace, pod.metadata.name));
      return;
    }
    const now = this.ctx.clock.now();
    for (const pod of pods) this.processPodOnNode(objectKey(pod.metadata.namespace, pod.metadata.name), podSpecOf(pod).tolerations, taints, now);
  }

  private handlePodUpdate(key: string): void {
    const { namespace, name } = splitKey(key);
    let pod: KubeObject;
    try {
      pod = this.ctx.api.get(podsGVR, namespace, name);
    } catch (e) {
      if (!isNotFound(e)) throw e;
      this.cancelWithEvent(key);
      return;
    }
    const spec = podSpecOf(pod);
    if (!spec.nodeName) return;
    const taints = this.taintedNodes.get(spec.nodeName);
    // The node is gone or untainted: its update already cancelled what was pending.
    if (!taints) return;
    this.processPodOnNode(key, spec.tolerations, taints, this.ctx.clock.now());
  }

  private processPodOnNode(key: string, tolerations: Toleration[] | undefined, taints: Taint[], now: number): void {
    const { allTolerated, used } = matchingTolerations(taints, tolerations);
    if (!allTolerated) {
      this.cancelWithEvent(key);
      this.deletePod(key);
      return;
    }
    const minMs = minTolerationMs(used);
    if (minMs === tolerateForever) {
      this.cancelWithEvent(key);
      return;
    }
    // An eviction already pending was scheduled earlier, so it fires first: keep it.
    if (this.evictions.has(key)) return;
    if (minMs === 0) this.deletePod(key);
    else this.evictions.add(key, now, now + minMs);
  }

  private cancelWithEvent(key: string): void {
    if (this.evictions.cancel(key)) this.emit(key, `Cancelling deletion of Pod ${key}`);
  }

  /** deletePodHandler: the event, the DisruptionTarget condition, then an ordinary (graceful) delete. */
  private deletePod(key: string): void {
    this.emit(key, `Marking for deletion Pod ${key}`);
    const { namespace, name } = splitKey(key);
    try {
      this.addDisruptionTarget(namespace, name);
      this.ctx.api.delete(podsGVR, namespace, name);
    } catch (e) {
      if (!isNotFound(e)) throw e;
    }
  }

  private addDisruptionTarget(namespace: string, name: string): void {
    const pod = this.ctx.api.get(podsGVR, namespace, name);
    const status = structuredClone((pod.status ?? {}) as { conditions?: PodStatusCondition[] });
    const conditions = status.conditions ?? [];
    const old = conditions.find((c) => c.type === disruptionTargetCondition.type);
    if (old && old.status === "True" && old.reason === disruptionTargetCondition.reason && old.message === disruptionTargetCondition.message) return;
    const generation = pod.metadata.generation;
    const condition: PodStatusCondition = {
      type: disruptionTargetCondition.type,
      ...(generation !== undefined ? { observedGeneration: generation } : {}),
      status: "True",
      lastProbeTime: null,
      lastTransitionTime: old && old.status === "True" ? old.lastTransitionTime : formatRFC3339(this.ctx.clock.now()),
      reason: disruptionTargetCondition.reason,
      message: disruptionTargetCondition.message,
    };
    status.conditions = old ? conditions.map((c) => (c === old ? condition : c)) : [...conditions, condition];
    this.ctx.api.update({ ...pod, status } as KubeObject, { subresource: "status" });
  }

  // The event names the pod by an ObjectReference without uid or resourceVersion, as upstream.
  private emit(key: string, message: string): void {
    const { namespace, name } = splitKey(key);
    this.events.record({ apiVersion: "v1", kind: "Pod", metadata: { name, namespace } }, "Normal", taintManagerEvictionReason, message);
  }
}
