// The disruption controller (pkg/controller/disruption/disruption.go, v1.34):
// keeps each PodDisruptionBudget's status — currentHealthy (Ready pods not
// being deleted), desiredHealthy, expectedPods, disruptionsAllowed,
// observedGeneration and the DisruptionAllowed condition.
import { isStatusError } from "../../apiserver/errors";
import { labelSelectorFromMeta, labelSelectorMatches } from "../../apiserver/selectors";
import type { GroupVersionResource, KubeObject } from "../../apiserver/types";
import { formatRFC3339, parseRFC3339 } from "../../clock/rfc3339";
import type { ComponentContext } from "../framework/component";
import { EventRecorder } from "../framework/event-recorder";
import { objectKey, splitKey } from "../framework/key-queue";
import { QueuedController } from "../framework/queued-controller";
import { NamespacesHolding } from "../endpoints/namespaces-holding";
import { ExpectedScaleError, expectedPodCount, type PdbSpec } from "./expected-scale";

export const pdbsGVR: GroupVersionResource = { group: "policy", version: "v1", resource: "poddisruptionbudgets" };
const podsGVR: GroupVersionResource = { group: "", version: "v1", resource: "pods" };

/** Reasons of the DisruptionAllowed condition (policy/v1). */
export const sufficientPodsReason = "SufficientPods";
export const insufficientPodsReason = "InsufficientPods";
export const syncFailedReason = "SyncFailed";
/** An evicted pod counts as disrupted for at most this long (DeletionTimeout). */
const deletionTimeoutMs = 2 * 60_000;

interface Condition {
  type: string;
  status: "True" | "False";
  observedGeneration?: number;
  lastTransitionTime: string;
  reason: string;
  message: string;
}

interface PdbStatus {
  observedGeneration?: number;
  disruptedPods?: Record<string, string>;
  disruptionsAllowed: number;
  currentHealthy: number;
  desiredHealthy: number;
  expectedPods: number;
  conditions?: Condition[];
}

function isReady(pod: KubeObject): boolean {
  const conditions = ((pod.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []);
  return conditions.some((c) => c.type === "Ready" && c.status === "True");
}

/** apimeta.SetStatusCondition: lastTransitionTime moves only when the status changes. */
function setCondition(conditions: Condition[], next: Omit<Condition, "lastTransitionTime">, now: string): Condition[] {
  const old = conditions.find((c) => c.type === next.type);
  const lastTransitionTime = old && old.status === next.status ? old.lastTransitionTime : now;
  const merged: Condition = { type: next.type, status: next.status, observedGeneration: next.observedGeneration, lastTransitionTime, reason: next.reason, message: next.message };
  if (merged.observedGeneration === undefined) delete merged.observedGeneration;
  return old ? conditions.map((c) => (c === old ? merged : c)) : [...conditions, merged];
}

export class DisruptionController extends QueuedController {
  readonly name = "disruption-controller";
  private recorder!: EventRecorder;
  /** Namespaces with a PDB: only there can a pod event enqueue one. */
  private pdbs = new NamespacesHolding();

  protected watch(ctx: ComponentContext): () => void {
    this.recorder = new EventRecorder(ctx.api, ctx.clock, { component: "controllermanager" });
    this.pdbs = new NamespacesHolding();
    const stops = [
      ctx.api.watch(pdbsGVR, {}, (e) => {
        this.pdbs.apply(e);
        if (e.type !== "DELETED") this.queue.add(objectKey(e.object.metadata.namespace, e.object.metadata.name));
      }),
      ctx.api.watch(podsGVR, {}, (e) => this.enqueuePdbsOf(e.object)),
    ];
    for (const pdb of ctx.api.list(pdbsGVR, { readOnly: true }).items) {
      this.pdbs.apply({ type: "ADDED", object: pdb });
      this.queue.add(objectKey(pdb.metadata.namespace, pdb.metadata.name));
    }
    return () => stops.forEach((s) => s());
  }

  // getPdbForPod: the PDBs of the pod's namespace selecting it.
  private enqueuePdbsOf(pod: KubeObject): void {
    if (!this.pdbs.has(pod.metadata.namespace)) return;
    for (const pdb of this.ctx.api.list(pdbsGVR, { namespace: pod.metadata.namespace, readOnly: true }).items) {
      const selector = labelSelectorFromMeta((pdb.spec as PdbSpec | undefined)?.selector);
      if (labelSelectorMatches(selector, pod.metadata.labels)) this.queue.add(objectKey(pdb.metadata.namespace, pdb.metadata.name));
    }
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    let pdb: KubeObject;
    try {
      pdb = this.ctx.api.get(pdbsGVR, namespace, name);
    } catch (e) {
      if (isStatusError(e) && e.reason === "NotFound") return;
      throw e;
    }
    if (pdb.metadata.deletionTimestamp) return;
    const spec = (pdb.spec ?? {}) as PdbSpec;
    const selector = labelSelectorFromMeta(spec.selector);
    const pods = this.ctx.api.list(podsGVR, { namespace }).items.filter((p) => labelSelectorMatches(selector, p.metadata.labels));
    if (pods.length === 0) this.recorder.record(pdb, "Normal", "NoPods", "No matching pods found");

    let counts: ReturnType<typeof expectedPodCount>;
    try {
      counts = expectedPodCount(this.ctx.api, spec, pods);
    } catch (e) {
      if (!(e instanceof ExpectedScaleError)) throw e;
      this.recorder.record(pdb, "Warning", "CalculateExpectedPodCountFailed", `Failed to calculate the number of expected pods: ${e.message}`);
      this.failSafe(pdb, e.message);
      return;
    }
    if (counts.unmanaged.length > 0)
      this.recorder.record(
        pdb,
        "Warning",
        "UnmanagedPods",
        `Pods selected by this PodDisruptionBudget (selector: ${formatSelector(spec.selector)}) were found to be unmanaged. As a result, the status of the PDB cannot be calculated correctly, which may result in undefined behavior. To account for these pods please set ".spec.minAvailable" field of the PDB to an integer value.`,
      );

    const nowMs = this.ctx.clock.now();
    const old = (pdb.status ?? {}) as Partial<PdbStatus>;
    // buildDisruptedPodMap: evictions still in flight, until their pod goes or DeletionTimeout passes.
    const disrupted: Record<string, string> = {};
    let recheck: number | undefined;
    for (const [podName, at] of Object.entries(old.disruptedPods ?? {})) {
      const pod = pods.find((p) => p.metadata.name === podName);
      if (!pod || pod.metadata.deletionTimestamp) continue;
      const expires = parseRFC3339(at) + deletionTimeoutMs;
      if (expires < nowMs) continue;
      disrupted[podName] = at;
      recheck = recheck === undefined ? expires : Math.min(recheck, expires);
    }
    if (recheck !== undefined) this.queue.addAfter(key, recheck - nowMs);
    const currentHealthy = pods.filter((p) => !p.metadata.deletionTimestamp && !(p.metadata.name! in disrupted) && isReady(p)).length;
    let allowed = currentHealthy - counts.desiredHealthy;
    if (counts.expected <= 0 || allowed <= 0) allowed = 0;

    const generation = pdb.metadata.generation;
    const status: PdbStatus = {
      observedGeneration: generation,
      disruptionsAllowed: allowed,
      currentHealthy,
      desiredHealthy: counts.desiredHealthy,
      expectedPods: counts.expected,
      conditions: old.conditions ?? [],
    };
    if (Object.keys(disrupted).length) status.disruptedPods = disrupted;
    status.conditions = setCondition(
      status.conditions!,
      allowed > 0
        ? { type: "DisruptionAllowed", status: "True", observedGeneration: generation, reason: sufficientPodsReason, message: "" }
        : { type: "DisruptionAllowed", status: "False", observedGeneration: generation, reason: insufficientPodsReason, message: "" },
      formatRFC3339(nowMs),
    );
    this.writeStatus(pdb, status);
  }

  /** failSafe: no disruption allowed, condition SyncFailed with the error. */
  private failSafe(pdb: KubeObject, message: string): void {
    const old = (pdb.status ?? {}) as PdbStatus;
    const status: PdbStatus = { ...old, disruptionsAllowed: 0 };
    status.conditions = setCondition(
      old.conditions ?? [],
      { type: "DisruptionAllowed", status: "False", observedGeneration: old.observedGeneration, reason: syncFailedReason, message },
      formatRFC3339(this.ctx.clock.now()),
    );
    this.writeStatus(pdb, status);
  }

  private writeStatus(pdb: KubeObject, status: PdbStatus): void {
    const ordered: Record<string, unknown> = {};
    if (status.observedGeneration !== undefined) ordered.observedGeneration = status.observedGeneration;
    if (status.disruptedPods) ordered.disruptedPods = status.disruptedPods;
    ordered.disruptionsAllowed = status.disruptionsAllowed;
    ordered.currentHealthy = status.currentHealthy;
    ordered.desiredHealthy = status.desiredHealthy;
    ordered.expectedPods = status.expectedPods;
    if (status.conditions?.length) ordered.conditions = status.conditions;
    try {
      this.ctx.api.update({ ...pdb, status: ordered }, { subresource: "status", readOnlyResult: true });
    } catch (e) {
      if (!isStatusError(e)) throw e;
      this.queue.addAfter(objectKey(pdb.metadata.namespace, pdb.metadata.name), 1000);
    }
  }
}

// metav1.LabelSelector's %v text for the UnmanagedPods event.
function formatSelector(sel: PdbSpec["selector"]): string {
  if (!sel) return "nil";
  const labels = Object.entries(sel.matchLabels ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}: ${v},`)
    .join("");
  return `&LabelSelector{MatchLabels:map[string]string{${labels}},MatchExpressions:[]LabelSelectorRequirement{},}`;
}
