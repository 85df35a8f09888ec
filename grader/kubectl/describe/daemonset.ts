// describeDaemonSet of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { formatLabels, labelSelectorString } from "../../apiserver/printers/labels";
import type { LabelSelectorView } from "../../apiserver/printers/object-view";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import { writePodTemplate, type PodTemplateView } from "./pod-template";
import { podPhaseCountsText, podStatusForController, type PodPhaseCounts } from "./controller-pods";
import type { Describer } from "./describers";

interface DaemonSetView {
  metadata: KubeObject["metadata"];
  spec?: { selector?: LabelSelectorView; template?: PodTemplateView };
  status?: { desiredNumberScheduled?: number; currentNumberScheduled?: number; updatedNumberScheduled?: number; numberAvailable?: number; numberMisscheduled?: number };
}

/** `kubectl describe daemonset`: the text describeDaemonSet prints, Events included when given. */
export function describeDaemonSet(obj: KubeObject, pods: PodPhaseCounts, events: KubeObject[] | undefined, now: number): string {
  const ds = obj as unknown as DaemonSetView;
  const status = ds.status ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${ds.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${ds.metadata.namespace ?? ""}\n`);
  w.write(0, `Selector:\t${labelSelectorString(ds.spec?.selector)}\n`);
  w.write(0, `Node-Selector:\t${formatLabels(ds.spec?.template?.spec?.nodeSelector)}\n`);
  writeLabelsMultiline(w, "Labels", ds.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", ds.metadata.annotations);
  w.write(0, `Desired Number of Nodes Scheduled: ${status.desiredNumberScheduled ?? 0}\n`);
  w.write(0, `Current Number of Nodes Scheduled: ${status.currentNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${status.updatedNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Available Pods: ${status.numberAvailable ?? 0}\n`);
  w.write(0, `Number of Nodes Misscheduled: ${status.numberMisscheduled ?? 0}\n`);
  w.write(0, `Pods Status:\t${podPhaseCountsText(pods)}\n`);
  writePodTemplate(w, ds.spec?.template ?? {});
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const daemonSetDescriber: Describer = (cluster, obj, settings) => {
  const selector = labelSelectorString((obj as unknown as DaemonSetView).spec?.selector);
  return describeDaemonSet(obj, podStatusForController(cluster, obj, selector), settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
};
