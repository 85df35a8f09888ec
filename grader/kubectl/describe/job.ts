// describeJob and capIndexesListOrNone of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { humanDuration } from "../../apiserver/duration";
import { labelSelectorString } from "../../apiserver/printers/labels";
import type { LabelSelectorView } from "../../apiserver/printers/object-view";
import { parseTimestamp } from "../../apiserver/printers/timestamps";
import type { Cluster } from "../../cluster/cluster";
import { DescribeWriter } from "./describe-writer";
import { formatRFC1123Z, writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import { writePodTemplate, type PodTemplateView } from "./pod-template";
import { controllerOf } from "./pod";
import type { DescribeSettings } from "./describers";

interface JobView {
  metadata: KubeObject["metadata"];
  spec?: {
    selector?: LabelSelectorView;
    parallelism?: number;
    completions?: number;
    completionMode?: string;
    suspend?: boolean;
    backoffLimit?: number;
    ttlSecondsAfterFinished?: number;
    activeDeadlineSeconds?: number;
    template?: PodTemplateView;
  };
  status?: { startTime?: string; completionTime?: string; active?: number; ready?: number; succeeded?: number; failed?: number; completedIndexes?: string };
}

const isSet = <T>(v: T | undefined | null): v is T => v !== undefined && v !== null;

/** capIndexesListOrNone: the completed indexes cut after the first comma past `softLimit` characters, then `...`. */
export function capIndexesListOrNone(indexes: string | undefined, softLimit: number): string {
  if (!indexes) return "<none>";
  const comma = indexes.indexOf(",", softLimit);
  return comma === -1 ? indexes : `${indexes.slice(0, comma + 1)}...`;
}

/** `kubectl describe job`: the text describeJob prints, Events included when given. */
export function describeJob(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const job = obj as unknown as JobView;
  const spec = job.spec ?? {};
  const status = job.status ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${job.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${job.metadata.namespace ?? ""}\n`);
  w.write(0, `Selector:\t${labelSelectorString(spec.selector)}\n`);
  writeLabelsMultiline(w, "Labels", job.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", job.metadata.annotations);
  const controlledBy = controllerOf(obj);
  if (controlledBy) w.write(0, `Controlled By:\t${controlledBy}\n`);
  if (isSet(spec.parallelism)) w.write(0, `Parallelism:\t${spec.parallelism}\n`);
  w.write(0, `Completions:\t${isSet(spec.completions) ? spec.completions : "<unset>"}\n`);
  if (isSet(spec.completionMode)) w.write(0, `Completion Mode:\t${spec.completionMode}\n`);
  if (isSet(spec.suspend)) w.write(0, `Suspend:\t${spec.suspend}\n`);
  if (isSet(spec.backoffLimit)) w.write(0, `Backoff Limit:\t${spec.backoffLimit}\n`);
  if (isSet(spec.ttlSecondsAfterFinished)) w.write(0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
  if (status.startTime) w.write(0, `Start Time:\t${formatRFC1123Z(status.startTime)}\n`);
  if (status.completionTime) w.write(0, `Completed At:\t${formatRFC1123Z(status.completionTime)}\n`);
  if (status.startTime && status.completionTime) {
    w.write(0, `Duration:\t${humanDuration((parseTimestamp(status.completionTime) ?? 0) - (parseTimestamp(status.startTime) ?? 0))}\n`);
  }
  if (isSet(spec.activeDeadlineSeconds)) w.write(0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  const ready = isSet(status.ready) ? ` (${status.ready} Ready)` : "";
  w.write(0, `Pods Statuses:\t${status.active ?? 0} Active${ready} / ${status.succeeded ?? 0} Succeeded / ${status.failed ?? 0} Failed\n`);
  if (spec.completionMode === "Indexed") w.write(0, `Completed Indexes:\t${capIndexesListOrNone(status.completedIndexes, 50)}\n`);
  writePodTemplate(w, spec.template ?? {});
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const jobDescriber = (cluster: Cluster, obj: KubeObject, settings: DescribeSettings): string =>
  describeJob(obj, settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
