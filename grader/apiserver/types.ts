// The shapes every part of the simulated API server shares. Objects are plain
// JSON (what `kubectl get -o json` shows), never class instances, so they can
// be snapshotted, diffed and sent to a worker as they are.

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  finalizers?: string[];
  [field: string]: unknown;
}

/** Any Kubernetes object as JSON. Kind-specific code narrows `spec`/`status` itself. */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

export interface GroupVersionKind {
  group: string; // "" for the core group
  version: string;
  kind: string;
}

export interface GroupVersionResource {
  group: string;
  version: string;
  resource: string; // plural, lowercase: "pods", "deployments"
}

/** What an API request is about, as admission plugins and strategies see it. */
export type Operation = "CREATE" | "UPDATE" | "DELETE" | "CONNECT";

/** A JSON value, for patches and schema-driven code. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
