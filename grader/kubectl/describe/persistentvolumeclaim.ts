// describePersistentVolumeClaim, printPersistentVolumeClaim, getPodsForPVC and
// printPodsMultiline of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { accessModesString } from "../../apiserver/printers/storage";
import type { Cluster } from "../../cluster/cluster";
import { DescribeWriter } from "./describe-writer";
import { formatRFC1123Z, writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import { quantityString, timestampSince } from "./persistentvolume";
import { goStringSlice } from "./policy-rules";
import type { Describer } from "./describers";

interface PersistentVolumeClaimView {
  metadata: KubeObject["metadata"];
  spec?: {
    storageClassName?: string;
    volumeName?: string;
    volumeMode?: string;
    resources?: { requests?: Record<string, string> };
    dataSource?: { apiGroup?: string; kind?: string; name?: string };
  };
  status?: {
    phase?: string;
    accessModes?: string[];
    capacity?: Record<string, string>;
    conditions?: { type: string; status: string; lastProbeTime?: string | null; lastTransitionTime?: string | null; reason?: string; message?: string }[];
  };
}

const podsResource = { group: "", version: "v1", resource: "pods" };

/** getPodsForPVC: pods with a volume on the claim, then the claim's Pod owners not yet listed. */
export function podsForClaim(cluster: Cluster, pvc: KubeObject): KubeObject[] {
  const nsPods = cluster.api.list(podsResource, { namespace: pvc.metadata.namespace }).items;
  const pods: KubeObject[] = [];
  for (const pod of nsPods) {
    for (const v of ((pod.spec as { volumes?: { persistentVolumeClaim?: { claimName?: string } }[] } | undefined)?.volumes ?? [])) {
      if (v.persistentVolumeClaim?.claimName === pvc.metadata.name) pods.push(pod);
    }
  }
  for (const ref of pvc.metadata.ownerReferences ?? []) {
    if (ref.kind !== "Pod") continue;
    const owner = nsPods.find((p) => p.metadata.uid === ref.uid);
    if (owner && !pods.some((p) => p.metadata.uid === owner.metadata.uid)) pods.push(owner);
  }
  return pods;
}

/** printPodsMultiline: the names in order, one per line. */
function writePodsMultiline(w: DescribeWriter, title: string, pods: KubeObject[]): void {
  w.write(0, `${title}:\t`);
  if (pods.length === 0) {
    w.write(0, "<none>\n");
    return;
  }
  const names = pods.map((p) => p.metadata.name ?? "").sort();
  names.forEach((name, i) => w.write(0, `${i === 0 ? "" : "\t"}${name}\n`));
}

/** `kubectl describe pvc`: the text describePersistentVolumeClaim prints, Events included when given. */
export function describePersistentVolumeClaim(obj: KubeObject, pods: KubeObject[], events: KubeObject[] | undefined, now: number): string {
  const pvc = obj as unknown as PersistentVolumeClaimView;
  const spec = pvc.spec ?? {};
  const status = pvc.status ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${pvc.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${pvc.metadata.namespace ?? ""}\n`);
  // storageutil.GetPersistentVolumeClaimClass: the beta annotation wins.
  w.write(0, `StorageClass:\t${pvc.metadata.annotations?.["volume.beta.kubernetes.io/storage-class"] ?? spec.storageClassName ?? ""}\n`);
  if (pvc.metadata.deletionTimestamp) w.write(0, `Status:\tTerminating (lasts ${timestampSince(pvc.metadata.deletionTimestamp, now)})\n`);
  else w.write(0, `Status:\t${status.phase ?? ""}\n`);
  w.write(0, `Volume:\t${spec.volumeName ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", pvc.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", pvc.metadata.annotations);
  w.write(0, `Finalizers:\t${goStringSlice(pvc.metadata.finalizers)}\n`);
  // Capacity and modes only once bound: the requested size is not what the volume has.
  const bound = !!spec.volumeName;
  w.write(0, `Capacity:\t${bound ? quantityString(status.capacity?.storage) : ""}\n`);
  w.write(0, `Access Modes:\t${bound ? accessModesString(status.accessModes) : ""}\n`);
  if (spec.volumeMode !== undefined) w.write(0, `VolumeMode:\t${spec.volumeMode}\n`);
  if (spec.dataSource) {
    w.write(0, "DataSource:\n");
    if (spec.dataSource.apiGroup !== undefined) w.write(1, `APIGroup:\t${spec.dataSource.apiGroup}\n`);
    w.write(1, `Kind:\t${spec.dataSource.kind ?? ""}\n`);
    w.write(1, `Name:\t${spec.dataSource.name ?? ""}\n`);
  }
  writePodsMultiline(w, "Used By", pods);
  if ((status.conditions ?? []).length > 0) {
    w.write(0, "Conditions:\n");
    w.write(1, "Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n");
    w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n");
    for (const c of status.conditions!) {
      w.write(1, `${c.type} \t${c.status} \t${formatRFC1123Z(c.lastProbeTime)} \t${formatRFC1123Z(c.lastTransitionTime)} \t${c.reason ?? ""} \t${c.message ?? ""}\n`);
    }
  }
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const persistentVolumeClaimDescriber: Describer = (cluster, obj, settings) =>
  describePersistentVolumeClaim(obj, podsForClaim(cluster, obj), settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
