export { JobController, newJobController, jobsGVR } from "./controller";
export { jobTrackingFinalizer } from "./constants";
export { finishedConditionType, jobFinishTime, type JobStatus, type JobCondition } from "./status";
