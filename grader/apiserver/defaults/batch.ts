// Defaults of batch/v1 types: pkg/apis/batch/v1/defaults.go (v1.34, with
// JobPodReplacementPolicy on). A CronJob's jobTemplate is a JobTemplateSpec, not
// a Job: it gets the pod template defaults only, as upstream.
import type { DefaulterTable } from "./defaulter";
import { defaultNil, defaultZero, ensureObject, isNil, objectAt } from "./json-helpers";

export const batchDefaulters: DefaulterTable = {
  V1Job(job) {
    const spec = ensureObject(job, "spec");
    if (isNil(spec.completions) && isNil(spec.parallelism)) {
      spec.completions = 1;
      spec.parallelism = 1;
    }
    defaultNil(spec, "parallelism", 1);
    defaultNil(spec, "backoffLimit", isNil(spec.backoffLimitPerIndex) ? 6 : 2147483647);
    const templateLabels = objectAt(objectAt(objectAt(spec, "template") ?? {}, "metadata") ?? {}, "labels");
    const meta = ensureObject(job, "metadata");
    const labels = objectAt(meta, "labels");
    if (templateLabels && (!labels || Object.keys(labels).length === 0)) meta.labels = { ...templateLabels };
    defaultNil(spec, "completionMode", "NonIndexed");
    defaultNil(spec, "suspend", false);
    defaultNil(spec, "podReplacementPolicy", isNil(spec.podFailurePolicy) ? "TerminatingOrFailed" : "Failed");
    defaultNil(spec, "manualSelector", false);
  },
  V1PodFailurePolicyOnPodConditionsPattern(pattern) {
    defaultZero(pattern, "status", "True");
  },
  V1CronJob(cj) {
    const spec = ensureObject(cj, "spec");
    defaultZero(spec, "concurrencyPolicy", "Allow");
    defaultNil(spec, "suspend", false);
    defaultNil(spec, "successfulJobsHistoryLimit", 3);
    defaultNil(spec, "failedJobsHistoryLimit", 1);
  },
};
