// What the schema says about a field while a partial object is matched: its
// type (to compare quantities by value) and, for lists, the merge key that
// identifies an element (to match containers by name in any order).
import { modelSchema, type FieldType } from "../apiserver/schema";
import { fieldPatchMeta } from "../apiserver/patch/merge-keys";

export interface FieldInfo {
  /** undefined for content the schema does not know (custom resources, free-form maps). */
  type: FieldType | undefined;
  /** The patchMergeKey of a list field, when it has one. */
  mergeKey?: string;
}

export const untypedField: FieldInfo = { type: undefined };

/** The root of an object of the client-node model `model` (`V1Pod`), or untyped. */
export function rootFieldInfo(model: string | undefined): FieldInfo {
  return model ? { type: { kind: "object", model, goType: model } } : untypedField;
}

/** The field `key` of an object or the value under `key` of a map. */
export function childFieldInfo(parent: FieldInfo, key: string): FieldInfo {
  const type = parent.type;
  if (!type) return untypedField;
  if (type.kind === "map") return { type: type.values };
  if (type.kind !== "object") return untypedField;
  const field = modelSchema(type.model)?.byName.get(key);
  if (!field) return untypedField;
  return { type: field.type, mergeKey: fieldPatchMeta[`${type.model}.${key}`]?.mergeKey };
}

/** The element of a list field. */
export function elementFieldInfo(list: FieldInfo): FieldInfo {
  return list.type?.kind === "array" ? { type: list.type.items } : untypedField;
}

/** True when the field holds a resource.Quantity (`resources.limits.cpu`, `capacity.storage`). */
export function isQuantityField(info: FieldInfo): boolean {
  return info.type?.kind === "scalar" && info.type.scalar === "quantity";
}

/** True for a struct the schema knows, whose keys are field names (not a free-form map). */
export function isKnownObject(info: FieldInfo): boolean {
  return info.type?.kind === "object" && modelSchema(info.type.model) !== undefined;
}
