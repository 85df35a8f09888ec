// The public face of the grader package: the simulated cluster and grade().
export { graderVersion, kubernetesVersion } from "./version";
export { grade, manifestAnswerPath, type GradeResult, type GradeOptions, type StepOutput } from "./grade";

export {
  Cluster,
  createCluster,
  restoreCluster,
  buildClusterFromScratch,
  installedBeforeStartMs,
  type ClusterOptions,
  type ClusterSnapshot,
  type Topology,
  type NodeTopology,
  type TaintSpec,
} from "./cluster";
export { ApiServer, type ApiServerOptions } from "./apiserver/server";
export type {
  ClusterApi,
  ListOptions,
  WriteOptions,
  DeleteOptions,
  ObjectList,
  PatchType,
  PropagationPolicy,
  WatchEvent,
  WatchEventType,
} from "./apiserver/api-interface";
export type { KubeObject, ObjectMeta, OwnerReference, GroupVersionKind, GroupVersionResource } from "./apiserver/types";
export type { ResourceInfo } from "./apiserver/resource-info";
export { StatusError, isStatusError, isNotFound, isAlreadyExists, type Status, type StatusReason } from "./apiserver/errors";
export {
  ResourceRegistry,
  NoKindMatchError,
  isNoKindMatchError,
  apiResourceRows,
  formatApiResources,
  type ApiResourceRow,
} from "./apiserver/registry";
export { parseLabelSelector, labelSelectorMatches, labelSelectorFromMeta, parseFieldSelector } from "./apiserver/selectors";
export { VirtualClock, defaultEpochMs, formatRFC3339 } from "./clock";
export { SeededRandom } from "./random";
export { builtinKinds, modelSchema, type BuiltinKind, type ObjectSchema, type FieldType } from "./apiserver/schema";
export { modelDocs, type ModelDocs } from "./apiserver/schema/descriptions";
// The task format and the bank loader (grader/tasks), for the app's sync and editor.
export * from "./tasks";
export { checkTask, type TaskCheckFailure } from "./tasks/check-task";
