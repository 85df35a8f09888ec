// Job and CronJob columns of printers.go (printJob, printCronJob).
import type { TablePrinter } from "./interface";
import { humanDuration } from "../duration";
import { ageColumn, column, containersColumn, imagesColumn, nameColumn, wideColumn } from "./columns";
import { layoutContainerCells } from "./containers";
import { formatLabelSelector } from "./labels";
import type { LabelSelectorView, PodTemplateView } from "./object-view";
import { view } from "./object-view";
import { parseTimestamp, translateTimestampSince } from "./timestamps";

interface JobSpecView {
  completions?: number | null;
  parallelism?: number | null;
  selector?: LabelSelectorView;
  template?: PodTemplateView;
}

interface JobView {
  metadata: { name?: string; creationTimestamp?: string; deletionTimestamp?: string };
  spec?: JobSpecView;
  status?: {
    succeeded?: number;
    startTime?: string;
    completionTime?: string;
    conditions?: { type: string; status: string }[];
  };
}

interface CronJobView {
  metadata: { name?: string; creationTimestamp?: string };
  spec?: { schedule?: string; timeZone?: string | null; suspend?: boolean | null; jobTemplate?: { spec?: JobSpecView } };
  status?: { active?: unknown[]; lastScheduleTime?: string };
}

// hasJobCondition: the first condition of the type decides.
function hasJobCondition(job: JobView, type: string): boolean {
  const condition = (job.status?.conditions ?? []).find((c) => c.type === type);
  return condition?.status === "True";
}

function jobStatus(job: JobView): string {
  if (hasJobCondition(job, "Complete")) return "Complete";
  if (hasJobCondition(job, "Failed")) return "Failed";
  if (job.metadata.deletionTimestamp) return "Terminating";
  if (hasJobCondition(job, "Suspended")) return "Suspended";
  if (hasJobCondition(job, "FailureTarget")) return "FailureTarget";
  return "Running";
}

function jobCompletions(job: JobView): string {
  const succeeded = job.status?.succeeded ?? 0;
  const completions = job.spec?.completions;
  if (completions !== undefined && completions !== null) return `${succeeded}/${completions}`;
  const parallelism = job.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

function jobDuration(job: JobView, now: number): string {
  const start = parseTimestamp(job.status?.startTime);
  if (start === undefined) return "";
  const completion = parseTimestamp(job.status?.completionTime);
  return humanDuration((completion ?? now) - start);
}

/** printBoolPtr: `True`, `False`, or `<unset>` for a nil pointer. */
const boolPtrString = (value: boolean | null | undefined): string =>
  value === undefined || value === null ? "<unset>" : value ? "True" : "False";

export const jobPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Status", "string", "Status of the job."),
    column("Completions"),
    column("Duration", "string", "Time required to complete the job."),
    ageColumn,
    containersColumn,
    imagesColumn,
    wideColumn("Selector"),
  ],
  row(obj, ctx) {
    const job = view<JobView>(obj);
    const [names, images] = layoutContainerCells(job.spec?.template?.spec?.containers);
    return [
      job.metadata.name ?? "",
      jobStatus(job),
      jobCompletions(job),
      jobDuration(job, ctx.now),
      translateTimestampSince(job.metadata.creationTimestamp, ctx.now),
      names,
      images,
      formatLabelSelector(job.spec?.selector),
    ];
  },
};

export const cronJobPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Schedule"),
    column("Timezone"),
    column("Suspend", "boolean"),
    column("Active", "integer"),
    column("Last Schedule"),
    ageColumn,
    containersColumn,
    imagesColumn,
    wideColumn("Selector"),
  ],
  row(obj, ctx) {
    const cj = view<CronJobView>(obj);
    const jobSpec = cj.spec?.jobTemplate?.spec;
    const [names, images] = layoutContainerCells(jobSpec?.template?.spec?.containers);
    const lastSchedule = cj.status?.lastScheduleTime;
    return [
      cj.metadata.name ?? "",
      cj.spec?.schedule ?? "",
      cj.spec?.timeZone ?? "<none>",
      boolPtrString(cj.spec?.suspend),
      (cj.status?.active ?? []).length,
      lastSchedule ? translateTimestampSince(lastSchedule, ctx.now) : "<none>",
      translateTimestampSince(cj.metadata.creationTimestamp, ctx.now),
      names,
      images,
      formatLabelSelector(jobSpec?.selector),
    ];
  },
};
