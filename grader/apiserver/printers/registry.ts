// The printer of each built-in kind, keyed by group and kind, as AddHandlers of printers.go
// registers them; kinds the API server prints with its default convertor show NAME CREATED AT.
import type { TablePrinter } from "./interface";
import { cronJobPrinter, jobPrinter } from "./batch";
import { configMapPrinter, secretPrinter, serviceAccountPrinter } from "./config";
import { controllerRevisionPrinter } from "./controller-revision";
import { createdAtPrinter } from "./created-at";
import { defaultPrinter } from "./custom-resource";
import { endpointsPrinter } from "./endpoints";
import { endpointSlicePrinter } from "./endpointslice";
import { eventPrinter } from "./event";
import { horizontalPodAutoscalerPrinter } from "./hpa";
import { leasePrinter } from "./lease";
import { namespacePrinter } from "./namespace";
import { ingressClassPrinter, ingressPrinter, networkPolicyPrinter } from "./networking";
import { nodePrinter } from "./node";
import { podPrinter } from "./pod";
import { podDisruptionBudgetPrinter, priorityClassPrinter, resourceQuotaPrinter } from "./policy";
import { clusterRoleBindingPrinter, roleBindingPrinter } from "./rbac";
import { servicePrinter } from "./service";
import { persistentVolumeClaimPrinter, persistentVolumePrinter, storageClassPrinter } from "./storage";
import { daemonSetPrinter, deploymentPrinter, replicaSetPrinter, statefulSetPrinter } from "./workloads";

const printers = new Map<string, TablePrinter>(Object.entries({
  "/Pod": podPrinter,
  "/Node": nodePrinter,
  "/Namespace": namespacePrinter,
  "/Service": servicePrinter,
  "/Endpoints": endpointsPrinter,
  "/ConfigMap": configMapPrinter,
  "/Secret": secretPrinter,
  "/ServiceAccount": serviceAccountPrinter,
  "/ResourceQuota": resourceQuotaPrinter,
  "/LimitRange": createdAtPrinter,
  "/PersistentVolume": persistentVolumePrinter,
  "/PersistentVolumeClaim": persistentVolumeClaimPrinter,
  "/Event": eventPrinter,
  "apps/Deployment": deploymentPrinter,
  "apps/ReplicaSet": replicaSetPrinter,
  "apps/StatefulSet": statefulSetPrinter,
  "apps/DaemonSet": daemonSetPrinter,
  "apps/ControllerRevision": controllerRevisionPrinter,
  "batch/Job": jobPrinter,
  "batch/CronJob": cronJobPrinter,
  "autoscaling/HorizontalPodAutoscaler": horizontalPodAutoscalerPrinter,
  "policy/PodDisruptionBudget": podDisruptionBudgetPrinter,
  "networking.k8s.io/Ingress": ingressPrinter,
  "networking.k8s.io/IngressClass": ingressClassPrinter,
  "networking.k8s.io/NetworkPolicy": networkPolicyPrinter,
  "discovery.k8s.io/EndpointSlice": endpointSlicePrinter,
  "storage.k8s.io/StorageClass": storageClassPrinter,
  "rbac.authorization.k8s.io/Role": createdAtPrinter,
  "rbac.authorization.k8s.io/ClusterRole": createdAtPrinter,
  "rbac.authorization.k8s.io/RoleBinding": roleBindingPrinter,
  "rbac.authorization.k8s.io/ClusterRoleBinding": clusterRoleBindingPrinter,
  "scheduling.k8s.io/PriorityClass": priorityClassPrinter,
  "coordination.k8s.io/Lease": leasePrinter,
  "apiextensions.k8s.io/CustomResourceDefinition": createdAtPrinter,
}));

/** The printer for a kind; custom resources and kinds without a handler get NAME AGE. */
export function printerFor(group: string, kind: string): TablePrinter {
  return printers.get(`${group}/${kind}`) ?? defaultPrinter;
}
