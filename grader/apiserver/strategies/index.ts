// The strategy of each built-in kind, by API group and kind (pkg/registry/<group>/<kind>/strategy.go).
import type { Strategy } from "../strategy";
import { nameIsDNSSubdomain } from "../validation/names";
import { daemonSetStrategy } from "./apps/daemonset";
import { deploymentStrategy } from "./apps/deployment";
import { replicaSetStrategy } from "./apps/replicaset";
import { statefulSetStrategy } from "./apps/statefulset";
import { cronJobStrategy } from "./batch/cronjob";
import { jobStrategy } from "./batch/job";
import { configMapStrategy } from "./core/configmap";
import { namespaceStrategy } from "./core/namespace";
import { secretStrategy } from "./core/secret";
import { limitRangeStrategy } from "./core/limitrange";
import { nodeStrategy } from "./core/node";
import { persistentVolumeClaimStrategy, persistentVolumeStrategy } from "./core/persistentvolume";
import { resourceQuotaStrategy } from "./core/resourcequota";
import { horizontalPodAutoscalerStrategy } from "./autoscaling/hpa";
import { metadataOnlyStrategy } from "./metadata-only";
import { ingressClassStrategy, ingressStrategy } from "./networking/ingress";
import { networkPolicyStrategy } from "./networking/networkpolicy";
import { podDisruptionBudgetStrategy } from "./policy/poddisruptionbudget";
import { clusterRoleBindingStrategy, clusterRoleStrategy, roleBindingStrategy, roleStrategyNamespaced } from "./rbac/rbac";
import { priorityClassStrategy } from "./scheduling/priorityclass";
import { storageClassStrategy } from "./storage/storageclass";
import { podStrategy } from "./pod/strategy";
import { serviceStrategy } from "./service/strategy";

export { applyDefaults } from "../defaults";
export { checkSecretBase64, mergeSecretStringData } from "./core/secret";
export { allocateServiceOnCreate, allocateServiceOnUpdate, serviceAllocatorsFor, type ServiceAllocators } from "./service/allocate";
export { ClusterIPAllocator } from "./service/cluster-ip-allocator";
export { NodePortAllocator } from "./service/node-port-allocator";

const strategies = new Map<string, Strategy>([
  ["/Pod", podStrategy],
  ["/Service", serviceStrategy],
  ["/ConfigMap", configMapStrategy],
  ["/Secret", secretStrategy],
  ["/Namespace", namespaceStrategy],
  ["/ServiceAccount", metadataOnlyStrategy(true, nameIsDNSSubdomain)],
  ["/Event", metadataOnlyStrategy(true, nameIsDNSSubdomain)],
  ["events.k8s.io/Event", metadataOnlyStrategy(true, nameIsDNSSubdomain)],
  ["/ResourceQuota", resourceQuotaStrategy],
  ["/LimitRange", limitRangeStrategy],
  ["/PersistentVolume", persistentVolumeStrategy],
  ["/PersistentVolumeClaim", persistentVolumeClaimStrategy],
  ["/Node", nodeStrategy],
  ["apps/Deployment", deploymentStrategy],
  ["apps/ReplicaSet", replicaSetStrategy],
  ["apps/StatefulSet", statefulSetStrategy],
  ["apps/DaemonSet", daemonSetStrategy],
  ["batch/Job", jobStrategy],
  ["batch/CronJob", cronJobStrategy],
  ["networking.k8s.io/Ingress", ingressStrategy],
  ["networking.k8s.io/IngressClass", ingressClassStrategy],
  ["networking.k8s.io/NetworkPolicy", networkPolicyStrategy],
  ["policy/PodDisruptionBudget", podDisruptionBudgetStrategy],
  ["rbac.authorization.k8s.io/Role", roleStrategyNamespaced],
  ["rbac.authorization.k8s.io/ClusterRole", clusterRoleStrategy],
  ["rbac.authorization.k8s.io/RoleBinding", roleBindingStrategy],
  ["rbac.authorization.k8s.io/ClusterRoleBinding", clusterRoleBindingStrategy],
  ["autoscaling/HorizontalPodAutoscaler", horizontalPodAutoscalerStrategy],
  ["scheduling.k8s.io/PriorityClass", priorityClassStrategy],
  ["storage.k8s.io/StorageClass", storageClassStrategy],
]);

/** The strategy for a kind; an empty one for kinds without rules of their own. */
export function strategyFor(group: string, kind: string): Strategy {
  return strategies.get(`${group}/${kind}`) ?? {};
}
