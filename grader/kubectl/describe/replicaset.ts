// describeReplicaSet of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { formatLabelSelector, labelSelectorString } from "../../apiserver/printers/labels";
import type { LabelSelectorView } from "../../apiserver/printers/object-view";
import type { Cluster } from "../../cluster/cluster";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import { writePodTemplate, type PodTemplateView } from "./pod-template";
import { controllerOf } from "./pod";
import { podPhaseCountsText, podStatusForController, type PodPhaseCounts } from "./controller-pods";
import type { DescribeSettings } from "./describers";

interface ReplicaSetView {
  metadata: KubeObject["metadata"];
  spec?: { replicas?: number; selector?: LabelSelectorView; template?: PodTemplateView };
  status?: { replicas?: number; conditions?: { type: string; status: string; reason?: string }[] };
}

/** `kubectl describe replicaset`: the text describeReplicaSet prints, Events included when given. */
export function describeReplicaSet(obj: KubeObject, pods: PodPhaseCounts, events: KubeObject[] | undefined, now: number): string {
  const rs = obj as unknown as ReplicaSetView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${rs.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${rs.metadata.namespace ?? ""}\n`);
  w.write(0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
  writeLabelsMultiline(w, "Labels", rs.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", rs.metadata.annotations);
  const controlledBy = controllerOf(obj);
  if (controlledBy) w.write(0, `Controlled By:\t${controlledBy}\n`);
  w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 0} desired\n`);
  w.write(0, `Pods Status:\t${podPhaseCountsText(pods)}\n`);
  writePodTemplate(w, rs.spec?.template ?? {});
  const conditions = rs.status?.conditions ?? [];
  if (conditions.length > 0) {
    w.write(0, "Conditions:\n  Type\tStatus\tReason\n");
    w.write(1, "----\t------\t------\n");
    for (const c of conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ""}\n`);
  }
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const replicaSetDescriber = (cluster: Cluster, obj: KubeObject, settings: DescribeSettings): string => {
  const selector = labelSelectorString((obj as unknown as ReplicaSetView).spec?.selector);
  return describeReplicaSet(obj, podStatusForController(cluster, obj, selector), settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
};
