// The DaemonSet controller (pkg/controller/daemon/daemon_controller.go and
// update.go): one daemon pod on every node that should run it, none elsewhere;
// failed pods are replaced; RollingUpdate replaces old pods within
// maxUnavailable; the status counts nodes, not pods.
import type { ClusterApi, WatchEvent } from "../../apiserver/api-interface";
import { isNotFound, isStatusError } from "../../apiserver/errors";
import { labelSelectorFromMeta, type LabelSelector } from "../../apiserver/selectors";
import type { ComponentContext } from "../framework/component";
import { EventRecorder } from "../framework/event-recorder";
import { objectKey, splitKey } from "../framework/key-queue";
import { QueuedController } from "../framework/queued-controller";
import { claimObjects } from "../replicaset/claim";
import { controllerOf } from "../replicaset/controller-ref";
import { PodCache } from "../replicaset/pod-cache";
import { availableAtMs } from "../replicaset/pod-readiness";
import { slowStartBatch, slowStartInitialBatchSize } from "../replicaset/slow-start";
import { podsGVR, type Pod } from "../replicaset/types";
import type { ControllerRevision } from "../statefulset/types";
import { cleanupHistory, constructHistory } from "./history";
import { nodeShouldRunDaemonPod } from "./node-eligibility";
import { daemonPodFor, daemonSetRevisionLabel } from "./pod-template";
import { oldPodsToDelete } from "./rolling";
import { byCreation, calculateDaemonSetStatus, daemonSetStatusChanged } from "./status";
import { controllerRevisionsGVR, daemonSetsGVR, nodesGVR, type DaemonSet, type Node } from "./types";

/** Event reasons of controller_utils.go RealPodControl and daemon_controller.go. */
export const successfulCreateReason = "SuccessfulCreate";
export const failedCreateReason = "FailedCreate";
export const successfulDeleteReason = "SuccessfulDelete";
export const failedDeleteReason = "FailedDelete";
export const failedDaemonPodReason = "FailedDaemonPod";

const baseBackoffMs = 5;
const maxBackoffMs = 1_000_000;

export class DaemonSetController extends QueuedController {
  readonly name = "daemonset-controller";
  private readonly pods = new PodCache();
  private events!: EventRecorder;
  private readonly failures = new Map<string, number>();

  protected watch(ctx: ComponentContext): () => void {
    this.events = new EventRecorder(ctx.api, ctx.clock, { component: this.name });
    const stops = [
      ctx.api.watch(daemonSetsGVR, {}, (e) => this.queue.add(keyOf(e.object))),
      ctx.api.watch(podsGVR, {}, (e) => this.onPod(e)),
      ctx.api.watch(nodesGVR, {}, () => this.enqueueAll()),
      ctx.api.watch(controllerRevisionsGVR, {}, (e) => this.onOwned(e.object)),
    ];
    // Frozen, shared pods, as the watch delivers them: the cache only reads them.
    for (const pod of ctx.api.list(podsGVR, { readOnly: true }).items) this.pods.apply({ type: "ADDED", object: pod });
    this.enqueueAll();
    return () => stops.forEach((stop) => stop());
  }

  private get api(): ClusterApi {
    return this.ctx.api;
  }

  private enqueueAll(): void {
    for (const ds of this.api.list(daemonSetsGVR, { readOnly: true }).items) this.queue.add(keyOf(ds));
  }

  private onPod(e: WatchEvent): void {
    const before = this.pods.get(e.object.metadata.namespace ?? "", e.object.metadata.name ?? "");
    this.pods.apply(e);
    if (before) this.onOwned(before);
    this.onOwned(e.object);
  }

  private onOwned(obj: Pod): void {
    const ref = controllerOf(obj);
    if (ref?.kind === "DaemonSet") this.queue.add(objectKey(obj.metadata.namespace, ref.name));
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    let ds: DaemonSet;
    try {
      ds = this.api.get(daemonSetsGVR, namespace, name) as DaemonSet;
    } catch (e) {
      if (isNotFound(e)) return void this.failures.delete(key);
      throw e;
    }
    const selector = selectorOf(ds);
    if (!selector || selector.requirements.length === 0) return;
    let error: Error | undefined;
    try {
      error = this.syncDaemonSet(ds, selector);
    } catch (e) {
      if (isNotFound(e)) return;
      error = e instanceof Error ? e : new Error(String(e));
    }
    if (error) {
      const failures = this.failures.get(key) ?? 0;
      this.failures.set(key, failures + 1);
      this.queue.addAfter(key, Math.min(maxBackoffMs, baseBackoffMs * 2 ** failures));
    } else this.failures.delete(key);
  }

  private syncDaemonSet(ds: DaemonSet, selector: LabelSelector): Error | undefined {
    const namespace = ds.metadata.namespace ?? "";
    const nodes = (this.api.list(nodesGVR, { readOnly: true }).items as Node[]).sort((a, b) => ((a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1));
    // Shared frozen revisions: the history only reads them (an update or delete writes a new object).
    const owned = this.api.list(controllerRevisionsGVR, { namespace, readOnly: true }).items.filter((r) => controllerOf(r)?.uid === ds.metadata.uid) as ControllerRevision[];
    const history = constructHistory(this.api, ds, owned);
    const hash = history.current.metadata.labels?.[daemonSetRevisionLabel] ?? "";

    let error: Error | undefined;
    if (!ds.metadata.deletionTimestamp) {
      const manage = this.manage(ds, selector, nodes, hash);
      error = manage.error;
      // Upstream's expectations hold the rolling update back until the informer saw manage's writes: the next sync.
      if (!manage.acted && !error && (ds.spec.updateStrategy?.type ?? "RollingUpdate") === "RollingUpdate") {
        const byNode = this.podsByNode(ds, selector);
        const desired = new Map<string, Pod[]>();
        for (const node of nodes) if (nodeShouldRunDaemonPod(node, ds).shouldRun) desired.set(node.metadata.name ?? "", byNode.get(node.metadata.name ?? "") ?? []);
        const victims = oldPodsToDelete(ds, desired, hash, this.ctx.clock.now());
        error = this.syncNodes(ds, [], victims, hash);
      }
      cleanupHistory(this.api, ds, [...this.podsByNode(ds, selector).values()].flat(), history);
    }

    const now = this.ctx.clock.now();
    const byNode = this.podsByNode(ds, selector);
    const status = calculateDaemonSetStatus({ ...ds, status: ds.status && { ...ds.status, collisionCount: history.collisionCount } }, nodes, byNode, hash, now);
    if (history.collisionCount === undefined) delete status.collisionCount;
    if (daemonSetStatusChanged(ds, status)) {
      const fresh = this.api.get(daemonSetsGVR, namespace, ds.metadata.name ?? "");
      this.api.update({ ...fresh, status }, { subresource: "status", readOnlyResult: true });
    }
    this.requeueForAvailability(ds, [...byNode.values()].flat(), now);
    return error;
  }

  /** getNodesToDaemonPods: claimed pods by the node they are on or meant for; deleted pods that finished are left out. */
  private podsByNode(ds: DaemonSet, selector: LabelSelector): Map<string, Pod[]> {
    const namespace = ds.metadata.namespace ?? "";
    const candidates = this.pods.ownedOrOrphans(namespace, ds.metadata.uid ?? "");
    const claimed = claimObjects({ api: this.api, owner: ds, selector, gvr: podsGVR, canAdopt: () => this.canAdopt(ds) }, candidates) as Pod[];
    const out = new Map<string, Pod[]>();
    for (const pod of claimed) {
      const finished = pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
      if (finished && pod.metadata.deletionTimestamp) continue;
      const node = targetNodeName(pod);
      if (node === undefined) continue;
      out.set(node, [...(out.get(node) ?? []), pod]);
    }
    return out;
  }

  private manage(ds: DaemonSet, selector: LabelSelector, nodes: Node[], hash: string): { acted: boolean; error?: Error } {
    const byNode = this.podsByNode(ds, selector);
    const create: string[] = [];
    const remove: Pod[] = [];
    for (const node of nodes) {
      const nodeName = node.metadata.name ?? "";
      const { shouldRun, shouldContinueRunning } = nodeShouldRunDaemonPod(node, ds);
      const pods = byNode.get(nodeName) ?? [];
      if (shouldRun && pods.length === 0) create.push(nodeName);
      else if (shouldContinueRunning) {
        const running: Pod[] = [];
        for (const pod of pods) {
          if (pod.metadata.deletionTimestamp) continue;
          if (pod.status?.phase === "Failed") {
            const msg = `Found failed daemon pod ${pod.metadata.namespace}/${pod.metadata.name} on node ${nodeName}, will try to kill it`;
            this.events.record(ds, "Warning", failedDaemonPodReason, msg);
            remove.push(pod);
          } else if (pod.status?.phase === "Succeeded") remove.push(pod);
          else running.push(pod);
        }
        // Without surge, only the oldest of several running pods stays.
        if (running.length > 1) remove.push(...running.sort(byCreation).slice(1));
      } else if (!shouldContinueRunning && pods.length) {
        remove.push(...pods.filter((p) => !p.metadata.deletionTimestamp));
      }
    }
    // getUnscheduledPodsWithoutNode: pods meant for a node that does not exist.
    const known = new Set(nodes.map((n) => n.metadata.name));
    for (const [node, pods] of byNode) {
      if (!known.has(node)) remove.push(...pods.filter((p) => !p.spec?.nodeName && !p.metadata.deletionTimestamp));
    }
    const acted = create.length + remove.length > 0;
    return { acted, error: this.syncNodes(ds, create, remove, hash) };
  }

  /** syncNodes: creates in slow-start batches, then deletes. */
  private syncNodes(ds: DaemonSet, create: string[], remove: Pod[], hash: string): Error | undefined {
    let next = 0;
    const created = slowStartBatch(create.length, slowStartInitialBatchSize, () => this.createPod(ds, create[next++], hash));
    let firstError = created.error;
    for (const pod of remove) {
      const name = pod.metadata.name ?? "";
      try {
        this.api.delete(podsGVR, pod.metadata.namespace ?? "", name);
        this.events.record(ds, "Normal", successfulDeleteReason, `Deleted pod: ${name}`);
      } catch (e) {
        if (isNotFound(e)) continue;
        const message = e instanceof Error ? e.message : String(e);
        this.events.record(ds, "Warning", failedDeleteReason, `Error deleting: ${message}`);
        firstError ??= new Error(message);
      }
    }
    return firstError;
  }

  private createPod(ds: DaemonSet, nodeName: string, hash: string): Error | undefined {
    try {
      const pod = this.api.create(daemonPodFor(ds, nodeName, hash));
      this.events.record(ds, "Normal", successfulCreateReason, `Created pod: ${pod.metadata.name}`);
      return undefined;
    } catch (e) {
      if (isStatusError(e) && (e.status.details?.causes ?? []).some((c) => c.reason === "NamespaceTerminating")) return undefined;
      const err = e instanceof Error ? e : new Error(String(e));
      this.events.record(ds, "Warning", failedCreateReason, `Error creating: ${err.message}`);
      return err;
    }
  }

  private canAdopt(ds: DaemonSet): boolean {
    try {
      const fresh = this.api.get(daemonSetsGVR, ds.metadata.namespace ?? "", ds.metadata.name ?? "");
      return fresh.metadata.uid === ds.metadata.uid && !fresh.metadata.deletionTimestamp;
    } catch {
      return false;
    }
  }

  private requeueForAvailability(ds: DaemonSet, pods: Pod[], now: number): void {
    const minReadySeconds = ds.spec.minReadySeconds ?? 0;
    if (minReadySeconds === 0) return;
    let next: number | undefined;
    for (const pod of pods) {
      const at = availableAtMs(pod, minReadySeconds);
      if (at !== undefined && at > now && (next === undefined || at < next)) next = at;
    }
    if (next !== undefined) this.queue.addAfter(keyOf(ds), next - now);
  }
}

/** util.GetTargetNodeName: spec.nodeName, else the node the required `metadata.name` affinity names. */
function targetNodeName(pod: Pod): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  type Terms = { nodeSelectorTerms?: { matchFields?: { key: string; operator: string; values?: string[] }[] }[] };
  const affinity = pod.spec?.affinity as { nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: Terms } } | undefined;
  for (const term of affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []) {
    for (const f of term.matchFields ?? []) if (f.key === "metadata.name" && f.operator === "In" && f.values?.length === 1) return f.values[0];
  }
  return undefined;
}

function keyOf(obj: { metadata: { namespace?: string; name?: string } }): string {
  return objectKey(obj.metadata.namespace, obj.metadata.name);
}

function selectorOf(ds: DaemonSet): LabelSelector | undefined {
  try {
    return labelSelectorFromMeta(ds.spec?.selector);
  } catch {
    return undefined;
  }
}
