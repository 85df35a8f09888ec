// The field schema the grader decodes manifests with, flattened for the
// browser's YAML editor (autocompletion and unknown-field warnings), with the
// values of enum fields from the API's OpenAPI docs (restartPolicy: Always,
// OnFailure, Never). Built once per process: the schema only changes with the grader.
import { builtinKinds, modelDocs, modelSchema, type FieldType } from "@kubedojo/grader";
import type { KubernetesFieldMap } from "@/components/editor/field-map";

function typeExpression(type: FieldType): string {
  switch (type.kind) {
    case "scalar":
      return type.scalar;
    case "array":
      return `[]${typeExpression(type.items)}`;
    case "map":
      return `{}${typeExpression(type.values)}`;
    case "object":
      return type.model;
  }
}

function elementModel(type: FieldType): string | undefined {
  let t = type;
  while (t.kind === "array" || t.kind === "map") t = t.kind === "array" ? t.items : t.values;
  return t.kind === "object" ? t.model : undefined;
}

let cached: KubernetesFieldMap | undefined;

/** Every built-in kind and every model reachable from one (status included: the API accepts it). */
export function kubernetesFieldMap(): KubernetesFieldMap {
  if (cached) return cached;
  const models: KubernetesFieldMap["models"] = {};
  const enums: NonNullable<KubernetesFieldMap["enums"]> = {};
  const pending = builtinKinds.map((k) => k.model);
  while (pending.length) {
    const model = pending.pop()!;
    if (models[model]) continue;
    const schema = modelSchema(model);
    if (!schema) continue;
    const fields: Record<string, string> = {};
    for (const field of schema.fields) {
      fields[field.name] = typeExpression(field.type);
      const child = elementModel(field.type);
      if (child && !models[child]) pending.push(child);
    }
    models[model] = fields;
    const values = modelDocs(model)?.enums;
    if (values?.size) enums[model] = Object.fromEntries([...values].filter(([field]) => field in fields).map(([field, v]) => [field, [...v]]));
  }
  cached = { kinds: builtinKinds.map(({ apiVersion, kind, model }) => ({ apiVersion, kind, model })), models, enums };
  return cached;
}
