// The external provisioner of the default StorageClass: rancher's
// local-path-provisioner (provisioner.go) running in the
// sig-storage-lib-external-provisioner controller. It provisions claims the PV
// controller annotated with its name — for WaitForFirstConsumer classes only
// once the scheduler picked a node — as a hostPath directory on that node
// (`/opt/local-path-provisioner/pvc-<uid>_<ns>_<claim>`, node affinity to it),
// and deletes its Released volumes whose reclaim policy is Delete.
import type { KubeObject } from "../../apiserver/types";
import type { ComponentContext } from "../framework/component";
import { EventRecorder } from "../framework/event-recorder";
import { QueuedController } from "../framework/queued-controller";
import { annBetaStorageProvisioner, annDynamicallyProvisioned, annSelectedNode, annStorageProvisioner } from "./annotations";
import { claimKey, getOrUndefined, gvr, listAll } from "./api";
import type { PersistentVolume, PersistentVolumeClaim, StorageClass } from "./types";
import { claimClass } from "./volume-match";

export const localPathProvisionerName = "rancher.io/local-path";
/** The provisioner's default nodePathMap (DEFAULT_PATH_FOR_NON_LISTED_NODES). */
export const localPathBaseDir = "/opt/local-path-provisioner";
/** Annotation the provisioner writes on its volumes. */
export const localPathSelectedNodeAnnotation = "local.path.provisioner/selected-node";
/** The lib's event source: `<provisioner>_<pod>_<uuid>`. */
export const localPathProvisionerIdentity = `${localPathProvisionerName}_local-path-provisioner-7f8667ccf8-5x7qn_5b0c7d0e-8f7e-4b5a-9d43-2f6c1a9e0b3d`;
/** The lib's per-claim retry: exponential from 15 s up to 1000 s. */
const retryBaseMs = 15_000;
const retryMaxMs = 1_000_000;

/** Where local-path puts a claim's directory on its node. */
export function localPathFor(pvName: string, claim: PersistentVolumeClaim): string {
  return `${localPathBaseDir}/${[pvName, claim.metadata.namespace ?? "", claim.metadata.name ?? ""].join("_")}`;
}

export class LocalPathProvisioner extends QueuedController {
  readonly name = "local-path-provisioner";
  private recorder!: EventRecorder;
  private readonly failures = new Map<string, number>();

  protected watch(ctx: ComponentContext): () => void {
    this.recorder = new EventRecorder(ctx.api, ctx.clock, { component: localPathProvisionerIdentity });
    const claimChanged = (pvc: KubeObject) => {
      const a = pvc.metadata.annotations ?? {};
      if (a[annStorageProvisioner] === localPathProvisionerName || a[annBetaStorageProvisioner] === localPathProvisionerName)
        this.queue.add(`claim:${claimKey(pvc.metadata.namespace, pvc.metadata.name)}`);
    };
    const volumeChanged = (pv: KubeObject) => {
      if (pv.metadata.annotations?.[annDynamicallyProvisioned] === localPathProvisionerName) this.queue.add(`volume:${pv.metadata.name ?? ""}`);
    };
    for (const pvc of listAll(ctx.api, gvr.pvcs)) claimChanged(pvc);
    for (const pv of listAll(ctx.api, gvr.pvs)) volumeChanged(pv);
    const stopClaims = ctx.api.watch(gvr.pvcs, {}, (e) => e.type !== "DELETED" && claimChanged(e.object));
    const stopVolumes = ctx.api.watch(gvr.pvs, {}, (e) => e.type !== "DELETED" && volumeChanged(e.object));
    return () => {
      stopClaims();
      stopVolumes();
    };
  }

  protected sync(key: string): void {
    if (key.startsWith("claim:")) {
      const [namespace, name] = key.slice("claim:".length).split("/");
      const claim = getOrUndefined<PersistentVolumeClaim>(this.ctx.api, gvr.pvcs, namespace, name);
      if (claim) this.provisionClaim(claim, key);
      return;
    }
    const volume = getOrUndefined<PersistentVolume>(this.ctx.api, gvr.pvs, "", key.slice("volume:".length));
    if (volume) this.deleteVolume(volume);
  }

  /** shouldProvision + provisionClaimOperation of the lib, with local-path's Provision. */
  private provisionClaim(claim: PersistentVolumeClaim, key: string): void {
    if (claim.spec?.volumeName || claim.metadata.deletionTimestamp) return;
    const className = claimClass(claim);
    const sc = className ? getOrUndefined<StorageClass>(this.ctx.api, gvr.storageClasses, "", className) : undefined;
    if (!sc || sc.provisioner !== localPathProvisionerName) return;
    const selectedNode = claim.metadata.annotations?.[annSelectedNode];
    // A WaitForFirstConsumer claim waits for the scheduler's choice.
    if (sc.volumeBindingMode === "WaitForFirstConsumer" && selectedNode === undefined) return;
    const pvName = `pvc-${claim.metadata.uid ?? ""}`;
    if (getOrUndefined(this.ctx.api, gvr.pvs, "", pvName)) return;
    this.recorder.record(claim, "Normal", "Provisioning", `External provisioner is provisioning volume for claim "${claim.metadata.namespace}/${claim.metadata.name}"`);
    const node = selectedNode ? getOrUndefined(this.ctx.api, gvr.nodes, "", selectedNode) : undefined;
    const error = this.provisionError(claim, selectedNode, node);
    if (error) {
      this.recorder.record(claim, "Warning", "ProvisioningFailed", `failed to provision volume with StorageClass "${className}": ${error}`);
      const n = (this.failures.get(key) ?? 0) + 1;
      this.failures.set(key, n);
      this.queue.addAfter(key, Math.min(retryBaseMs * 2 ** (n - 1), retryMaxMs));
      return;
    }
    this.failures.delete(key);
    const nodeName = node?.metadata.name ?? "";
    const hostnameValue = node?.metadata.labels?.["kubernetes.io/hostname"] ?? nodeName;
    const spec: Record<string, unknown> = {
      accessModes: claim.spec?.accessModes,
      capacity: { storage: claim.spec?.resources?.requests?.storage },
      claimRef: {
        kind: "PersistentVolumeClaim",
        namespace: claim.metadata.namespace,
        name: claim.metadata.name,
        uid: claim.metadata.uid,
        apiVersion: "v1",
        resourceVersion: claim.metadata.resourceVersion,
      },
      hostPath: { path: localPathFor(pvName, claim), type: "DirectoryOrCreate" },
      nodeAffinity: {
        required: { nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: [hostnameValue] }] }] },
      },
      persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? "Delete",
      storageClassName: className,
      volumeMode: "Filesystem",
    };
    if (Array.isArray(sc.mountOptions)) spec.mountOptions = sc.mountOptions;
    this.ctx.api.create({
      apiVersion: "v1",
      kind: "PersistentVolume",
      metadata: {
        name: pvName,
        annotations: { [localPathSelectedNodeAnnotation]: nodeName, [annDynamicallyProvisioned]: localPathProvisionerName },
      },
      spec,
    });
    this.recorder.record(claim, "Normal", "ProvisioningSucceeded", `Successfully provisioned volume ${pvName}`);
  }

  /** local-path's Provision refusals (provisionFor), in its order. */
  private provisionError(claim: PersistentVolumeClaim, selectedNode: string | undefined, node: KubeObject | undefined): string | undefined {
    if (claim.spec?.selector) return "claim.Spec.Selector is not supported";
    for (const mode of claim.spec?.accessModes ?? [])
      if (mode !== "ReadWriteOnce" && mode !== "ReadWriteOncePod") return "NodePath only supports ReadWriteOnce and ReadWriteOncePod (1.22+) access modes";
    if (selectedNode === undefined) return "configuration error, no node was specified";
    if (!node) return `nodes "${selectedNode}" not found`;
    return undefined;
  }

  /** The lib's shouldDelete: a Released volume of ours with policy Delete goes (after the teardown). */
  private deleteVolume(volume: PersistentVolume): void {
    if (volume.status?.phase !== "Released" || volume.spec?.persistentVolumeReclaimPolicy !== "Delete") return;
    if (volume.metadata.deletionTimestamp) return;
    this.ctx.api.delete(gvr.pvs, "", volume.metadata.name ?? "");
  }
}
