// Defaults of the remaining groups (v1.34):
// storage.k8s.io/v1 (pkg/apis/storage/v1/defaults.go), scheduling.k8s.io/v1
// (pkg/apis/scheduling/v1/defaults.go), discovery.k8s.io/v1
// (pkg/apis/discovery/v1/defaults.go), apiextensions.k8s.io/v1
// (apiextensions-apiserver pkg/apis/apiextensions/v1/defaults.go).
// policy/v1, coordination.k8s.io/v1 and events.k8s.io/v1 have none.
import type { DefaulterTable } from "./defaulter";
import { defaultNil, defaultZero, ensureObject } from "./json-helpers";

export const miscDefaulters: DefaulterTable = {
  V1StorageClass(sc) {
    defaultNil(sc, "reclaimPolicy", "Delete");
    defaultNil(sc, "volumeBindingMode", "Immediate");
  },
  V1PriorityClass(pc) {
    defaultNil(pc, "preemptionPolicy", "PreemptLowerPriority");
  },
  DiscoveryV1EndpointPort(port) {
    defaultNil(port, "name", "");
    defaultNil(port, "protocol", "TCP");
  },
  V1CustomResourceDefinitionSpec(spec) {
    const names = ensureObject(spec, "names");
    const kind = typeof names.kind === "string" ? names.kind : "";
    defaultZero(names, "singular", kind.toLowerCase());
    if (kind) defaultZero(names, "listKind", `${kind}List`);
    defaultNil(spec, "conversion", { strategy: "None" });
  },
  ApiextensionsV1ServiceReference(ref) {
    defaultNil(ref, "port", 443);
  },
};
