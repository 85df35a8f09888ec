// describeReplicationController of k8s.io/kubectl/pkg/describe/describe.go v0.34.5: as a
// ReplicaSet's, but the selector is a plain map (labels.FormatLabels) and there is no Controlled By.
import type { KubeObject } from "../../apiserver/types";
import { formatLabels, labelSelectorString } from "../../apiserver/printers/labels";
import type { Cluster } from "../../cluster/cluster";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import { writePodTemplate, type PodTemplateView } from "./pod-template";
import { podPhaseCountsText, podStatusForController, type PodPhaseCounts } from "./controller-pods";
import type { DescribeSettings } from "./describers";

interface ReplicationControllerView {
  metadata: KubeObject["metadata"];
  spec?: { replicas?: number; selector?: Record<string, string>; template?: PodTemplateView };
  status?: { replicas?: number; conditions?: { type: string; status: string; reason?: string }[] };
}

/** `kubectl describe replicationcontroller`: the text describeReplicationController prints, Events included when given. */
export function describeReplicationController(obj: KubeObject, pods: PodPhaseCounts, events: KubeObject[] | undefined, now: number): string {
  const rc = obj as unknown as ReplicationControllerView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${rc.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${rc.metadata.namespace ?? ""}\n`);
  w.write(0, `Selector:\t${formatLabels(rc.spec?.selector)}\n`);
  writeLabelsMultiline(w, "Labels", rc.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", rc.metadata.annotations);
  // spec.replicas is a pointer the API server defaults to 1.
  w.write(0, `Replicas:\t${rc.status?.replicas ?? 0} current / ${rc.spec?.replicas ?? 1} desired\n`);
  w.write(0, `Pods Status:\t${podPhaseCountsText(pods)}\n`);
  // spec.template is a pointer here: a missing one prints `<unset>`.
  writePodTemplate(w, rc.spec?.template);
  const conditions = rc.status?.conditions ?? [];
  if (conditions.length > 0) {
    w.write(0, "Conditions:\n  Type\tStatus\tReason\n");
    w.write(1, "----\t------\t------\n");
    for (const c of conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ""}\n`);
  }
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const replicationControllerDescriber = (cluster: Cluster, obj: KubeObject, settings: DescribeSettings): string => {
  // labels.SelectorFromSet: the map's pairs, all required.
  const selector = labelSelectorString({ matchLabels: (obj as unknown as ReplicationControllerView).spec?.selector });
  return describeReplicationController(obj, podStatusForController(cluster, obj, selector), settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
};
