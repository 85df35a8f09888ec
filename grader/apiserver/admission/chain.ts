// The admission chain in the order of upstream's AllOrderedPlugins
// (pkg/kubeapiserver/options/plugins.go), limited to the plugins we simulate.
// The API server runs every mutating plugin in order, then every validating one.
import { defaultStorageClassPlugin } from "./defaultstorageclass";
import { defaultTolerationSecondsPlugin } from "./defaulttolerationseconds";
import type { MutatingAdmissionPlugin, ValidatingAdmissionPlugin } from "./interface";
import { limitRangerMutatingPlugin, limitRangerValidatingPlugin } from "./limitranger";
import { namespaceLifecyclePlugin } from "./namespacelifecycle";
import { priorityPlugin } from "./priority";
import { resourceQuotaPlugin } from "./resourcequota";
import { serviceAccountPlugin } from "./serviceaccount";
import { storageObjectInUseProtectionPlugin } from "./storageobjectinuseprotection";

export const mutatingAdmissionPlugins: MutatingAdmissionPlugin[] = [
  namespaceLifecyclePlugin, // NamespaceLifecycle
  limitRangerMutatingPlugin, // LimitRanger
  serviceAccountPlugin, // ServiceAccount
  priorityPlugin, // Priority
  defaultTolerationSecondsPlugin, // DefaultTolerationSeconds
  defaultStorageClassPlugin, // DefaultStorageClass
  storageObjectInUseProtectionPlugin, // StorageObjectInUseProtection
];

export const validatingAdmissionPlugins: ValidatingAdmissionPlugin[] = [
  limitRangerValidatingPlugin, // LimitRanger
  resourceQuotaPlugin, // ResourceQuota (always last)
];
