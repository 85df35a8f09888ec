// What to offer at the cursor of a manifest: the fields valid at its path
// (from the grader's schema), apiVersion and kind values that go together,
// and the values of enum fields (restartPolicy: Always, OnFailure, Never).
// Pure (text + offset in, options out) so it is tested without a browser.
import { enumValuesAt, fieldsAt, modelOfKind, parseShape, shapeLabel, type KubernetesFieldMap } from "./field-map";
import { yamlCursorContext } from "./yaml-context";

export interface ManifestCompletion {
  label: string;
  /** What is inserted in place of the typed prefix. */
  apply: string;
  /** The type, as kubectl explain names it. */
  detail?: string;
  type: "property" | "constant" | "type";
  /** Higher first. */
  boost?: number;
}

export interface ManifestCompletions {
  from: number;
  /** A field name is being typed, or the value of a field. */
  position: "key" | "value";
  options: ManifestCompletion[];
}

// The fields one writes first, offered first.
const rootOrder = ["apiVersion", "kind", "metadata", "spec", "data", "stringData", "type"];

function fieldCompletion(name: string, expr: string, column: number): ManifestCompletion {
  const shape = parseShape(expr);
  const child = " ".repeat(column + 2);
  let apply = `${name}: `;
  if (shape.shape === "object" || (shape.shape === "map" && shape.values.shape !== "scalar")) apply = `${name}:\n${child}`;
  else if (shape.shape === "map") apply = `${name}:\n${child}`;
  else if (shape.shape === "array" && shape.items.shape === "object") apply = `${name}:\n${child}- `;
  else if (shape.shape === "array") apply = `${name}:\n${child}- `;
  const boost = rootOrder.includes(name) ? 10 - rootOrder.indexOf(name) : name === "name" ? 5 : 0;
  return { label: name, apply, detail: shapeLabel(shape), type: "property", boost };
}

export function manifestCompletions(fields: KubernetesFieldMap, text: string, offset: number): ManifestCompletions | undefined {
  const ctx = yamlCursorContext(text, offset);
  if (!ctx) return undefined;

  if (ctx.position === "value") {
    const value = (options: ManifestCompletion[]): ManifestCompletions => ({ from: ctx.from, position: "value", options });
    if (ctx.path.length !== 0 || (ctx.key !== "apiVersion" && ctx.key !== "kind")) {
      const model = modelOfKind(fields, ctx.apiVersion, ctx.kind) ?? modelOfKind(fields, undefined, ctx.kind);
      const values = model && ctx.key ? enumValuesAt(fields, model, ctx.path, ctx.key) : undefined;
      return values ? value(values.map((v) => ({ label: v, apply: v, type: "constant" }))) : undefined;
    }
    if (ctx.key === "apiVersion") {
      const versions = [...new Set(fields.kinds.filter((k) => !ctx.kind || k.kind === ctx.kind).map((k) => k.apiVersion))];
      return value(versions.map((v) => ({ label: v, apply: v, type: "constant" })));
    }
    if (ctx.key === "kind") {
      const kinds = fields.kinds.filter((k) => !ctx.apiVersion || k.apiVersion === ctx.apiVersion || !fields.kinds.some((x) => x.apiVersion === ctx.apiVersion));
      const seen = new Set<string>();
      const options: ManifestCompletion[] = [];
      for (const k of kinds) {
        if (seen.has(k.kind)) continue;
        seen.add(k.kind);
        options.push({ label: k.kind, apply: k.kind, detail: k.apiVersion, type: "type" });
      }
      return value(options);
    }
    return undefined;
  }

  const model = modelOfKind(fields, ctx.apiVersion, ctx.kind) ?? modelOfKind(fields, undefined, ctx.kind);
  if (!model) {
    // No kind yet: what every manifest starts with.
    if (ctx.path.length !== 0) return undefined;
    const options = ["apiVersion", "kind", "metadata"]
      .filter((f) => !ctx.siblings.includes(f))
      .map((f) => fieldCompletion(f, f === "metadata" ? "V1ObjectMeta" : "string", ctx.column));
    return { from: ctx.from, position: "key", options };
  }
  const available = fieldsAt(fields, model, ctx.path);
  if (!available) return undefined;
  const options = Object.entries(available)
    .filter(([name]) => !ctx.siblings.includes(name))
    .map(([name, expr]) => fieldCompletion(name, expr, ctx.column));
  return { from: ctx.from, position: "key", options };
}
