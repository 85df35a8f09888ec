// admission.NewForbidden (k8s.io/apiserver/pkg/admission/errors.go): names the
// object by its name, else its generateName, else "Unknown".
import { newForbidden, type StatusError } from "../errors";
import type { AdmissionAttributes } from "./interface";

export function admissionForbidden(attrs: AdmissionAttributes, reason: string): StatusError {
  let name = attrs.name;
  if (!name) {
    const meta = attrs.object?.metadata;
    name = meta?.name || meta?.generateName || "Unknown";
  }
  return newForbidden(attrs.resource.group, attrs.resource.resource, name, reason);
}
