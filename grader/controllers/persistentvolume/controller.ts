// The PersistentVolume controller (pkg/controller/volume/persistentvolume/
// pv_controller.go and pv_controller_base.go, v1.34): binds claims to volumes
// (syncClaim → syncUnboundClaim/syncBoundClaim, bind), keeps volume phases
// (syncVolume: Available, Bound, Released, Failed), asks external provisioners
// for dynamic volumes (ExternalProvisioning) and reclaims released volumes
// (Retain, Delete, Recycle). Watch handlers enqueue `claim:<ns>/<name>` or
// `volume:<name>`; unfinished work is retried on the 15 s resync, as upstream.
import { isStatusError } from "../../apiserver/errors";
import type { KubeObject } from "../../apiserver/types";
import { formatRFC3339 } from "../../clock/rfc3339";
import { claimHasClass, defaultStorageClass } from "../../apiserver/admission/defaultstorageclass";
import type { ComponentContext } from "../framework/component";
import { EventRecorder } from "../framework/event-recorder";
import { QueuedController } from "../framework/queued-controller";
import {
  annBetaStorageProvisioner,
  annBindCompleted,
  annBoundByController,
  annDynamicallyProvisioned,
  annSelectedNode,
  annStorageProvisioner,
  pvControllerName,
  pvControllerResyncMs,
} from "./annotations";
import { claimKey, getOrUndefined, gvr, listAll } from "./api";
import { claimClass, findBestMatchForClaim, isVolumeBoundToClaim, volumeSatisfyClaimError } from "./volume-match";
import type { PersistentVolume, PersistentVolumeClaim, Pod, StorageClass } from "./types";

/** The message of the ExternalProvisioning event (provisionClaimOperationExternal). */
export function externalProvisioningMessage(provisioner: string): string {
  return `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`;
}

/** The host_path deleter only removes directories under /tmp (pkg/volume/hostpath). */
const hostPathDeletable = /\/tmp\/.+/;

export class PersistentVolumeController extends QueuedController {
  readonly name = pvControllerName;
  private recorder!: EventRecorder;
  private readonly resyncPending = new Set<string>();

  protected watch(ctx: ComponentContext): () => void {
    this.recorder = new EventRecorder(ctx.api, ctx.clock, { component: pvControllerName });
    const claimAdded = (pvc: KubeObject) => this.queue.add(`claim:${claimKey(pvc.metadata.namespace, pvc.metadata.name)}`);
    const volumeAdded = (pv: KubeObject) => this.queue.add(`volume:${pv.metadata.name ?? ""}`);
    for (const pv of listAll(ctx.api, gvr.pvs)) volumeAdded(pv);
    for (const pvc of listAll(ctx.api, gvr.pvcs)) claimAdded(pvc);
    const stopVolumes = ctx.api.watch(gvr.pvs, {}, (e) => {
      volumeAdded(e.object);
      // deleteVolume: the claim bound to it learns it is Lost.
      const ref = (e.object as PersistentVolume).spec?.claimRef;
      if (e.type === "DELETED" && ref) this.queue.add(`claim:${claimKey(ref.namespace, ref.name)}`);
    });
    const stopClaims = ctx.api.watch(gvr.pvcs, {}, (e) => {
      claimAdded(e.object);
      // deleteClaim: its volume is released.
      const volumeName = (e.object as PersistentVolumeClaim).spec?.volumeName;
      if (e.type === "DELETED" && volumeName) this.queue.add(`volume:${volumeName}`);
    });
    return () => {
      stopVolumes();
      stopClaims();
    };
  }

  protected sync(key: string): void {
    try {
      if (key.startsWith("claim:")) {
        const [namespace, name] = key.slice("claim:".length).split("/");
        const claim = getOrUndefined<PersistentVolumeClaim>(this.ctx.api, gvr.pvcs, namespace, name);
        if (claim) this.syncClaim(claim);
      } else {
        const volume = getOrUndefined<PersistentVolume>(this.ctx.api, gvr.pvs, "", key.slice("volume:".length));
        if (volume) this.syncVolume(volume);
      }
    } catch (e) {
      // A write lost a race (Conflict) or the object went away: the next sync sees the news.
      if (!isStatusError(e)) throw e;
      this.resync(key);
    }
  }

  /** The periodic resync for work that is not finished (a pending claim, a failed reclaim). */
  private resync(key: string): void {
    if (this.resyncPending.has(key)) return;
    this.resyncPending.add(key);
    this.ctx.clock.after(
      pvControllerResyncMs,
      () => {
        this.resyncPending.delete(key);
        this.queue.add(key);
      },
      `resync ${key}`,
    );
  }

  private now(): string {
    return formatRFC3339(this.ctx.clock.now());
  }

  // --- claims ---

  private syncClaim(claim: PersistentVolumeClaim): void {
    if (claim.metadata.annotations?.[annBindCompleted] === undefined) this.syncUnboundClaim(claim);
    else this.syncBoundClaim(claim);
  }

  private storageClass(name: string): StorageClass | undefined {
    return name ? getOrUndefined<StorageClass>(this.ctx.api, gvr.storageClasses, "", name) : undefined;
  }

  /** storagehelpers.IsDelayBindingMode: the claim's class (if it exists) says WaitForFirstConsumer. */
  private isDelayBinding(claim: PersistentVolumeClaim): boolean {
    return this.storageClass(claimClass(claim))?.volumeBindingMode === "WaitForFirstConsumer";
  }

  private syncUnboundClaim(claim: PersistentVolumeClaim): void {
    const key = `claim:${claimKey(claim.metadata.namespace, claim.metadata.name)}`;
    const volumeName = claim.spec?.volumeName ?? "";
    if (!volumeName) {
      const delayBinding = this.isDelayBinding(claim);
      const volume = findBestMatchForClaim(claim, listAll<PersistentVolume>(this.ctx.api, gvr.pvs), delayBinding);
      if (volume) {
        this.bind(volume, claim);
        return;
      }
      this.resync(key);
      // RetroactiveDefaultStorageClass: a claim created before any default class gets it now.
      if (!claimHasClass(claim)) {
        const def = defaultStorageClass(this.ctx.api);
        if (def) {
          this.ctx.api.update({ ...claim, spec: { ...claim.spec, storageClassName: def.metadata.name } });
          return;
        }
      }
      if (delayBinding && claim.metadata.annotations?.[annSelectedNode] === undefined) {
        this.emitEventForUnboundDelayBindingClaim(claim);
      } else if (claimClass(claim) !== "") {
        this.provisionClaim(claim);
        return;
      } else {
        this.recorder.record(claim, "Normal", "FailedBinding", "no persistent volumes available for this claim and no storage class is set");
      }
      this.updateClaimStatus(claim, "Pending", undefined);
      return;
    }
    // The user asked for a specific volume.
    const volume = getOrUndefined<PersistentVolume>(this.ctx.api, gvr.pvs, "", volumeName);
    if (!volume) {
      this.resync(key);
      this.updateClaimStatus(claim, "Pending", undefined);
      return;
    }
    if (!volume.spec?.claimRef) {
      const mismatch = volumeSatisfyClaimError(volume, claim);
      if (mismatch) {
        this.resync(key);
        this.recorder.record(claim, "Warning", "VolumeMismatch", `Cannot bind to requested volume "${volumeName}": ${mismatch}`);
        this.updateClaimStatus(claim, "Pending", undefined);
        return;
      }
      this.bind(volume, claim);
      return;
    }
    if (isVolumeBoundToClaim(volume, claim)) {
      this.bind(volume, claim);
      return;
    }
    this.resync(key);
    this.recorder.record(claim, "Warning", "FailedBinding", `volume "${volumeName}" already bound to a different claim.`);
    if (claim.metadata.annotations?.[annBoundByController] === undefined) this.updateClaimStatus(claim, "Pending", undefined);
  }

  /** WaitForFirstConsumer, or WaitForPodScheduled naming the pods that use the claim and wait for a node. */
  private emitEventForUnboundDelayBindingClaim(claim: PersistentVolumeClaim): void {
    const waiting = listAll<Pod>(this.ctx.api, gvr.pods, claim.metadata.namespace)
      .filter((p) => p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed" && !p.spec?.nodeName)
      .filter((p) => (p.spec?.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === claim.metadata.name))
      .map((p) => p.metadata.name ?? "");
    if (waiting.length === 0) {
      this.recorder.record(claim, "Normal", "WaitForFirstConsumer", "waiting for first consumer to be created before binding");
      return;
    }
    const message = waiting.length > 1 ? `waiting for pods ${waiting.join(",")} to be scheduled` : `waiting for pod ${waiting[0]} to be scheduled`;
    this.recorder.record(claim, "Normal", "WaitForPodScheduled", message);
  }

  /** provisionClaim: in-tree plugins are not simulated; an external provisioner is asked through annotations. */
  private provisionClaim(claim: PersistentVolumeClaim): void {
    const className = claimClass(claim);
    const sc = this.storageClass(className);
    if (!sc) {
      this.recorder.record(claim, "Warning", "ProvisioningFailed", `storageclass.storage.k8s.io "${className}" not found`);
      return;
    }
    const provisioner = sc.provisioner ?? "";
    if (provisioner.startsWith("kubernetes.io/")) {
      this.recorder.record(claim, "Warning", "ProvisioningFailed", "no provisionable volume plugin matched");
      return;
    }
    const annotations = claim.metadata.annotations ?? {};
    let current = claim;
    if (annotations[annStorageProvisioner] !== provisioner || annotations[annBetaStorageProvisioner] !== provisioner) {
      current = this.ctx.api.update({
        ...claim,
        metadata: { ...claim.metadata, annotations: { ...annotations, [annBetaStorageProvisioner]: provisioner, [annStorageProvisioner]: provisioner } },
      }) as PersistentVolumeClaim;
    }
    this.recorder.record(current, "Normal", "ExternalProvisioning", externalProvisioningMessage(provisioner));
  }

  private syncBoundClaim(claim: PersistentVolumeClaim): void {
    const volumeName = claim.spec?.volumeName ?? "";
    if (!volumeName) {
      this.updateClaimStatusWithEvent(claim, "Lost", "ClaimLost", "Bound claim has lost reference to PersistentVolume. Data on the volume is lost!");
      return;
    }
    const volume = getOrUndefined<PersistentVolume>(this.ctx.api, gvr.pvs, "", volumeName);
    if (!volume) {
      this.updateClaimStatusWithEvent(claim, "Lost", "ClaimLost", "Bound claim has lost its PersistentVolume. Data on the volume is lost!");
      return;
    }
    const ref = volume.spec?.claimRef;
    if (!ref || ref.uid === claim.metadata.uid) {
      this.bind(volume, claim);
      return;
    }
    this.updateClaimStatusWithEvent(claim, "Lost", "ClaimMisbound", "Two claims are bound to the same volume, this one is bound incorrectly");
  }

  private updateClaimStatusWithEvent(claim: PersistentVolumeClaim, phase: string, reason: string, message: string): void {
    if (claim.status?.phase === phase) return;
    const updated = this.updateClaimStatus(claim, phase, undefined);
    this.recorder.record(updated, "Warning", reason, message);
  }

  /** updateClaimStatus: phase, and the volume's access modes and capacity (capacity only when becoming Bound). */
  private updateClaimStatus(claim: PersistentVolumeClaim, phase: string, volume: PersistentVolume | undefined): PersistentVolumeClaim {
    const status = { ...(claim.status ?? {}) };
    let dirty = false;
    if (status.phase !== phase) {
      status.phase = phase;
      dirty = true;
    }
    if (!volume) {
      if (status.accessModes !== undefined) {
        delete status.accessModes;
        dirty = true;
      }
      if (status.capacity !== undefined) {
        delete status.capacity;
        dirty = true;
      }
    } else {
      if (JSON.stringify(status.accessModes) !== JSON.stringify(volume.spec?.accessModes)) {
        status.accessModes = volume.spec?.accessModes;
        dirty = true;
      }
      if (claim.status?.phase !== phase && status.capacity?.storage !== volume.spec?.capacity?.storage) {
        status.capacity = volume.spec?.capacity;
        dirty = true;
      }
    }
    if (!dirty) return claim;
    return this.ctx.api.update({ ...claim, status }, { subresource: "status" }) as PersistentVolumeClaim;
  }

  /** bind: the volume's claimRef, its phase, the claim's volumeName and annotations, the claim's status. */
  private bind(volume: PersistentVolume, claim: PersistentVolumeClaim): void {
    const pv = this.updateVolumePhase(this.bindVolumeToClaim(volume, claim), "Bound", "");
    this.updateClaimStatus(this.bindClaimToVolume(claim, pv), "Bound", pv);
  }

  /** storagehelpers.GetBindVolumeToClaim: a full claimRef; bound-by-controller unless the user pre-bound it. */
  private bindVolumeToClaim(volume: PersistentVolume, claim: PersistentVolumeClaim): PersistentVolume {
    const ref = volume.spec?.claimRef;
    const setByController = !isVolumeBoundToClaim(volume, claim);
    const next = structuredClone(volume) as PersistentVolume;
    let dirty = false;
    if (!ref || ref.name !== claim.metadata.name || ref.namespace !== claim.metadata.namespace || ref.uid !== claim.metadata.uid) {
      next.spec = {
        ...next.spec,
        claimRef: {
          kind: "PersistentVolumeClaim",
          namespace: claim.metadata.namespace,
          name: claim.metadata.name,
          uid: claim.metadata.uid,
          apiVersion: "v1",
          resourceVersion: claim.metadata.resourceVersion,
        },
      };
      dirty = true;
    }
    if (setByController && next.metadata.annotations?.[annBoundByController] === undefined) {
      next.metadata.annotations = { ...next.metadata.annotations, [annBoundByController]: "yes" };
      dirty = true;
    }
    return dirty ? (this.ctx.api.update(next) as PersistentVolume) : volume;
  }

  private bindClaimToVolume(claim: PersistentVolumeClaim, volume: PersistentVolume): PersistentVolumeClaim {
    const next = structuredClone(claim) as PersistentVolumeClaim;
    const annotations = { ...next.metadata.annotations };
    let dirty = false;
    if (claim.spec?.volumeName !== volume.metadata.name) {
      next.spec = { ...next.spec, volumeName: volume.metadata.name };
      if (annotations[annBoundByController] === undefined) annotations[annBoundByController] = "yes";
      dirty = true;
    }
    if (annotations[annBindCompleted] === undefined) {
      annotations[annBindCompleted] = "yes";
      dirty = true;
    }
    if (!dirty) return claim;
    next.metadata.annotations = annotations;
    return this.ctx.api.update(next) as PersistentVolumeClaim;
  }

  // --- volumes ---

  private syncVolume(volume: PersistentVolume): void {
    const ref = volume.spec?.claimRef;
    if (!ref || !ref.uid) {
      this.updateVolumePhase(volume, "Available", "");
      return;
    }
    let claim = getOrUndefined<PersistentVolumeClaim>(this.ctx.api, gvr.pvcs, ref.namespace ?? "", ref.name ?? "");
    if (claim && claim.metadata.uid !== ref.uid) claim = undefined;
    if (!claim) {
      let released = volume;
      if (volume.status?.phase !== "Released" && volume.status?.phase !== "Failed") released = this.updateVolumePhase(volume, "Released", "");
      this.reclaimVolume(released);
      return;
    }
    const claimVolume = claim.spec?.volumeName ?? "";
    if (!claimVolume) {
      this.queue.add(`claim:${claimKey(claim.metadata.namespace, claim.metadata.name)}`);
      return;
    }
    if (claimVolume === volume.metadata.name) {
      this.updateVolumePhase(volume, "Bound", "");
      return;
    }
    const provisioned = volume.metadata.annotations?.[annDynamicallyProvisioned] !== undefined;
    if (provisioned && volume.spec?.persistentVolumeReclaimPolicy === "Delete") {
      let released = volume;
      if (volume.status?.phase !== "Released" && volume.status?.phase !== "Failed") released = this.updateVolumePhase(volume, "Released", "");
      this.reclaimVolume(released);
      return;
    }
    this.unbindVolume(volume);
  }

  /** unbindVolume: forget a controller's binding entirely; of a user's pre-binding only the uid. */
  private unbindVolume(volume: PersistentVolume): void {
    const next = structuredClone(volume) as PersistentVolume;
    if (next.metadata.annotations?.[annBoundByController] !== undefined) {
      next.spec = { ...next.spec, claimRef: undefined };
      delete next.spec.claimRef;
      const annotations = { ...next.metadata.annotations };
      delete annotations[annBoundByController];
      if (Object.keys(annotations).length === 0) delete next.metadata.annotations;
      else next.metadata.annotations = annotations;
    } else if (next.spec?.claimRef) {
      const claimRef = { ...next.spec.claimRef };
      delete claimRef.uid;
      next.spec = { ...next.spec, claimRef };
    }
    const updated = this.ctx.api.update(next) as PersistentVolume;
    this.updateVolumePhase(updated, "Available", "");
  }

  /** updateVolumePhase; the transition time is stamped as the PV status strategy does. */
  private updateVolumePhase(volume: PersistentVolume, phase: string, message: string): PersistentVolume {
    if (volume.status?.phase === phase) return volume;
    const status: Record<string, unknown> = { phase };
    if (message) status.message = message;
    status.lastPhaseTransitionTime = this.now();
    return this.ctx.api.update({ ...volume, status }, { subresource: "status" }) as PersistentVolume;
  }

  private updateVolumePhaseWithEvent(volume: PersistentVolume, phase: string, reason: string, message: string): void {
    if (volume.status?.phase === phase) return;
    const updated = this.updateVolumePhase(volume, phase, message);
    this.recorder.record(updated, "Warning", reason, message);
  }

  private reclaimVolume(volume: PersistentVolume): void {
    const key = `volume:${volume.metadata.name ?? ""}`;
    switch (volume.spec?.persistentVolumeReclaimPolicy) {
      case "Retain":
        return;
      case "Recycle":
        if (volume.spec.hostPath || volume.spec.nfs) {
          this.recorder.record(volume, "Normal", "VolumeRecycled", "Volume recycled");
          this.unbindVolume(volume);
        } else {
          this.updateVolumePhaseWithEvent(volume, "Failed", "VolumeFailedRecycle", "No recycler plugin found for the volume!");
        }
        return;
      case "Delete":
        this.deleteVolume(volume, key);
        return;
      default:
        this.updateVolumePhaseWithEvent(volume, "Failed", "VolumeUnknownReclaimPolicy", "Volume has unrecognized PersistentVolumeReclaimPolicy");
    }
  }

  /** deleteVolumeOperation: external provisioners delete their own volumes; in-tree only hostPath under /tmp. */
  private deleteVolume(volume: PersistentVolume, key: string): void {
    const provisionedBy = volume.metadata.annotations?.[annDynamicallyProvisioned];
    if (provisionedBy && !provisionedBy.startsWith("kubernetes.io/")) return;
    let error: string | undefined;
    const hostPath = volume.spec?.hostPath?.path;
    if (hostPath === undefined) error = `error getting deleter volume plugin for volume "${volume.metadata.name}": no deletable volume plugin matched`;
    else if (!hostPathDeletable.test(hostPath)) error = `host_path deleter only supports /tmp/.+ but received provided ${hostPath}`;
    if (error) {
      this.resync(key);
      if (volume.status?.phase === "Failed") this.recorder.record(volume, "Warning", "VolumeFailedDelete", error);
      else this.updateVolumePhaseWithEvent(volume, "Failed", "VolumeFailedDelete", error);
      return;
    }
    this.ctx.api.delete(gvr.pvs, "", volume.metadata.name ?? "");
  }
}
