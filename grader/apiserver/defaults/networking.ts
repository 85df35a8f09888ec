// Defaults of networking.k8s.io/v1 types: pkg/apis/networking/v1/defaults.go
// (v1.34). An Ingress path's pathType is not defaulted in v1.
import type { DefaulterTable } from "./defaulter";
import { defaultNil, ensureObject, objectAt } from "./json-helpers";

export const networkingDefaulters: DefaulterTable = {
  V1NetworkPolicy(np) {
    const spec = ensureObject(np, "spec");
    if (!Array.isArray(spec.policyTypes) || spec.policyTypes.length === 0) {
      // Ingress always; Egress only when egress rules are given.
      const types = ["Ingress"];
      if (Array.isArray(spec.egress) && spec.egress.length > 0) types.push("Egress");
      spec.policyTypes = types;
    }
  },
  V1NetworkPolicyPort(port) {
    defaultNil(port, "protocol", "TCP");
  },
  V1IngressClass(ic) {
    const parameters = objectAt(objectAt(ic, "spec") ?? {}, "parameters");
    if (parameters) defaultNil(parameters, "scope", "Cluster");
  },
};
