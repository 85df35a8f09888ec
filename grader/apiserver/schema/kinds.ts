// The built-in kinds whose objects are strictly decoded, and the generated model
// (from @kubernetes/client-node 1.4.0, i.e. the Kubernetes 1.34 OpenAPI) that
// describes each. A kind missing here is treated as a custom resource.

export interface BuiltinKind {
  apiVersion: string; // "v1", "apps/v1"
  kind: string;
  model: string; // the client-node model class name
}

export const builtinKinds: readonly BuiltinKind[] = [
  { apiVersion: "v1", kind: "Pod", model: "V1Pod" },
  { apiVersion: "v1", kind: "PodTemplate", model: "V1PodTemplate" },
  { apiVersion: "v1", kind: "ReplicationController", model: "V1ReplicationController" },
  { apiVersion: "v1", kind: "Service", model: "V1Service" },
  { apiVersion: "v1", kind: "ConfigMap", model: "V1ConfigMap" },
  { apiVersion: "v1", kind: "Secret", model: "V1Secret" },
  { apiVersion: "v1", kind: "Namespace", model: "V1Namespace" },
  { apiVersion: "v1", kind: "Node", model: "V1Node" },
  { apiVersion: "v1", kind: "ServiceAccount", model: "V1ServiceAccount" },
  { apiVersion: "v1", kind: "Endpoints", model: "V1Endpoints" },
  { apiVersion: "v1", kind: "PersistentVolume", model: "V1PersistentVolume" },
  { apiVersion: "v1", kind: "PersistentVolumeClaim", model: "V1PersistentVolumeClaim" },
  { apiVersion: "v1", kind: "ResourceQuota", model: "V1ResourceQuota" },
  { apiVersion: "v1", kind: "LimitRange", model: "V1LimitRange" },
  { apiVersion: "v1", kind: "Event", model: "CoreV1Event" },
  { apiVersion: "v1", kind: "Binding", model: "V1Binding" },
  { apiVersion: "apps/v1", kind: "Deployment", model: "V1Deployment" },
  { apiVersion: "apps/v1", kind: "ReplicaSet", model: "V1ReplicaSet" },
  { apiVersion: "apps/v1", kind: "StatefulSet", model: "V1StatefulSet" },
  { apiVersion: "apps/v1", kind: "DaemonSet", model: "V1DaemonSet" },
  { apiVersion: "apps/v1", kind: "ControllerRevision", model: "V1ControllerRevision" },
  { apiVersion: "batch/v1", kind: "Job", model: "V1Job" },
  { apiVersion: "batch/v1", kind: "CronJob", model: "V1CronJob" },
  { apiVersion: "autoscaling/v1", kind: "HorizontalPodAutoscaler", model: "V1HorizontalPodAutoscaler" },
  { apiVersion: "autoscaling/v1", kind: "Scale", model: "V1Scale" },
  { apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", model: "V2HorizontalPodAutoscaler" },
  { apiVersion: "policy/v1", kind: "PodDisruptionBudget", model: "V1PodDisruptionBudget" },
  { apiVersion: "policy/v1", kind: "Eviction", model: "V1Eviction" },
  { apiVersion: "networking.k8s.io/v1", kind: "Ingress", model: "V1Ingress" },
  { apiVersion: "networking.k8s.io/v1", kind: "IngressClass", model: "V1IngressClass" },
  { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", model: "V1NetworkPolicy" },
  { apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", model: "V1Role" },
  { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", model: "V1ClusterRole" },
  { apiVersion: "rbac.authorization.k8s.io/v1", kind: "RoleBinding", model: "V1RoleBinding" },
  { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRoleBinding", model: "V1ClusterRoleBinding" },
  { apiVersion: "storage.k8s.io/v1", kind: "StorageClass", model: "V1StorageClass" },
  { apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", model: "V1PriorityClass" },
  { apiVersion: "discovery.k8s.io/v1", kind: "EndpointSlice", model: "V1EndpointSlice" },
  { apiVersion: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinition", model: "V1CustomResourceDefinition" },
  { apiVersion: "coordination.k8s.io/v1", kind: "Lease", model: "V1Lease" },
  { apiVersion: "events.k8s.io/v1", kind: "Event", model: "EventsV1Event" },
];

/** The Go package directory (in kubernetes/api) of each apiVersion, for the generator. */
export const goPackageOfApiVersion: Readonly<Record<string, string>> = {
  v1: "core/v1",
  "apps/v1": "apps/v1",
  "batch/v1": "batch/v1",
  "autoscaling/v1": "autoscaling/v1",
  "autoscaling/v2": "autoscaling/v2",
  "policy/v1": "policy/v1",
  "networking.k8s.io/v1": "networking/v1",
  "rbac.authorization.k8s.io/v1": "rbac/v1",
  "storage.k8s.io/v1": "storage/v1",
  "scheduling.k8s.io/v1": "scheduling/v1",
  "discovery.k8s.io/v1": "discovery/v1",
  "coordination.k8s.io/v1": "coordination/v1",
  "events.k8s.io/v1": "events/v1",
};
