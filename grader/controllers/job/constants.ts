// Names, reasons and timings of the Job controller (pkg/controller/job,
// k8s.io/api/batch/v1 types.go) at v1.34.

/** The finalizer the Job controller puts on its pods until it has counted them. */
export const jobTrackingFinalizer = "batch.kubernetes.io/job-tracking";

/** Events and conditions are written as this component. */
export const jobControllerName = "job-controller";

/** Condition reasons (batch/v1 JobReason*). */
export const reasonBackoffLimitExceeded = "BackoffLimitExceeded";
export const reasonDeadlineExceeded = "DeadlineExceeded";
export const reasonCompletionsReached = "CompletionsReached";

/** Messages the controller writes into conditions and events. */
export const messageBackoffLimitExceeded = "Job has reached the specified backoff limit";
export const messageDeadlineExceeded = "Job was active longer than specified deadline";
export const messageCompletionsReached = "Reached expected number of succeeded pods";

/** Pod failure back-off: 10 s doubling per failure since the last success, at most 10 minutes (DefaultJobPodFailureBackOff, MaxJobPodFailureBackOff). */
export const defaultPodFailureBackOffMs = 10_000;
export const maxPodFailureBackOffMs = 10 * 60_000;

/** Pod events wake the Job after this batching period (syncJobBatchPeriod). */
export const syncJobBatchPeriodMs = 1000;

/** Most pods created or deleted in one sync (MaxPodCreateDeletePerSync). */
export const maxPodCreateDeletePerSync = 500;

/**
 * The simulated cluster keeps at most this many active pods per Job (upstream
 * has no such cap; a real 2-node cluster could not run more than 220 of them
 * anyway). A Job asking for more shows this many pods, the rest never created.
 */
export const simulatedMaxActivePodsPerJob = 1000;
