// The schema strategic merge walks (strategicpatch.LookupPatchMeta): for a field of
// a type, the field's own type and its patch strategy / merge key. Field types come
// from the schema the API server decodes with (generated from @kubernetes/client-node's
// models, Kubernetes 1.34); strategies from merge-keys.ts.
import type { ResourceInfo } from "../resource-info";
import { modelSchema, schemaFor, type FieldType } from "../schema";
import { fieldPatchMeta, type FieldPatchMeta } from "./merge-keys";

const noMeta: FieldPatchMeta = { strategies: [] };

// The model of a field's elements: `[]Container` → V1Container, `map[string]X` → X.
function elementModel(type: FieldType): string | undefined {
  if (type.kind === "object") return type.model;
  if (type.kind === "array") return elementModel(type.items);
  if (type.kind === "map") return elementModel(type.values);
  return undefined;
}

export class PatchSchema {
  /** A client-node model name, or undefined for untyped content (free-form maps, unknown fields). */
  constructor(readonly typeName: string | undefined) {}

  /** strategicpatch.LookupPatchMeta.Name(). */
  name(): string {
    return this.typeName ?? "";
  }

  /** The sub-schema and patch meta of field `key` (LookupPatchMetadataForStruct/ForSlice). */
  lookup(key: string): { schema: PatchSchema; meta: FieldPatchMeta } {
    if (!this.typeName) return { schema: untyped, meta: noMeta };
    const field = modelSchema(this.typeName)?.byName.get(key);
    if (!field) {
      // A map-typed value (labels, resources.limits) has no fields: its values share one type.
      return { schema: untyped, meta: noMeta };
    }
    const child = elementModel(field.type);
    return {
      schema: child && modelSchema(child) ? new PatchSchema(child) : untyped,
      meta: fieldPatchMeta[`${this.typeName}.${key}`] ?? noMeta,
    };
  }
}

const untyped = new PatchSchema(undefined);

/**
 * The model of a built-in kind, or undefined for kinds the models do not know
 * (custom resources), which do not support strategic merge patch.
 */
export function patchSchemaFor(resource: Pick<ResourceInfo, "group" | "version" | "kind">): PatchSchema | undefined {
  const apiVersion = resource.group ? `${resource.group}/${resource.version}` : resource.version;
  const schema = schemaFor(apiVersion, resource.kind);
  return schema ? new PatchSchema(schema.model) : undefined;
}
