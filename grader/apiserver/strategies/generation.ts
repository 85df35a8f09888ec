// Generation and status handling shared by most strategies
// (pkg/registry/*/strategy.go: "status is not allowed to be set by end users on create",
// "any changes to the spec increment the generation number").
import type { KubeObject } from "../types";
import { deepEqual } from "../validation/deep-equal";

/** On create: status is cleared and generation starts at 1. */
export function resetForCreate(obj: KubeObject, initialStatus: unknown = undefined): void {
  if (initialStatus === undefined) delete obj.status;
  else obj.status = initialStatus;
  obj.metadata.generation = 1;
}

/** On update of the main resource: keep the stored status; bump generation when the spec changed. */
export function keepStatusAndBumpGeneration(obj: KubeObject, old: KubeObject, specField = "spec"): void {
  if (old.status === undefined) delete obj.status;
  else obj.status = old.status;
  const oldGen = old.metadata.generation ?? 0;
  obj.metadata.generation = deepEqual(obj[specField], old[specField]) ? oldGen : oldGen + 1;
}

/** On update of /status: keep the stored spec (and generation), take the new status. */
export function keepSpec(obj: KubeObject, old: KubeObject, specField = "spec"): void {
  if (old[specField] === undefined) delete obj[specField];
  else obj[specField] = old[specField];
  obj.metadata.generation = old.metadata.generation;
}
