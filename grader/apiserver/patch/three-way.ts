// Patch creation for `kubectl apply` (strategicpatch.CreateTwoWayMergePatch /
// CreateThreeWayMergePatch). Not built yet: callers get a clear error.
import type { PatchSchema } from "./patch-meta";
import type { JsonMap } from "./strategic-merge";

export function createTwoWayMergePatch(original: JsonMap, modified: JsonMap, schema: PatchSchema): JsonMap {
  void original; void modified; void schema;
  throw new Error("createTwoWayMergePatch is not implemented yet");
}

export function createThreeWayMergePatch(original: JsonMap, modified: JsonMap, current: JsonMap, schema: PatchSchema): JsonMap {
  void original; void modified; void current; void schema;
  throw new Error("createThreeWayMergePatch is not implemented yet");
}
