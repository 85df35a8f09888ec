// Scheme defaulting of built-in kinds, as the API server applies it when it
// decodes a request body (and on every update): upstream's SetDefaults_* of
// pkg/apis/<group>/<version>/defaults.go plus the +default markers.
import { schemaFor } from "../schema/schema";
import type { KubeObject } from "../types";
import { appsDefaulters } from "./apps";
import { autoscalingDefaulters } from "./autoscaling";
import { batchDefaulters } from "./batch";
import { coreDefaulters } from "./core";
import type { DefaulterTable } from "./defaulter";
import { miscDefaulters } from "./misc";
import { networkingDefaulters } from "./networking";
import { rbacDefaulters } from "./rbac";
import { applyDefaultersByModel } from "./walk";

export { defaultImagePullPolicy, imageTag } from "./image-pull-policy";

export const builtinDefaulters: DefaulterTable = {
  ...coreDefaulters,
  ...appsDefaulters,
  ...batchDefaulters,
  ...autoscalingDefaulters,
  ...networkingDefaulters,
  ...rbacDefaulters,
  ...miscDefaulters,
};

/** Fills in upstream's defaults in place. Kinds without a built-in schema (custom resources) are left as they are. */
export function applyDefaults(obj: KubeObject): void {
  const schema = schemaFor(obj.apiVersion, obj.kind);
  if (schema) applyDefaultersByModel(obj, schema.model, builtinDefaulters);
}
