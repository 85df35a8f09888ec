// Turns the generated client-node models (their `attributeTypeMap`) into the
// compact type expressions stored in models.generated.ts. Used by the generator
// and by the test that checks the stored schema has not drifted from the models.

export interface ModelAttribute {
  name: string;
  baseName: string;
  type: string;
  format: string;
}

export interface ModelClass {
  attributeTypeMap: ModelAttribute[];
}

/**
 * The type expression of one model attribute:
 * string | int32 | int64 | float64 | bool | bytes | time | microtime | intstr | any
 * | []T | {}T (a map with string keys) | <model name>.
 * Quantities cannot be told from strings here (the generator erased the $ref);
 * the generator marks them from the Go types.
 */
export function attributeTypeExpr(type: string, format: string): string {
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return "[]" + attributeTypeExpr(array[1], format === "byte" ? "" : format);
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return "{}" + attributeTypeExpr(map[1], format);
  switch (type) {
    case "string":
      return format === "byte" ? "bytes" : "string";
    case "number":
      if (format === "int32" || format === "int64") return format;
      return "float64";
    case "boolean":
      return "bool";
    case "Date":
      return "time";
    case "V1MicroTime":
      return "microtime";
    case "IntOrString":
      return "intstr";
    case "any":
      return "any";
    default:
      return type;
  }
}

/** The model names an expression refers to. */
export function referencedModel(expr: string): string | undefined {
  const base = expr.replace(/^(\[\]|\{\})+/, "");
  return /^[A-Z]/.test(base) ? base : undefined;
}

/** `name:expr,name:expr` in the models' own (alphabetical) order. */
export function modelFieldsExpr(model: ModelClass): string {
  return model.attributeTypeMap.map((a) => `${a.baseName}:${attributeTypeExpr(a.type, a.format)}`).join(",");
}

/** Every model reachable from `roots`, in a stable order. */
export function reachableModels(models: Record<string, ModelClass | undefined>, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    const model = models[name];
    if (!model) continue;
    seen.add(name);
    for (const a of model.attributeTypeMap) {
      const ref = referencedModel(attributeTypeExpr(a.type, a.format));
      if (ref && !seen.has(ref)) stack.push(ref);
    }
  }
  return [...seen].sort();
}
