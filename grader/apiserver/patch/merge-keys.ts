// Patch strategies and merge keys of the built-in types, taken from the
// `patchStrategy`/`patchMergeKey` struct tags of k8s.io/api v0.34.9
// (<group>/<version>/types.go) and k8s.io/apimachinery pkg/apis/meta/v1/types.go.
// Keyed by the @kubernetes/client-node model name and the JSON field name.
// A list field absent from this table has no strategy: a patch replaces it whole
// (e.g. tolerations, args, command, imagePullSecrets of a ServiceAccount).
// Regenerate by scanning those files for `patchStrategy:"...`; Go's inline
// EphemeralContainerCommon is listed under V1EphemeralContainer.

export interface FieldPatchMeta {
  /** "merge", "replace", "retainKeys", or a combination ("merge,retainKeys"). */
  strategies: string[];
  mergeKey?: string;
}

export const fieldPatchMeta: Record<string, FieldPatchMeta> = {
  "V1StatefulSetStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // apps/v1/types.go StatefulSetStatus.Conditions
  "V1DeploymentSpec.strategy": { strategies: ["retainKeys"] }, // apps/v1/types.go DeploymentSpec.Strategy
  "V1DeploymentStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // apps/v1/types.go DeploymentStatus.Conditions
  "V1DaemonSetStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // apps/v1/types.go DaemonSetStatus.Conditions
  "V1ReplicaSetStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // apps/v1/types.go ReplicaSetStatus.Conditions
  "V2HorizontalPodAutoscalerStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // autoscaling/v2/types.go HorizontalPodAutoscalerStatus.Conditions
  "V1JobStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // batch/v1/types.go JobStatus.Conditions
  "V1PersistentVolumeClaimStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // core/v1/types.go PersistentVolumeClaimStatus.Conditions
  "V1Container.ports": { strategies: ["merge"], mergeKey: "containerPort" }, // core/v1/types.go Container.Ports
  "V1Container.env": { strategies: ["merge"], mergeKey: "name" }, // core/v1/types.go Container.Env
  "V1Container.volumeMounts": { strategies: ["merge"], mergeKey: "mountPath" }, // core/v1/types.go Container.VolumeMounts
  "V1Container.volumeDevices": { strategies: ["merge"], mergeKey: "devicePath" }, // core/v1/types.go Container.VolumeDevices
  "V1ContainerStatus.volumeMounts": { strategies: ["merge"], mergeKey: "mountPath" }, // core/v1/types.go ContainerStatus.VolumeMounts
  "V1ContainerStatus.allocatedResourcesStatus": { strategies: ["merge"], mergeKey: "name" }, // core/v1/types.go ContainerStatus.AllocatedResourcesStatus
  "V1PodSpec.volumes": { strategies: ["merge", "retainKeys"], mergeKey: "name" }, // core/v1/types.go PodSpec.Volumes
  "V1PodSpec.initContainers": { strategies: ["merge"], mergeKey: "name" }, // core/v1/types.go PodSpec.InitContainers
  "V1PodSpec.containers": { strategies: ["merge"], mergeKey: "name" }, // core/v1/types.go PodSpec.Containers
  "V1PodSpec.ephemeralContainers": { strategies: ["merge"], mergeKey: "name" }, // core/v1/types.go PodSpec.EphemeralContainers
  "V1PodSpec.imagePullSecrets": { strategies: ["merge"], mergeKey: "name" }, // core/v1/types.go PodSpec.ImagePullSecrets
  "V1PodSpec.hostAliases": { strategies: ["merge"], mergeKey: "ip" }, // core/v1/types.go PodSpec.HostAliases
  "V1PodSpec.topologySpreadConstraints": { strategies: ["merge"], mergeKey: "topologyKey" }, // core/v1/types.go PodSpec.TopologySpreadConstraints
  "V1PodSpec.schedulingGates": { strategies: ["merge"], mergeKey: "name" }, // core/v1/types.go PodSpec.SchedulingGates
  "V1PodSpec.resourceClaims": { strategies: ["merge", "retainKeys"], mergeKey: "name" }, // core/v1/types.go PodSpec.ResourceClaims
  "V1EphemeralContainer.ports": { strategies: ["merge"], mergeKey: "containerPort" }, // core/v1/types.go EphemeralContainer.Ports
  "V1EphemeralContainer.env": { strategies: ["merge"], mergeKey: "name" }, // core/v1/types.go EphemeralContainer.Env
  "V1EphemeralContainer.volumeMounts": { strategies: ["merge"], mergeKey: "mountPath" }, // core/v1/types.go EphemeralContainer.VolumeMounts
  "V1EphemeralContainer.volumeDevices": { strategies: ["merge"], mergeKey: "devicePath" }, // core/v1/types.go EphemeralContainer.VolumeDevices
  "V1PodStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // core/v1/types.go PodStatus.Conditions
  "V1PodStatus.hostIPs": { strategies: ["merge"], mergeKey: "ip" }, // core/v1/types.go PodStatus.HostIPs
  "V1PodStatus.podIPs": { strategies: ["merge"], mergeKey: "ip" }, // core/v1/types.go PodStatus.PodIPs
  "V1PodStatus.resourceClaimStatuses": { strategies: ["merge", "retainKeys"], mergeKey: "name" }, // core/v1/types.go PodStatus.ResourceClaimStatuses
  "V1ReplicationControllerStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // core/v1/types.go ReplicationControllerStatus.Conditions
  "V1ServiceStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // core/v1/types.go ServiceStatus.Conditions
  "V1ServiceSpec.ports": { strategies: ["merge"], mergeKey: "port" }, // core/v1/types.go ServiceSpec.Ports
  "V1ServiceAccount.secrets": { strategies: ["merge"], mergeKey: "name" }, // core/v1/types.go ServiceAccount.Secrets
  "V1NodeSpec.podCIDRs": { strategies: ["merge"] }, // core/v1/types.go NodeSpec.PodCIDRs
  "V1NodeStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // core/v1/types.go NodeStatus.Conditions
  "V1NodeStatus.addresses": { strategies: ["merge"], mergeKey: "type" }, // core/v1/types.go NodeStatus.Addresses
  "V1NamespaceStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // core/v1/types.go NamespaceStatus.Conditions
  "V1ComponentStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // core/v1/types.go ComponentStatus.Conditions
  "V1PodDisruptionBudgetSpec.selector": { strategies: ["replace"] }, // policy/v1/types.go PodDisruptionBudgetSpec.Selector
  "V1PodDisruptionBudgetStatus.conditions": { strategies: ["merge"], mergeKey: "type" }, // policy/v1/types.go PodDisruptionBudgetStatus.Conditions
  "V1ObjectMeta.ownerReferences": { strategies: ["merge"], mergeKey: "uid" }, // apimachinery pkg/apis/meta/v1/types.go ObjectMeta.OwnerReferences
  "V1ObjectMeta.finalizers": { strategies: ["merge"] }, // apimachinery pkg/apis/meta/v1/types.go ObjectMeta.Finalizers
};
