// Applies defaulters through an object by its schema, pre-order: a type's own
// defaulter runs before the types inside it, so what it creates (a strategy,
// a securityContext) is defaulted in turn, as the generated SetObjectDefaults_* do.
import { modelSchema, type FieldType } from "../schema/schema";
import type { DefaulterTable } from "./defaulter";
import { isObject } from "./json-helpers";

export function applyDefaultersByModel(root: unknown, rootModel: string, defaulters: DefaulterTable): void {
  const stack: { value: unknown; type: FieldType }[] = [{ value: root, type: { kind: "object", model: rootModel, goType: "" } }];
  while (stack.length) {
    const { value, type } = stack.pop()!;
    if (type.kind === "array") {
      if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], type: type.items });
      continue;
    }
    if (type.kind === "map") {
      if (isObject(value)) for (const v of Object.values(value)) stack.push({ value: v, type: type.values });
      continue;
    }
    if (type.kind !== "object" || !isObject(value)) continue;
    const defaulter = Object.prototype.hasOwnProperty.call(defaulters, type.model) ? defaulters[type.model] : undefined;
    defaulter?.(value);
    const schema = modelSchema(type.model);
    if (!schema) continue;
    for (let i = schema.fields.length - 1; i >= 0; i--) {
      const field = schema.fields[i];
      const child = value[field.name];
      if (child !== undefined && child !== null && field.type.kind !== "scalar") stack.push({ value: child, type: field.type });
    }
  }
}
