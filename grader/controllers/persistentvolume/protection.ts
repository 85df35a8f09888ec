// The storage-object-in-use protection controllers (pkg/controller/volume/
// pvcprotection and pvprotection, v1.34). A deleted claim keeps its
// kubernetes.io/pvc-protection finalizer — and so stays Terminating — while a
// scheduled pod refers to it; a deleted volume keeps kubernetes.io/pv-protection
// while it is Bound. Both also add their finalizer to objects that lack it.
import type { KubeObject } from "../../apiserver/types";
import type { ComponentContext } from "../framework/component";
import { QueuedController } from "../framework/queued-controller";
import { pvcProtectionFinalizer, pvProtectionFinalizer } from "./annotations";
import { claimKey, getOrUndefined, gvr, listAll } from "./api";
import type { PersistentVolume, Pod } from "./types";

function withoutFinalizer(obj: KubeObject, finalizer: string): KubeObject {
  return { ...obj, metadata: { ...obj.metadata, finalizers: (obj.metadata.finalizers ?? []).filter((f) => f !== finalizer) } };
}

function withFinalizer(obj: KubeObject, finalizer: string): KubeObject {
  return { ...obj, metadata: { ...obj.metadata, finalizers: [...(obj.metadata.finalizers ?? []), finalizer] } };
}

/** protectionutil.IsDeletionCandidate / NeedToAddFinalizer. */
function isDeletionCandidate(obj: KubeObject, finalizer: string): boolean {
  return !!obj.metadata.deletionTimestamp && (obj.metadata.finalizers ?? []).includes(finalizer);
}

function needsFinalizer(obj: KubeObject, finalizer: string): boolean {
  return !obj.metadata.deletionTimestamp && !(obj.metadata.finalizers ?? []).includes(finalizer);
}

/** podIsShutDown: force-deleted, or deleted and already given up by the kubelet (grace period 0). */
function podIsShutDown(pod: Pod): boolean {
  return !!pod.metadata.deletionTimestamp && pod.metadata.deletionGracePeriodSeconds === 0;
}

/** podUsesPVC: only scheduled pods count (the kubelet refuses to start one whose claim is being deleted). */
export function podUsesClaim(pod: Pod, claimName: string): boolean {
  if (!pod.spec?.nodeName) return false;
  return (pod.spec.volumes ?? []).some(
    (v) => v.persistentVolumeClaim?.claimName === claimName || (!podIsShutDown(pod) && !!v.ephemeral && `${pod.metadata.name}-${v.name}` === claimName),
  );
}

export class PVCProtectionController extends QueuedController {
  readonly name = "pvc-protection-controller";

  protected watch(ctx: ComponentContext): () => void {
    const enqueue = (namespace: string | undefined, name: string | undefined) => this.queue.add(claimKey(namespace, name));
    for (const pvc of listAll(ctx.api, gvr.pvcs)) enqueue(pvc.metadata.namespace, pvc.metadata.name);
    const stopClaims = ctx.api.watch(gvr.pvcs, {}, (e) => e.type !== "DELETED" && enqueue(e.object.metadata.namespace, e.object.metadata.name));
    // A pod going away (or being rescheduled) may free the claims it referred to.
    const stopPods = ctx.api.watch(gvr.pods, {}, (e) => {
      for (const v of (e.object as Pod).spec?.volumes ?? []) {
        if (v.persistentVolumeClaim) enqueue(e.object.metadata.namespace, v.persistentVolumeClaim.claimName);
      }
    });
    return () => {
      stopClaims();
      stopPods();
    };
  }

  protected sync(key: string): void {
    const slash = key.indexOf("/");
    const namespace = key.slice(0, slash);
    const name = key.slice(slash + 1);
    const pvc = getOrUndefined(this.ctx.api, gvr.pvcs, namespace, name);
    if (!pvc) return;
    if (isDeletionCandidate(pvc, pvcProtectionFinalizer)) {
      const inUse = listAll<Pod>(this.ctx.api, gvr.pods, namespace).some((p) => podUsesClaim(p, name));
      if (!inUse) this.ctx.api.update(withoutFinalizer(pvc, pvcProtectionFinalizer));
      return;
    }
    if (needsFinalizer(pvc, pvcProtectionFinalizer)) this.ctx.api.update(withFinalizer(pvc, pvcProtectionFinalizer));
  }
}

export class PVProtectionController extends QueuedController {
  readonly name = "pv-protection-controller";

  protected watch(ctx: ComponentContext): () => void {
    for (const pv of listAll(ctx.api, gvr.pvs)) this.queue.add(pv.metadata.name ?? "");
    return ctx.api.watch(gvr.pvs, {}, (e) => e.type !== "DELETED" && this.queue.add(e.object.metadata.name ?? ""));
  }

  protected sync(name: string): void {
    const pv = getOrUndefined<PersistentVolume>(this.ctx.api, gvr.pvs, "", name);
    if (!pv) return;
    if (isDeletionCandidate(pv, pvProtectionFinalizer)) {
      // isBeingUsed: a Bound volume is in use.
      if (pv.status?.phase !== "Bound") this.ctx.api.update(withoutFinalizer(pv, pvProtectionFinalizer));
      return;
    }
    if (needsFinalizer(pv, pvProtectionFinalizer)) this.ctx.api.update(withFinalizer(pv, pvProtectionFinalizer));
  }
}
