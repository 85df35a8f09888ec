// The Kubernetes field schema as the editor sees it: the grader's own models
// (grader/apiserver/schema), flattened by the server into plain JSON that the
// browser fetches once (GET /api/kubernetes/fields) instead of bundling it.

/** Each model's fields as type expressions: `string`, `[]V1Container`, `{}string`, `V1PodSpec`. */
export interface KubernetesFieldMap {
  kinds: { apiVersion: string; kind: string; model: string }[];
  models: Record<string, Record<string, string>>;
  /** Model → field → the values the API accepts, for fields that are enums (`V1PodSpec.restartPolicy`). */
  enums?: Record<string, Record<string, string[]>>;
}

export type FieldShape =
  | { shape: "scalar"; scalar: string }
  | { shape: "object"; model: string }
  | { shape: "array"; items: FieldShape }
  | { shape: "map"; values: FieldShape };

const scalars = new Set(["string", "int32", "int64", "float64", "bool", "bytes", "time", "microtime", "intstr", "quantity", "any"]);

export function parseShape(expr: string): FieldShape {
  if (expr.startsWith("[]")) return { shape: "array", items: parseShape(expr.slice(2)) };
  if (expr.startsWith("{}")) return { shape: "map", values: parseShape(expr.slice(2)) };
  if (scalars.has(expr)) return { shape: "scalar", scalar: expr };
  return { shape: "object", model: expr };
}

/** How the type reads in a hint, as kubectl explain names it: `[]Container`, `map[string]string`, `PodSpec`. */
export function shapeLabel(shape: FieldShape): string {
  switch (shape.shape) {
    case "scalar":
      return shape.scalar === "intstr" ? "int-or-string" : shape.scalar === "any" ? "object" : shape.scalar;
    case "object":
      return shape.model.replace(/^(CoreV1|EventsV1|RbacV1|DiscoveryV1|V1|V2|ApiextensionsV1)/, "");
    case "array":
      return `[]${shapeLabel(shape.items)}`;
    case "map":
      return `map[string]${shapeLabel(shape.values)}`;
  }
}

export function modelOfKind(map: KubernetesFieldMap, apiVersion: string | undefined, kind: string | undefined): string | undefined {
  if (!kind) return undefined;
  return map.kinds.find((k) => k.kind === kind && (apiVersion === undefined || k.apiVersion === apiVersion))?.model;
}

/** The object model a shape holds once arrays and maps are stepped through, if any. */
export function elementModel(shape: FieldShape): string | undefined {
  let s = shape;
  while (s.shape === "array" || s.shape === "map") s = s.shape === "array" ? s.items : s.values;
  return s.shape === "object" ? s.model : undefined;
}

/** The shape of the field at `path` below `model` (arrays and maps stepped through), or undefined off the schema. */
export function shapeAt(map: KubernetesFieldMap, model: string, path: readonly string[]): FieldShape | undefined {
  let shape: FieldShape = { shape: "object", model };
  for (const name of path) {
    const owner = elementModel(shape);
    const expr = owner ? map.models[owner]?.[name] : undefined;
    if (expr === undefined) return undefined;
    shape = parseShape(expr);
  }
  return shape;
}

/** The values an enum field `key` of the object at `path` below `model` may take, or undefined when it is not an enum. */
export function enumValuesAt(map: KubernetesFieldMap, model: string, path: readonly string[], key: string): string[] | undefined {
  const shape = shapeAt(map, model, path);
  const owner = shape && elementModel(shape);
  return owner ? map.enums?.[owner]?.[key] : undefined;
}

/** The fields an object at `path` below `model` may have, or undefined when the path leaves the schema or is not an object. */
export function fieldsAt(map: KubernetesFieldMap, model: string, path: readonly string[]): Record<string, string> | undefined {
  const shape = shapeAt(map, model, path);
  if (!shape) return undefined;
  // A map's keys are free (labels, data); only a plain object or an array of objects has named fields.
  let s = shape;
  while (s.shape === "array") s = s.items;
  return s.shape === "object" ? map.models[s.model] : undefined;
}
