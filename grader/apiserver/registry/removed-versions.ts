// API versions that older manifests still use but a v1.34 API server no longer
// serves (https://kubernetes.io/docs/reference/using-api/deprecation-guide/).
// Creating one of these fails exactly like an unknown kind (NoKindMatchError);
// this table only says which release removed it, for hints.

export interface RemovedVersion {
  apiVersion: string;
  kinds: string[];
  removedIn: string;
}

export const removedVersions: readonly RemovedVersion[] = [
  { apiVersion: "extensions/v1beta1", kinds: ["DaemonSet", "Deployment", "Ingress", "NetworkPolicy", "PodSecurityPolicy", "ReplicaSet"], removedIn: "v1.16 (Ingress: v1.22)" },
  { apiVersion: "apps/v1beta1", kinds: ["ControllerRevision", "Deployment", "StatefulSet"], removedIn: "v1.16" },
  { apiVersion: "apps/v1beta2", kinds: ["ControllerRevision", "DaemonSet", "Deployment", "ReplicaSet", "StatefulSet"], removedIn: "v1.16" },
  { apiVersion: "networking.k8s.io/v1beta1", kinds: ["Ingress", "IngressClass"], removedIn: "v1.22" },
  { apiVersion: "rbac.authorization.k8s.io/v1beta1", kinds: ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"], removedIn: "v1.22" },
  { apiVersion: "apiextensions.k8s.io/v1beta1", kinds: ["CustomResourceDefinition"], removedIn: "v1.22" },
  { apiVersion: "scheduling.k8s.io/v1beta1", kinds: ["PriorityClass"], removedIn: "v1.22" },
  { apiVersion: "coordination.k8s.io/v1beta1", kinds: ["Lease"], removedIn: "v1.22" },
  { apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment", "CSIStorageCapacity"], removedIn: "v1.22 (CSIStorageCapacity: v1.27)" },
  { apiVersion: "batch/v1beta1", kinds: ["CronJob"], removedIn: "v1.25" },
  { apiVersion: "discovery.k8s.io/v1beta1", kinds: ["EndpointSlice"], removedIn: "v1.25" },
  { apiVersion: "events.k8s.io/v1beta1", kinds: ["Event"], removedIn: "v1.25" },
  { apiVersion: "policy/v1beta1", kinds: ["PodDisruptionBudget", "PodSecurityPolicy"], removedIn: "v1.25" },
  { apiVersion: "autoscaling/v2beta1", kinds: ["HorizontalPodAutoscaler"], removedIn: "v1.25" },
  { apiVersion: "autoscaling/v2beta2", kinds: ["HorizontalPodAutoscaler"], removedIn: "v1.26" },
  { apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2", kinds: ["FlowSchema", "PriorityLevelConfiguration"], removedIn: "v1.29" },
];

/** The release that removed `kind` at `apiVersion`, or undefined when it was never a built-in. */
export function removedIn(apiVersion: string, kind: string): string | undefined {
  return removedVersions.find((r) => r.apiVersion === apiVersion && r.kinds.includes(kind))?.removedIn;
}
