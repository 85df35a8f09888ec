// How Go (reflect.Type.String()) names the types behind model type expressions,
// for encoding/json's "cannot unmarshal X into Go struct field S.f of type T".

/** `V1PodSpec` → {pkg: "v1", name: "PodSpec"}; `CoreV1Event` → {pkg: "v1", name: "Event"}. */
export function goNameOfModel(model: string): { pkg: string; name: string } {
  const m = /^(?:[A-Z][a-z]+)*?(V\d+(?:alpha\d+|beta\d+)?)([A-Z]\w*)$/.exec(model);
  if (!m) return { pkg: "", name: model };
  return { pkg: m[1].toLowerCase(), name: m[2] };
}

const scalarGoNames: Record<string, string> = {
  string: "string",
  int32: "int32",
  int64: "int64",
  float64: "float64",
  bool: "bool",
  bytes: "[]uint8",
  time: "v1.Time",
  microtime: "v1.MicroTime",
  intstr: "intstr.IntOrString",
  quantity: "resource.Quantity",
  any: "interface {}",
};

/** The Go type name a type expression stands for, when Go has no named type for it. */
export function defaultGoTypeName(expr: string): string {
  if (expr.startsWith("[]")) return "[]" + defaultGoTypeName(expr.slice(2));
  if (expr.startsWith("{}")) return "map[string]" + defaultGoTypeName(expr.slice(2));
  const scalar = scalarGoNames[expr];
  if (scalar) return scalar;
  const { pkg, name } = goNameOfModel(expr);
  return pkg ? `${pkg}.${name}` : name;
}

/** The element type name of a Go slice or map type name: `[]v1.Container` → `v1.Container`. */
export function goElementTypeName(goType: string): string | undefined {
  if (goType.startsWith("[]")) return goType.slice(2);
  if (goType.startsWith("map[")) {
    let depth = 0;
    for (let i = 3; i < goType.length; i++) {
      if (goType[i] === "[") depth++;
      else if (goType[i] === "]" && --depth === 0) return goType.slice(i + 1);
    }
  }
  return undefined;
}
