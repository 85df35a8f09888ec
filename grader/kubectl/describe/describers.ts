// The describer of each kind (describe.go describerMap); any other kind, custom resources
// included, gets the generic describer (GenericDescriberFor).
import type { KubeObject } from "../../apiserver/types";
import type { Cluster } from "../../cluster/cluster";
import { searchEvents } from "./events";
import { describePod } from "./pod";
import { deploymentDescriber } from "./deployment";
import { serviceDescriber } from "./service";
import { nodeDescriber } from "./node";
import { replicaSetDescriber } from "./replicaset";
import { replicationControllerDescriber } from "./replicationcontroller";
import { jobDescriber } from "./job";
import { cronJobDescriber } from "./cronjob";
import { configMapDescriber } from "./configmap";
import { secretDescriber } from "./secret";
import { serviceAccountDescriber } from "./serviceaccount";
import { namespaceDescriber } from "./namespace";
import { resourceQuotaDescriber } from "./resourcequota";
import { limitRangeDescriber } from "./limitrange";
import { podDisruptionBudgetDescriber } from "./poddisruptionbudget";
import { endpointsDescriber } from "./endpoints";
import { ingressDescriber } from "./ingress";
import { networkPolicyDescriber } from "./networkpolicy";
import { storageClassDescriber } from "./storageclass";
import { roleDescriber } from "./role";
import { roleBindingDescriber } from "./rolebinding";
import { priorityClassDescriber } from "./priorityclass";
import { ingressClassDescriber } from "./ingressclass";
import { endpointSliceDescriber } from "./endpointslice";
import { statefulSetDescriber } from "./statefulset";
import { daemonSetDescriber } from "./daemonset";
import { persistentVolumeDescriber } from "./persistentvolume";
import { persistentVolumeClaimDescriber } from "./persistentvolumeclaim";
import { horizontalPodAutoscalerDescriber } from "./horizontalpodautoscaler";
import { genericDescriber } from "./generic";

export interface DescribeSettings {
  showEvents: boolean;
}

export type Describer = (cluster: Cluster, obj: KubeObject, settings: DescribeSettings) => string;

const podDescriber: Describer = (cluster, obj, settings) =>
  describePod(obj, settings.showEvents ? searchEvents(cluster, obj, { anyKind: true }) : undefined, cluster.clock.now());

const describers: Record<string, Describer> = {
  "/Pod": podDescriber,
  "apps/Deployment": deploymentDescriber,
  "/Service": serviceDescriber,
  "/Node": nodeDescriber,
  "apps/ReplicaSet": replicaSetDescriber,
  // Reached once the API server serves replicationcontrollers (its registry does not yet).
  "/ReplicationController": replicationControllerDescriber,
  "batch/Job": jobDescriber,
  "batch/CronJob": cronJobDescriber,
  "/ConfigMap": configMapDescriber,
  "/Secret": secretDescriber,
  "/ServiceAccount": serviceAccountDescriber,
  "/Namespace": namespaceDescriber,
  "/ResourceQuota": resourceQuotaDescriber,
  "/LimitRange": limitRangeDescriber,
  "policy/PodDisruptionBudget": podDisruptionBudgetDescriber,
  "/Endpoints": endpointsDescriber,
  "networking.k8s.io/Ingress": ingressDescriber,
  "networking.k8s.io/NetworkPolicy": networkPolicyDescriber,
  "storage.k8s.io/StorageClass": storageClassDescriber,
  "rbac.authorization.k8s.io/Role": roleDescriber,
  "rbac.authorization.k8s.io/ClusterRole": roleDescriber,
  "rbac.authorization.k8s.io/RoleBinding": roleBindingDescriber,
  "rbac.authorization.k8s.io/ClusterRoleBinding": roleBindingDescriber,
  "scheduling.k8s.io/PriorityClass": priorityClassDescriber,
  "networking.k8s.io/IngressClass": ingressClassDescriber,
  "discovery.k8s.io/EndpointSlice": endpointSliceDescriber,
  "apps/StatefulSet": statefulSetDescriber,
  "apps/DaemonSet": daemonSetDescriber,
  "/PersistentVolume": persistentVolumeDescriber,
  "/PersistentVolumeClaim": persistentVolumeClaimDescriber,
  "autoscaling/HorizontalPodAutoscaler": horizontalPodAutoscalerDescriber,
};

/** The describer of a group/kind: its own, else the generic one. */
export function describerFor(group: string, kind: string): Describer {
  return describers[`${group}/${kind}`] ?? genericDescriber;
}
