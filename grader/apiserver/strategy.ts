// One strategy per kind, as upstream's pkg/registry/<group>/<kind>/strategy.go:
// what the API server does to an object of that kind on create and update,
// after defaulting and mutating admission, before validating admission and storage.
import type { FieldError } from "./errors";
import type { KubeObject } from "./types";

export interface Strategy {
  /** Clears what a client may not set on create (status), sets generation 1. */
  prepareForCreate?(obj: KubeObject): void;
  /** Keeps what a client may not change on update (status on the main resource; spec on /status); bumps generation when the spec changed. */
  prepareForUpdate?(obj: KubeObject, old: KubeObject): void;
  /** Field errors of a new object: upstream's validation (pkg/apis/<group>/validation). */
  validate?(obj: KubeObject): FieldError[];
  /** Field errors of an update, immutable fields included. */
  validateUpdate?(obj: KubeObject, old: KubeObject): FieldError[];
  /** The /status subresource: keep the spec of `old`, take the status of `obj`. */
  prepareForStatusUpdate?(obj: KubeObject, old: KubeObject): void;
  /** Field errors of a /status update, when they differ from validateUpdate's (the spec is the stored one). */
  validateStatusUpdate?(obj: KubeObject, old: KubeObject): FieldError[];
}
