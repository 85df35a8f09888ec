// The admission chain's extension points (k8s.io/apiserver/pkg/admission/interfaces.go).
// A plugin throws a StatusError to reject a request.
import type { ClusterApi } from "../api-interface";
import type { ResourceInfo } from "../resource-info";
import type { KubeObject, Operation } from "../types";

export interface AdmissionAttributes {
  operation: Operation;
  resource: ResourceInfo;
  subresource: string; // "" for the main resource, "status", "scale", ...
  namespace: string; // "" for cluster-scoped
  name: string; // may be "" on create with generateName
  /** The incoming object; mutating plugins may change it in place. Undefined on DELETE. */
  object: KubeObject | undefined;
  /** The stored object on UPDATE and DELETE: the stored value itself, frozen — read it only. */
  oldObject: KubeObject | undefined;
  dryRun: boolean;
}

export interface MutatingAdmissionPlugin {
  readonly name: string;
  handles(attrs: AdmissionAttributes): boolean;
  admit(attrs: AdmissionAttributes, api: ClusterApi): void;
}

export interface ValidatingAdmissionPlugin {
  readonly name: string;
  handles(attrs: AdmissionAttributes): boolean;
  validate(attrs: AdmissionAttributes, api: ClusterApi): void;
}
