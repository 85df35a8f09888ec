// DescribePodTemplate of k8s.io/kubectl/pkg/describe/describe.go v0.34.5: the `Pod Template:`
// section of the workload describers, built from the pod describer's container and volume parts.
import { formatLabelSelector } from "../../apiserver/printers/labels";
import type { LabelSelectorView } from "../../apiserver/printers/object-view";
import type { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline, writeTolerationsMultiline, type TolerationView } from "./describe-format";
import { writeContainers, writeVolumes, type ContainerView, type VolumeView } from "./pod";

interface TopologySpreadConstraintView {
  topologyKey: string;
  whenUnsatisfiable: string;
  maxSkew: number;
  labelSelector?: LabelSelectorView;
}

export interface PodTemplateView {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: {
    serviceAccountName?: string;
    initContainers?: ContainerView[];
    containers?: ContainerView[];
    volumes?: VolumeView[];
    topologySpreadConstraints?: TopologySpreadConstraintView[];
    priorityClassName?: string;
    nodeSelector?: Record<string, string>;
    tolerations?: TolerationView[];
  };
}

/** describeTopologySpreadConstraints: nothing without constraints; sorted by topology key. */
export function writeTopologySpreadConstraints(w: DescribeWriter, constraints: TopologySpreadConstraintView[] | undefined, space: string): void {
  if (!constraints || constraints.length === 0) return;
  const sorted = [...constraints].sort((a, b) => (a.topologyKey < b.topologyKey ? -1 : a.topologyKey > b.topologyKey ? 1 : 0));
  w.write(0, `${space}Topology Spread Constraints:\t`);
  sorted.forEach((c, i) => {
    if (i !== 0) w.write(0, `${space}\t`);
    const selector = c.labelSelector ? ` for selector ${formatLabelSelector(c.labelSelector)}` : "";
    w.write(0, `${c.topologyKey}:${c.whenUnsatisfiable} when max skew ${c.maxSkew} is exceeded${selector}\n`);
  });
}

/** DescribePodTemplate: labels, containers, volumes and scheduling of a workload's template, indented two spaces. */
export function writePodTemplate(w: DescribeWriter, template: PodTemplateView | undefined): void {
  w.write(0, "Pod Template:\n");
  if (!template) {
    w.write(1, "<unset>");
    return;
  }
  const spec = template.spec ?? {};
  writeLabelsMultiline(w, "  Labels", template.metadata?.labels);
  if (Object.keys(template.metadata?.annotations ?? {}).length > 0) writeAnnotationsMultiline(w, "  Annotations", template.metadata?.annotations);
  if (spec.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
  if ((spec.initContainers ?? []).length > 0) writeContainers(w, "Init Containers", spec.initContainers!, undefined, undefined, "  ");
  writeContainers(w, "Containers", spec.containers ?? [], undefined, undefined, "  ");
  writeVolumes(w, spec.volumes, "  ");
  writeTopologySpreadConstraints(w, spec.topologySpreadConstraints, "  ");
  if (spec.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  writeLabelsMultiline(w, "  Node-Selectors", spec.nodeSelector);
  writeTolerationsMultiline(w, "  Tolerations", spec.tolerations);
}
