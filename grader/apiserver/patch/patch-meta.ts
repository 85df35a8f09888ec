// The schema strategic merge walks (strategicpatch.LookupPatchMeta): for a field of
// a type, the field's own type and its patch strategy / merge key. Field types come
// from the generated models of @kubernetes/client-node (Kubernetes 1.34); strategies
// from merge-keys.ts.
import * as models from "@kubernetes/client-node";
import type { ResourceInfo } from "../resource-info";
import { fieldPatchMeta, type FieldPatchMeta } from "./merge-keys";

interface AttributeType {
  baseName: string;
  type: string;
}

const noMeta: FieldPatchMeta = { strategies: [] };

function attributesOf(typeName: string): AttributeType[] | undefined {
  const model = (models as unknown as Record<string, { attributeTypeMap?: AttributeType[] } | undefined>)[typeName];
  return model?.attributeTypeMap;
}

// "Array<V1Container>" → "V1Container"; "{ [key: string]: V1X; }" → "V1X".
function elementTypeName(type: string): string {
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return elementTypeName(array[1]);
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return elementTypeName(map[1]);
  return type;
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
    const attrs = attributesOf(this.typeName);
    const attr = attrs?.find((a) => a.baseName === key);
    if (!attr) {
      // A map-typed value (labels, resources.limits) has no fields: its values share one type.
      return { schema: untyped, meta: noMeta };
    }
    const child = elementTypeName(attr.type);
    return {
      schema: attributesOf(child) ? new PatchSchema(child) : untyped,
      meta: fieldPatchMeta[`${this.typeName}.${key}`] ?? noMeta,
    };
  }
}

const untyped = new PatchSchema(undefined);

function pascal(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/**
 * The model of a built-in kind, or undefined for kinds client-node does not know
 * (custom resources), which do not support strategic merge patch.
 */
export function patchSchemaFor(resource: Pick<ResourceInfo, "group" | "version" | "kind">): PatchSchema | undefined {
  const version = pascal(resource.version);
  const groupPrefix = pascal((resource.group || "core").split(".")[0]);
  for (const name of [`${version}${resource.kind}`, `${groupPrefix}${version}${resource.kind}`]) {
    const attrs = attributesOf(name);
    if (attrs?.some((a) => a.baseName === "apiVersion")) return new PatchSchema(name);
  }
  return undefined;
}
