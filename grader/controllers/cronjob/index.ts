export { CronJobController, cronJobsGVR, cronJobControllerName } from "./controller";
export { parseCronSchedule, CronParseError, type CronSchedule } from "./schedule";
export { cronJobJobName, cronJobScheduledTimestampAnnotation } from "./job-from-template";
