// describePersistentVolume and printVolumeNodeAffinity of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { humanDuration } from "../../apiserver/duration";
import { accessModesString } from "../../apiserver/printers/storage";
import { parseTimestamp } from "../../apiserver/printers/timestamps";
import { tryParseQuantity } from "../../apiserver/quantity";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import { goStringSlice } from "./policy-rules";
import type { Describer } from "./describers";

interface NodeSelectorRequirementView {
  key: string;
  operator: string;
  values?: string[];
}

interface PersistentVolumeView {
  metadata: KubeObject["metadata"];
  spec?: {
    storageClassName?: string;
    claimRef?: { namespace?: string; name?: string };
    persistentVolumeReclaimPolicy?: string;
    accessModes?: string[];
    volumeMode?: string;
    capacity?: Record<string, string>;
    nodeAffinity?: { required?: { nodeSelectorTerms?: { matchExpressions?: NodeSelectorRequirementView[] }[] } };
    hostPath?: { path?: string; type?: string };
    local?: { path?: string };
    nfs?: { server?: string; path?: string; readOnly?: boolean };
    csi?: { driver?: string; fsType?: string; volumeHandle?: string; readOnly?: boolean; volumeAttributes?: Record<string, string> };
  };
  status?: { phase?: string; message?: string };
}

/** maxAnnotationLen of describe.go: longer `key=value` lines are cut and end in `...`. */
const maxAnnotationLen = 140;

/** Quantity.String(): the canonical form ("0" when absent). */
export function quantityString(value: string | undefined): string {
  if (value === undefined) return "0";
  return tryParseQuantity(value)?.toString() ?? value;
}

/** translateTimestampSince. */
export function timestampSince(timestamp: string | undefined, now: number): string {
  const ms = parseTimestamp(timestamp);
  return ms === undefined ? "<unknown>" : humanDuration(now - ms);
}

function writeVolumeNodeAffinity(w: DescribeWriter, affinity: NonNullable<PersistentVolumeView["spec"]>["nodeAffinity"]): void {
  w.write(0, "Node Affinity:\t");
  if (!affinity?.required) {
    w.write(0, "<none>\n");
    return;
  }
  w.write(0, "\n");
  w.write(1, "Required Terms:\t");
  const terms = affinity.required.nodeSelectorTerms ?? [];
  if (terms.length === 0) {
    w.write(0, "<none>\n");
    return;
  }
  w.write(0, "\n");
  terms.forEach((term, i) => {
    // printNodeSelectorTermsMultilineWithIndent
    w.write(2, `Term ${i}:\t`);
    const reqs = term.matchExpressions ?? [];
    if (reqs.length === 0) {
      w.write(0, "<none>\n");
      return;
    }
    reqs.forEach((req, j) => {
      if (j !== 0) w.write(2, "\t");
      const values = req.values?.length ? ` [${req.values.join(", ")}]` : "";
      w.write(0, `${req.key} ${req.operator.toLowerCase()}${values}\n`);
    });
  });
}

function writeSource(w: DescribeWriter, spec: NonNullable<PersistentVolumeView["spec"]>): void {
  if (spec.hostPath) {
    w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${spec.hostPath.path ?? ""}\n    HostPathType:\t${spec.hostPath.type ?? "<none>"}\n`);
  } else if (spec.nfs) {
    w.write(2, `Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n    Server:\t${spec.nfs.server ?? ""}\n    Path:\t${spec.nfs.path ?? ""}\n    ReadOnly:\t${spec.nfs.readOnly ?? false}\n`);
  } else if (spec.local) {
    w.write(2, `Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n    Path:\t${spec.local.path ?? ""}\n`);
  } else if (spec.csi) {
    const csi = spec.csi;
    w.write(2, `Type:\tCSI (a Container Storage Interface (CSI) volume source)\n    Driver:\t${csi.driver ?? ""}\n    FSType:\t${csi.fsType ?? ""}\n    VolumeHandle:\t${csi.volumeHandle ?? ""}\n    ReadOnly:\t${csi.readOnly ?? false}\n`);
    // printCSIPersistentVolumeAttributesMultilineIndent
    w.write(2, "VolumeAttributes:\t");
    const attrs = csi.volumeAttributes ?? {};
    const keys = Object.keys(attrs).sort();
    if (keys.length === 0) w.write(0, "<none>\n");
    keys.forEach((key, i) => {
      if (i !== 0) w.write(2, "\t");
      const line = `${key}=${attrs[key]}`;
      w.write(2, line.length > maxAnnotationLen ? `${line.slice(0, maxAnnotationLen)}...\n` : `${line}\n`);
    });
  } else {
    w.write(1, "<unknown>\n");
  }
}

/** `kubectl describe pv`: the text describePersistentVolume prints, Events included when given. */
export function describePersistentVolume(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const pv = obj as unknown as PersistentVolumeView;
  const spec = pv.spec ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${pv.metadata.name ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", pv.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", pv.metadata.annotations);
  w.write(0, `Finalizers:\t${goStringSlice(pv.metadata.finalizers)}\n`);
  // storageutil.GetPersistentVolumeClass: the beta annotation wins.
  w.write(0, `StorageClass:\t${pv.metadata.annotations?.["volume.beta.kubernetes.io/storage-class"] ?? spec.storageClassName ?? ""}\n`);
  if (pv.metadata.deletionTimestamp) w.write(0, `Status:\tTerminating (lasts ${timestampSince(pv.metadata.deletionTimestamp, now)})\n`);
  else w.write(0, `Status:\t${pv.status?.phase ?? ""}\n`);
  w.write(0, `Claim:\t${spec.claimRef ? `${spec.claimRef.namespace ?? ""}/${spec.claimRef.name ?? ""}` : ""}\n`);
  w.write(0, `Reclaim Policy:\t${spec.persistentVolumeReclaimPolicy ?? ""}\n`);
  w.write(0, `Access Modes:\t${accessModesString(spec.accessModes)}\n`);
  if (spec.volumeMode !== undefined) w.write(0, `VolumeMode:\t${spec.volumeMode}\n`);
  w.write(0, `Capacity:\t${quantityString(spec.capacity?.storage)}\n`);
  writeVolumeNodeAffinity(w, spec.nodeAffinity);
  w.write(0, `Message:\t${pv.status?.message ?? ""}\n`);
  w.write(0, "Source:\n");
  writeSource(w, spec);
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const persistentVolumeDescriber: Describer = (cluster, obj, settings) =>
  describePersistentVolume(obj, settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
