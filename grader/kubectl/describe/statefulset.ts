// describeStatefulSet and describeVolumeClaimTemplates of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { labelSelectorString } from "../../apiserver/printers/labels";
import type { LabelSelectorView } from "../../apiserver/printers/object-view";
import { DescribeWriter } from "./describe-writer";
import { formatRFC1123Z, writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import { writePodTemplate, type PodTemplateView } from "./pod-template";
import { podPhaseCountsText, podStatusForController, type PodPhaseCounts } from "./controller-pods";
import { goStringSlice } from "./policy-rules";
import type { Describer } from "./describers";

interface ClaimTemplateView {
  metadata?: { name?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: { storageClassName?: string | null; accessModes?: string[]; resources?: { requests?: Record<string, string> } };
}

interface StatefulSetView {
  metadata: KubeObject["metadata"];
  spec?: {
    replicas?: number;
    selector?: LabelSelectorView;
    updateStrategy?: { type?: string; rollingUpdate?: { partition?: number | null; maxUnavailable?: number | string | null } };
    template?: PodTemplateView;
    volumeClaimTemplates?: ClaimTemplateView[];
  };
  status?: { replicas?: number };
}

/** storageutil.GetPersistentVolumeClaimClass: the beta annotation, else spec.storageClassName, else "". */
export function claimStorageClass(claim: ClaimTemplateView): string {
  const beta = claim.metadata?.annotations?.["volume.beta.kubernetes.io/storage-class"];
  if (beta !== undefined) return beta;
  return claim.spec?.storageClassName ?? "";
}

/** describeVolumeClaimTemplates: each template's class, labels, annotations (as labels), capacity and modes. */
function writeVolumeClaimTemplates(w: DescribeWriter, templates: ClaimTemplateView[] | undefined): void {
  if ((templates ?? []).length === 0) {
    w.write(0, "Volume Claims:\t<none>\n");
    return;
  }
  w.write(0, "Volume Claims:\n");
  for (const pvc of templates!) {
    w.write(1, `Name:\t${pvc.metadata?.name ?? ""}\n`);
    w.write(1, `StorageClass:\t${claimStorageClass(pvc)}\n`);
    writeLabelsMultiline(w, "Labels", pvc.metadata?.labels, "  ");
    writeLabelsMultiline(w, "Annotations", pvc.metadata?.annotations, "  ");
    w.write(1, `Capacity:\t${pvc.spec?.resources?.requests?.storage ?? "<default>"}\n`);
    w.write(1, `Access Modes:\t${goStringSlice(pvc.spec?.accessModes)}\n`);
  }
}

/** `kubectl describe statefulset`: the text describeStatefulSet prints, Events included when given. */
export function describeStatefulSet(obj: KubeObject, pods: PodPhaseCounts, events: KubeObject[] | undefined, now: number): string {
  const ss = obj as unknown as StatefulSetView;
  const spec = ss.spec ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${ss.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${ss.metadata.namespace ?? ""}\n`);
  w.write(0, `CreationTimestamp:\t${formatRFC1123Z(ss.metadata.creationTimestamp)}\n`);
  w.write(0, `Selector:\t${labelSelectorString(spec.selector)}\n`);
  writeLabelsMultiline(w, "Labels", ss.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", ss.metadata.annotations);
  w.write(0, `Replicas:\t${spec.replicas ?? 0} desired | ${ss.status?.replicas ?? 0} total\n`);
  w.write(0, `Update Strategy:\t${spec.updateStrategy?.type ?? ""}\n`);
  const ru = spec.updateStrategy?.rollingUpdate;
  if (ru && ru.partition !== undefined && ru.partition !== null) {
    w.write(1, `Partition:\t${ru.partition}\n`);
    if (ru.maxUnavailable !== undefined && ru.maxUnavailable !== null) w.write(1, `MaxUnavailable:\t${String(ru.maxUnavailable)}\n`);
  }
  w.write(0, `Pods Status:\t${podPhaseCountsText(pods)}\n`);
  writePodTemplate(w, spec.template ?? {});
  writeVolumeClaimTemplates(w, spec.volumeClaimTemplates);
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const statefulSetDescriber: Describer = (cluster, obj, settings) => {
  const selector = labelSelectorString((obj as unknown as StatefulSetView).spec?.selector);
  return describeStatefulSet(obj, podStatusForController(cluster, obj, selector), settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
};
