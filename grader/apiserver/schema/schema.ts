// The field schema of the built-in kinds, expanded lazily from the compact
// models.generated.ts the first time a model is asked for, then kept for the
// life of the process. kubectl explain reads the same schema (type names such as
// `PodSpec` and the models' field order are kept).
import { defaultGoTypeName, goElementTypeName, goNameOfModel } from "./go-names";
import { builtinKinds } from "./kinds";
import { modelSources } from "./models.generated";

export type ScalarKind =
  | "string"
  | "int32"
  | "int64"
  | "float64"
  | "bool"
  | "bytes" // []byte, base64 in JSON
  | "time" // metav1.Time
  | "microtime" // metav1.MicroTime
  | "intstr" // intstr.IntOrString
  | "quantity" // resource.Quantity
  | "any"; // free-form JSON (runtime.RawExtension, apiextensions JSON, FieldsV1)

export type FieldType =
  | { kind: "scalar"; scalar: ScalarKind; goType: string }
  | { kind: "array"; items: FieldType; goType: string }
  | { kind: "map"; values: FieldType; goType: string }
  | { kind: "object"; model: string; goType: string };

export interface FieldSchema {
  name: string;
  type: FieldType;
}

export interface ObjectSchema {
  /** The client-node model: `V1PodSpec`. */
  model: string;
  /** The Go type name, as kubectl explain and encoding/json print it: `PodSpec`. */
  typeName: string;
  /** Qualified as reflect prints it: `v1.PodSpec`. */
  goType: string;
  /** In the models' order (alphabetical, as the OpenAPI). */
  fields: readonly FieldSchema[];
  byName: ReadonlyMap<string, FieldSchema>;
}

const scalarKinds = new Set<string>([
  "string",
  "int32",
  "int64",
  "float64",
  "bool",
  "bytes",
  "time",
  "microtime",
  "intstr",
  "quantity",
  "any",
]);

/** A type expression (`[]V1Container`, `{}quantity`) with Go's name for it. */
export function parseFieldType(expr: string, goType = defaultGoTypeName(expr)): FieldType {
  if (expr.startsWith("[]")) {
    const itemExpr = expr.slice(2);
    return { kind: "array", items: parseFieldType(itemExpr, elementGoType(goType, itemExpr)), goType };
  }
  if (expr.startsWith("{}")) {
    const valueExpr = expr.slice(2);
    return { kind: "map", values: parseFieldType(valueExpr, elementGoType(goType, valueExpr)), goType };
  }
  if (scalarKinds.has(expr)) return { kind: "scalar", scalar: expr as ScalarKind, goType };
  return { kind: "object", model: expr, goType };
}

// A named collection (v1.ResourceList) does not spell its element; the model's does.
function elementGoType(goType: string, elementExpr: string): string {
  return goElementTypeName(goType) ?? defaultGoTypeName(elementExpr);
}

const cache = new Map<string, ObjectSchema | undefined>();

/** The schema of one generated model, by its client-node name (`V1PodSpec`). */
export function modelSchema(model: string): ObjectSchema | undefined {
  // One lookup for the usual hit (every object of every body asks); has() only for a cached miss.
  const hit = cache.get(model);
  if (hit !== undefined || cache.has(model)) return hit;
  const source = Object.prototype.hasOwnProperty.call(modelSources, model) ? modelSources[model] : undefined;
  let schema: ObjectSchema | undefined;
  if (source !== undefined) {
    const fields: FieldSchema[] = source
      ? source.split(",").map((entry) => {
          const colon = entry.indexOf(":");
          const bar = entry.indexOf("|", colon);
          const expr = bar < 0 ? entry.slice(colon + 1) : entry.slice(colon + 1, bar);
          const goType = bar < 0 ? undefined : entry.slice(bar + 1);
          return { name: entry.slice(0, colon), type: parseFieldType(expr, goType) };
        })
      : [];
    const { pkg, name } = goNameOfModel(model);
    schema = {
      model,
      typeName: name,
      goType: pkg ? `${pkg}.${name}` : name,
      fields,
      byName: new Map(fields.map((f) => [f.name, f])),
    };
  }
  cache.set(model, schema);
  return schema;
}

const kindIndex = new Map(builtinKinds.map((k) => [`${k.apiVersion}/${k.kind}`, k.model]));

/** The schema of a built-in kind, or undefined for custom resources and unknown kinds. */
export function schemaFor(apiVersion: string, kind: string): ObjectSchema | undefined {
  const model = kindIndex.get(`${apiVersion}/${kind}`);
  return model ? modelSchema(model) : undefined;
}

/** The field type at a dotted path below a kind (`spec.containers.ports`), as kubectl explain walks it. */
export function fieldTypeAt(root: ObjectSchema, path: readonly string[]): FieldType | undefined {
  let type: FieldType = { kind: "object", model: root.model, goType: root.goType };
  for (const name of path) {
    while (type.kind === "array" || type.kind === "map") type = type.kind === "array" ? type.items : type.values;
    if (type.kind !== "object") return undefined;
    const field: FieldSchema | undefined = modelSchema(type.model)?.byName.get(name);
    if (!field) return undefined;
    type = field.type;
  }
  return type;
}

/** The object schema a field type holds (through arrays and maps), if any. */
export function objectSchemaOf(type: FieldType): ObjectSchema | undefined {
  let t = type;
  while (t.kind === "array" || t.kind === "map") t = t.kind === "array" ? t.items : t.values;
  return t.kind === "object" ? modelSchema(t.model) : undefined;
}

/**
 * Visits every field below `root` depth-first in field order (as kubectl explain
 * --recursive prints them); a type already on the current path is not entered
 * again, so recursive types such as JSONSchemaProps end. Return false from
 * `visit` to skip a field's children.
 */
export function walkSchema(
  root: ObjectSchema,
  visit: (path: readonly string[], field: FieldSchema, owner: ObjectSchema) => boolean | void,
): void {
  const ancestors = new Set<string>();
  const walk = (schema: ObjectSchema, path: readonly string[]): void => {
    ancestors.add(schema.model);
    for (const field of schema.fields) {
      const fieldPath = [...path, field.name];
      if (visit(fieldPath, field, schema) === false) continue;
      const child = objectSchemaOf(field.type);
      if (child && !ancestors.has(child.model)) walk(child, fieldPath);
    }
    ancestors.delete(schema.model);
  };
  walk(root, []);
}
