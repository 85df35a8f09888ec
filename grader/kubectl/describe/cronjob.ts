// describeCronJob, describeJobTemplate and printActiveJobs of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { labelSelectorString } from "../../apiserver/printers/labels";
import type { LabelSelectorView } from "../../apiserver/printers/object-view";
import type { Cluster } from "../../cluster/cluster";
import { DescribeWriter } from "./describe-writer";
import { formatRFC1123Z, writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import { writePodTemplate, type PodTemplateView } from "./pod-template";
import type { DescribeSettings } from "./describers";

interface JobTemplateView {
  spec?: { selector?: LabelSelectorView; parallelism?: number; completions?: number; activeDeadlineSeconds?: number; template?: PodTemplateView };
}

interface CronJobView {
  metadata: KubeObject["metadata"];
  spec?: {
    schedule?: string;
    concurrencyPolicy?: string;
    suspend?: boolean;
    successfulJobsHistoryLimit?: number;
    failedJobsHistoryLimit?: number;
    startingDeadlineSeconds?: number;
    jobTemplate?: JobTemplateView;
  };
  status?: { lastScheduleTime?: string; active?: { name?: string }[] };
}

const isSet = <T>(v: T | undefined | null): v is T => v !== undefined && v !== null;
const orUnset = (v: number | undefined, suffix = ""): string => (isSet(v) ? `${v}${suffix}` : "<unset>");

/** describeJobTemplate: a CronJob's job spec, `<unset>` for what the template leaves out. */
function writeJobTemplate(w: DescribeWriter, template: JobTemplateView | undefined): void {
  const spec = template?.spec ?? {};
  w.write(0, `Selector:\t${spec.selector ? labelSelectorString(spec.selector) : "<unset>"}\n`);
  w.write(0, `Parallelism:\t${orUnset(spec.parallelism)}\n`);
  w.write(0, `Completions:\t${orUnset(spec.completions)}\n`);
  if (isSet(spec.activeDeadlineSeconds)) w.write(0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
  writePodTemplate(w, spec.template ?? {});
}

/** `kubectl describe cronjob`: the text describeCronJob prints, Events included when given. */
export function describeCronJob(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const cj = obj as unknown as CronJobView;
  const spec = cj.spec ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${cj.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${cj.metadata.namespace ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", cj.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", cj.metadata.annotations);
  w.write(0, `Schedule:\t${spec.schedule ?? ""}\n`);
  w.write(0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? ""}\n`);
  w.write(0, `Suspend:\t${isSet(spec.suspend) ? (spec.suspend ? "True" : "False") : "<unset>"}\n`);
  w.write(0, `Successful Job History Limit:\t${orUnset(spec.successfulJobsHistoryLimit)}\n`);
  w.write(0, `Failed Job History Limit:\t${orUnset(spec.failedJobsHistoryLimit)}\n`);
  w.write(0, `Starting Deadline Seconds:\t${orUnset(spec.startingDeadlineSeconds, "s")}\n`);
  writeJobTemplate(w, spec.jobTemplate);
  const last = cj.status?.lastScheduleTime;
  w.write(0, `Last Schedule Time:\t${last ? formatRFC1123Z(last) : "<unset>"}\n`);
  const active = cj.status?.active ?? [];
  w.write(0, `Active Jobs:\t${active.length === 0 ? "<none>" : active.map((j) => j.name ?? "").join(", ")}\n`);
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const cronJobDescriber = (cluster: Cluster, obj: KubeObject, settings: DescribeSettings): string =>
  describeCronJob(obj, settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
