// The resources the admission plugins and the quota controller read.
import type { GroupVersionResource } from "../types";

const core = (resource: string): GroupVersionResource => ({ group: "", version: "v1", resource });

export const namespacesGVR = core("namespaces");
export const serviceAccountsGVR = core("serviceaccounts");
export const limitRangesGVR = core("limitranges");
export const resourceQuotasGVR = core("resourcequotas");
export const podsGVR = core("pods");
export const priorityClassesGVR: GroupVersionResource = { group: "scheduling.k8s.io", version: "v1", resource: "priorityclasses" };
export const storageClassesGVR: GroupVersionResource = { group: "storage.k8s.io", version: "v1", resource: "storageclasses" };
