// Client-side apply of one object (k8s.io/kubectl/pkg/cmd/apply/apply.go
// applyOneObject, patcher.go): create it with its last-applied annotation when
// absent, else send the three-way patch between last-applied, the manifest and
// the live object — nothing when that patch is empty.
import { createObject } from "../commands/create-object";
import type { ClusterApi } from "../../apiserver/api-interface";
import { isNotFound } from "../../apiserver/errors";
import { createThreeWayMergePatch, patchSchemaFor } from "../../apiserver/patch";
import type { KubeObject } from "../../apiserver/types";
import type { ObjectInfo } from "../resource-builder";
import { addSourceToErr } from "../commands/check-err";
import { goJsonCompact } from "./go-json";
import { createThreeWayJsonMergePatch } from "./json-merge-three-way";
import { lastAppliedAnnotation, originalConfiguration, withLastApplied } from "./last-applied";

export type DryRun = "none" | "client" | "server";

export interface ApplyOutcome {
  /** "created", "configured" or "unchanged". */
  operation: "created" | "configured" | "unchanged";
  object: KubeObject;
  /** Lines for stderr (the missing-annotation warning). */
  warnings: string[];
}

/** `Resource: "apps/v1, Resource=deployments", GroupVersionKind: ...` (resource.Info.String()). */
export function infoText(info: ObjectInfo): string {
  const { group, version, resource, kind } = info.resource;
  return (
    `Resource: "${group}/${version}, Resource=${resource}", GroupVersionKind: "${group}/${version}, Kind=${kind}"\n` +
    `Name: "${info.name}", Namespace: "${info.namespace}"`
  );
}

function pruneNulls(value: unknown): void {
  if (Array.isArray(value)) value.forEach(pruneNulls);
  else if (value && typeof value === "object") {
    const m = value as Record<string, unknown>;
    for (const k of Object.keys(m)) {
      if (m[k] === null) delete m[k];
      else pruneNulls(m[k]);
    }
  }
}

/** The patch `kubectl apply` would send for a live object; {} when nothing changes. */
export function applyPatchFor(info: ObjectInfo, modified: KubeObject, live: KubeObject): { type: "strategic" | "merge"; patch: Record<string, unknown> } {
  const original = originalConfiguration(live) ?? {};
  const schema = patchSchemaFor(info.resource);
  if (!schema) return { type: "merge", patch: createThreeWayJsonMergePatch(original, modified, live) };
  return { type: "strategic", patch: createThreeWayMergePatch(original, modified, live, schema) };
}

export function applyObject(api: ClusterApi, info: ObjectInfo, dryRun: DryRun, fieldManager: string): ApplyOutcome {
  if (!info.name && info.object.metadata.generateName) {
    throw new Error(`from ${info.object.metadata.generateName}: cannot use generate name with apply`);
  }
  const modified = withLastApplied(info.object);
  let live: KubeObject;
  try {
    live = api.get(info.gvr, info.namespace, info.name);
  } catch (e) {
    if (!isNotFound(e)) throw addSourceToErr(`retrieving current configuration of:\n${infoText(info)}\nfrom server for:`, info.source, e);
    const toCreate = structuredClone(modified);
    pruneNulls(toCreate);
    if (dryRun === "client") return { operation: "created", object: toCreate, warnings: [] };
    try {
      const created = createObject(api, toCreate, { namespace: info.namespace || undefined, dryRun: dryRun === "server", fieldManager });
      return { operation: "created", object: created, warnings: [] };
    } catch (err) {
      throw addSourceToErr("creating", info.source, err);
    }
  }
  if (dryRun === "client") return { operation: "configured", object: modified, warnings: [] };
  const warnings: string[] = [];
  if (live.metadata.annotations?.[lastAppliedAnnotation] === undefined) {
    warnings.push(
      `Warning: resource ${info.resource.resource}/${info.name} is missing the ${lastAppliedAnnotation} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`,
    );
  }
  const { type, patch } = applyPatchFor(info, modified, live);
  if (Object.keys(patch).length === 0) return { operation: "unchanged", object: live, warnings };
  try {
    const patched = api.patch(info.gvr, info.namespace, info.name, type, patch, { dryRun: dryRun === "server", fieldManager });
    return { operation: "configured", object: patched, warnings };
  } catch (err) {
    throw addSourceToErr(`applying patch:\n${goJsonCompact(patch)}\nto:\n${infoText(info)}\nfor:`, info.source, err);
  }
}
