// NamespaceLifecycle (k8s.io/apiserver/pkg/admission/plugin/namespace/lifecycle/admission.go):
// no content in a missing or terminating namespace; default, kube-system and
// kube-public may not be deleted.
import { newForbidden } from "../../errors";
import { admissionForbidden } from "../forbidden";
import { namespacesGVR } from "../gvr";
import type { AdmissionAttributes, MutatingAdmissionPlugin } from "../interface";

const immortalNamespaces = new Set(["default", "kube-system", "kube-public"]);

const isNamespace = (attrs: AdmissionAttributes) => attrs.resource.group === "" && attrs.resource.kind === "Namespace";

export const namespaceLifecyclePlugin = {
  name: "NamespaceLifecycle",
  handles: (attrs) => attrs.operation === "CREATE" || attrs.operation === "UPDATE" || attrs.operation === "DELETE",
  admit(attrs, api) {
    if (attrs.operation === "DELETE" && isNamespace(attrs) && immortalNamespaces.has(attrs.name)) {
      throw newForbidden(attrs.resource.group, attrs.resource.resource, attrs.name, "this namespace may not be deleted");
    }
    if (!attrs.namespace || isNamespace(attrs) || attrs.operation === "DELETE") return;
    // Access reviews answer whatever the namespace (they would leak its existence).
    if (attrs.resource.group === "authorization.k8s.io" && attrs.resource.resource === "localsubjectaccessreviews") return;
    // A missing namespace fails here with the API's own NotFound: `namespaces "x" not found`.
    const namespace = api.get(namespacesGVR, "", attrs.namespace, { readOnly: true });
    const phase = (namespace.status as { phase?: string } | undefined)?.phase;
    if (attrs.operation === "CREATE" && phase === "Terminating") {
      const err = admissionForbidden(
        attrs,
        `unable to create new content in namespace ${attrs.namespace} because it is being terminated`,
      );
      err.status.details = {
        ...err.status.details,
        causes: [
          { reason: "NamespaceTerminating", message: `namespace ${attrs.namespace} is being terminated`, field: "metadata.namespace" },
        ],
      };
      throw err;
    }
  },
} satisfies MutatingAdmissionPlugin;
