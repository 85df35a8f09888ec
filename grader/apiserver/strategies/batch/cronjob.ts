// CronJob validation and strategy (pkg/apis/batch/validation/validation.go,
// pkg/registry/batch/cronjob/strategy.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { cronParseError, isKnownTimeZone } from "../../validation/cron";
import { goLabelSelector } from "../../validation/go-value";
import { nameIsDNSSubdomain } from "../../validation/names";
import { validateNonnegative, validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child } from "../../validation/path";
import { keepSpec, keepStatusAndBumpGeneration, resetForCreate } from "../generation";
import { validateJobSpecCommon, type JobSpec } from "./job";

interface CronJobSpec {
  schedule?: string;
  timeZone?: string;
  startingDeadlineSeconds?: number;
  concurrencyPolicy?: string;
  suspend?: boolean;
  jobTemplate?: { metadata?: Record<string, unknown>; spec?: JobSpec };
  successfulJobsHistoryLimit?: number;
  failedJobsHistoryLimit?: number;
}

function specOf(o: KubeObject): CronJobSpec {
  return (o.spec ?? {}) as CronJobSpec;
}

const validTimeZoneCharacters = /^[A-Za-z.\-_0-9+]{1,14}$/;

function validateTimeZone(tz: string | undefined, path: string): FieldError[] {
  if (tz === undefined) return [];
  if (tz === "") return [fieldErrors.invalid(path, tz, "timeZone must be nil or non-empty string")];
  for (const part of tz.split("/"))
    if (part === "." || part === ".." || part.startsWith("-") || !validTimeZoneCharacters.test(part))
      return [fieldErrors.invalid(path, tz, `unknown time zone ${tz}`)];
  const errs: FieldError[] = [];
  if (tz.toLowerCase() === "local")
    errs.push(fieldErrors.invalid(path, tz, "timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones"));
  if (!isKnownTimeZone(tz)) errs.push(fieldErrors.invalid(path, tz, `unknown time zone ${tz}`));
  return errs;
}

const concurrencyPolicies = ["Allow", "Forbid", "Replace"];

function validateCronJobSpec(spec: CronJobSpec, old: CronJobSpec | undefined, path = "spec"): FieldError[] {
  const errs: FieldError[] = [];
  const sPath = child(path, "schedule");
  if (!spec.schedule) errs.push(fieldErrors.required(sPath));
  else {
    const parseErr = cronParseError(spec.schedule);
    if (parseErr) errs.push(fieldErrors.invalid(sPath, spec.schedule, parseErr));
    const allowTZ = (old?.schedule ?? "").includes("TZ");
    if (allowTZ && spec.schedule.includes("TZ") && spec.timeZone !== undefined)
      errs.push(fieldErrors.invalid(sPath, spec.schedule, "cannot use both timeZone field and TZ or CRON_TZ in schedule"));
    else if (!allowTZ && spec.schedule.includes("TZ"))
      errs.push(fieldErrors.invalid(sPath, spec.schedule, "cannot use TZ or CRON_TZ in schedule, use timeZone field instead"));
  }
  errs.push(...validateNonnegative(spec.startingDeadlineSeconds, child(path, "startingDeadlineSeconds")));
  if (!old || old.timeZone !== spec.timeZone) errs.push(...validateTimeZone(spec.timeZone, child(path, "timeZone")));
  const cp = spec.concurrencyPolicy ?? "";
  if (cp === "") errs.push(fieldErrors.required(child(path, "concurrencyPolicy")));
  else if (!concurrencyPolicies.includes(cp)) errs.push(fieldErrors.notSupported(child(path, "concurrencyPolicy"), cp, concurrencyPolicies));
  const jtPath = child(path, "jobTemplate");
  const jobSpec = spec.jobTemplate?.spec ?? {};
  errs.push(...validateJobSpecCommon(jobSpec, child(jtPath, "spec")));
  if (jobSpec.selector) errs.push(fieldErrors.invalid(child(jtPath, "spec", "selector"), goLabelSelector(jobSpec.selector), "`selector` will be auto-generated"));
  if (jobSpec.manualSelector) errs.push(fieldErrors.notSupported(child(jtPath, "spec", "manualSelector"), true, ["nil", "false"]));
  errs.push(...validateNonnegative(spec.successfulJobsHistoryLimit, child(path, "successfulJobsHistoryLimit")));
  errs.push(...validateNonnegative(spec.failedJobsHistoryLimit, child(path, "failedJobsHistoryLimit")));
  return errs;
}

function validateCronJob(cj: KubeObject): FieldError[] {
  const errs = validateObjectMeta(cj.metadata, true, nameIsDNSSubdomain);
  errs.push(...validateCronJobSpec(specOf(cj), undefined));
  // The controller appends an 11-character suffix to Job names, which are limited to 63.
  if ((cj.metadata.name ?? "").length > 52)
    errs.push(fieldErrors.invalid(child("metadata", "name"), cj.metadata.name, "must be no more than 52 characters"));
  return errs;
}

export const cronJobStrategy: Strategy = {
  prepareForCreate: (cj) => resetForCreate(cj),
  prepareForUpdate: (cj, old) => keepStatusAndBumpGeneration(cj, old),
  validate: validateCronJob,
  validateUpdate: (cj, old) => [
    ...validateObjectMetaUpdate(cj.metadata, old.metadata),
    ...validateCronJobSpec(specOf(cj), specOf(old)),
  ],
  prepareForStatusUpdate: (cj, old) => keepSpec(cj, old),
};
