// The Deployment controller (pkg/controller/deployment/deployment_controller.go):
// watches Deployments, their ReplicaSets and (for Recreate) pod deletions;
// syncDeployment claims the ReplicaSets, then either keeps the status of a
// Deployment being deleted, scales (paused, or a scaling event), or rolls out
// with the Deployment's strategy.
import type { ClusterApi, WatchEvent } from "../../apiserver/api-interface";
import { isNotFound } from "../../apiserver/errors";
import { labelSelectorMatches } from "../../apiserver/selectors";
import { parsedLabelSelector } from "../framework/parsed-label-selector";
import type { KubeObject } from "../../apiserver/types";
import type { ComponentContext } from "../framework/component";
import { EventRecorder } from "../framework/event-recorder";
import { objectKey, splitKey } from "../framework/key-queue";
import { QueuedController } from "../framework/queued-controller";
import { claimObjects } from "../replicaset/claim";
import { controllerOf } from "../replicaset/controller-ref";
import { podsGVR, replicaSetsGVR } from "../replicaset/types";
import type { DeploymentSyncContext } from "./context";
import { rolloutRecreate } from "./recreate";
import { rolloutRolling } from "./rolling";
import { ClaimMemo } from "./claim-memo";
import { checkPausedConditions, isScalingEvent, syncScaling, syncStatusOnly } from "./sync";
import { deploymentsGVR, recreateStrategy, type Deployment, type ReplicaSet } from "./types";
import { workingCopy } from "./working-copy";

// workqueue.DefaultControllerRateLimiter: 5ms doubling per failure, at most 1000s.
const baseBackoffMs = 5;
const maxBackoffMs = 1_000_000;

export class DeploymentController extends QueuedController {
  readonly name = "deployment-controller";
  private events!: EventRecorder;
  private readonly failures = new Map<string, number>();
  /** ReplicaSet uid → the key of its controlling Deployment, for pod deletions. */
  private readonly deploymentOfReplicaSet = new Map<string, string>();
  private readonly claims = new ClaimMemo<Deployment, ReplicaSet>();

  protected watch(ctx: ComponentContext): () => void {
    this.events = new EventRecorder(ctx.api, ctx.clock, { component: this.name });
    const stops = [
      ctx.api.watch(deploymentsGVR, {}, (e) => this.queue.add(keyOf(e.object))),
      ctx.api.watch(replicaSetsGVR, {}, (e) => this.onReplicaSet(e)),
      ctx.api.watch(podsGVR, {}, (e) => this.onPod(e)),
    ];
    for (const rs of ctx.api.list(replicaSetsGVR, { readOnly: true }).items) this.onReplicaSet({ type: "ADDED", object: rs });
    for (const d of ctx.api.list(deploymentsGVR, { readOnly: true }).items) this.queue.add(keyOf(d));
    return () => stops.forEach((stop) => stop());
  }

  private get api(): ClusterApi {
    return this.ctx.api;
  }

  // addReplicaSet/updateReplicaSet/deleteReplicaSet: wake the controlling Deployment (old and new), or every matching one for an orphan.
  private onReplicaSet(e: WatchEvent): void {
    const rs = e.object;
    const uid = rs.metadata.uid ?? "";
    const before = this.deploymentOfReplicaSet.get(uid);
    const ref = controllerOf(rs);
    const owner = ref?.kind === "Deployment" ? objectKey(rs.metadata.namespace, ref.name) : undefined;
    if (e.type === "DELETED" || !owner) this.deploymentOfReplicaSet.delete(uid);
    else this.deploymentOfReplicaSet.set(uid, owner);
    if (before) this.queue.add(before);
    if (owner) this.queue.add(owner);
    if (!owner && e.type !== "DELETED") {
      for (const d of this.api.list(deploymentsGVR, { namespace: rs.metadata.namespace, readOnly: true }).items) {
        if (selects(d as Deployment, rs)) this.queue.add(keyOf(d));
      }
    }
  }

  // deletePod: a Recreate rollout waits for the old pods to be gone.
  private onPod(e: WatchEvent): void {
    if (e.type !== "DELETED") return;
    const ref = controllerOf(e.object);
    const owner = ref ? this.deploymentOfReplicaSet.get(ref.uid) : undefined;
    if (owner) this.queue.add(owner);
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    let d: Deployment;
    try {
      // Its own metadata and status, which the sync changes; the stored spec, which it only reads.
      d = workingCopy(this.api.get(deploymentsGVR, namespace, name, { readOnly: true }) as Deployment);
    } catch (e) {
      if (isNotFound(e)) {
        this.failures.delete(key);
        return;
      }
      throw e;
    }
    const ctx: DeploymentSyncContext = {
      api: this.api,
      clock: this.ctx.clock,
      events: this.events,
      requeueAfter: this.requeuer(key),
    };
    try {
      this.syncDeployment(ctx, d);
      this.failures.delete(key);
    } catch {
      // A failed request (conflict, quota, a collision): try again with back-off, as the work queue does.
      const failures = this.failures.get(key) ?? 0;
      this.failures.set(key, failures + 1);
      this.queue.addAfter(key, Math.min(maxBackoffMs, baseBackoffMs * 2 ** failures));
    }
  }

  private syncDeployment(ctx: DeploymentSyncContext, d: Deployment): void {
    this.claims.reset();
    const rsList = this.replicaSetsFor(d);
    if (d.metadata.deletionTimestamp) return syncStatusOnly(ctx, d, rsList);
    checkPausedConditions(ctx, d);
    if (d.spec.paused) return syncScaling(ctx, d, rsList);
    if (isScalingEvent(ctx, d, rsList)) return syncScaling(ctx, d, this.replicaSetsFor(d));
    if (d.spec.strategy?.type === recreateStrategy) return rolloutRecreate(ctx, d, this.replicaSetsFor(d));
    return rolloutRolling(ctx, d, this.replicaSetsFor(d));
  }

  /** getReplicaSetsForDeployment: the ReplicaSets of the namespace it controls, after adopting and releasing. */
  private replicaSetsFor(d: Deployment): ReplicaSet[] {
    const namespace = d.metadata.namespace ?? "";
    // Shared frozen ReplicaSets: the sync copies one before changing it.
    const candidates = this.api.list(replicaSetsGVR, { namespace, readOnly: true }).items.filter((rs) => {
      const ref = controllerOf(rs);
      return !ref || ref.uid === d.metadata.uid;
    }) as ReplicaSet[];
    const known = this.claims.lookup(d, candidates);
    if (known) return known;
    const claimed = this.claimReplicaSets(d, candidates);
    this.claims.remember(d, candidates, claimed);
    return claimed;
  }

  private claimReplicaSets(d: Deployment, candidates: ReplicaSet[]): ReplicaSet[] {
    return claimObjects(
      {
        api: this.api,
        owner: d,
        selector: parsedLabelSelector(d.spec.selector),
        gvr: replicaSetsGVR,
        canAdopt: this.adoptionCheck(d),
      },
      candidates,
    );
  }

  // The two callbacks of a sync come from methods: an unnamed arrow costs no defineProperty under tsx's keepNames.
  private requeuer(key: string): (ms: number) => void {
    return (ms) => (ms <= 0 ? this.queue.add(key) : this.queue.addAfter(key, ms));
  }

  /** Adoption needs the Deployment to be still there, the same one, and not being deleted. */
  private adoptionCheck(d: Deployment): () => boolean {
    return () => {
      try {
        const fresh = this.api.get(deploymentsGVR, d.metadata.namespace ?? "", d.metadata.name ?? "", { readOnly: true });
        return fresh.metadata.uid === d.metadata.uid && !fresh.metadata.deletionTimestamp;
      } catch {
        return false;
      }
    };
  }
}

function keyOf(obj: KubeObject): string {
  return objectKey(obj.metadata.namespace, obj.metadata.name);
}

// A Deployment with an empty selector matches nothing, not everything (getDeploymentsForReplicaSet).
function selects(d: Deployment, rs: KubeObject): boolean {
  try {
    const selector = parsedLabelSelector(d.spec.selector);
    return !selector.matchesNothing && selector.requirements.length > 0 && labelSelectorMatches(selector, rs.metadata.labels);
  } catch {
    return false;
  }
}
