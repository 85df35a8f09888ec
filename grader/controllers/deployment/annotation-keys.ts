// Annotation keys of the deployment controller (deployment_util.go, apps/v1 types.go).
export const revisionAnnotation = "deployment.kubernetes.io/revision";
export const revisionHistoryAnnotation = "deployment.kubernetes.io/revision-history";
export const desiredReplicasAnnotation = "deployment.kubernetes.io/desired-replicas";
export const maxReplicasAnnotation = "deployment.kubernetes.io/max-replicas";
export const lastAppliedConfigAnnotation = "kubectl.kubernetes.io/last-applied-configuration";
export const deprecatedRollbackToAnnotation = "deprecated.deployment.rollback.to";
export const changeCauseAnnotation = "kubernetes.io/change-cause";
export const restartedAtAnnotation = "kubectl.kubernetes.io/restartedAt";

/** An annotation holding an int (getIntFromAnnotation); undefined when absent or unreadable. */
export function intAnnotation(annotations: Record<string, string> | undefined, key: string): number | undefined {
  const text = annotations?.[key];
  return text !== undefined && /^[+-]?\d+$/.test(text) ? Number(text) : undefined;
}
