// describePriorityClass of k8s.io/kubectl/pkg/describe/describe.go v0.34.5: annotations on one
// line as labels.FormatLabels prints them.
import type { KubeObject } from "../../apiserver/types";
import { formatLabels } from "../../apiserver/printers/labels";
import { DescribeWriter } from "./describe-writer";
import { searchEvents, writeEvents } from "./events";
import type { Describer } from "./describers";

interface PriorityClassView {
  metadata: KubeObject["metadata"];
  value?: number;
  globalDefault?: boolean;
  preemptionPolicy?: string;
  description?: string;
}

/** `kubectl describe priorityclass`, Events included when given. */
export function describePriorityClass(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const pc = obj as unknown as PriorityClassView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${pc.metadata.name ?? ""}\n`);
  w.write(0, `Value:\t${pc.value ?? 0}\n`);
  w.write(0, `GlobalDefault:\t${pc.globalDefault === true}\n`);
  w.write(0, `PreemptionPolicy:\t${pc.preemptionPolicy ?? ""}\n`);
  w.write(0, `Description:\t${pc.description ?? ""}\n`);
  w.write(0, `Annotations:\t${formatLabels(pc.metadata.annotations)}\n`);
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const priorityClassDescriber: Describer = (cluster, obj, settings) =>
  describePriorityClass(obj, settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
