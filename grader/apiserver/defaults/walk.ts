// Applies defaulters through an object by its schema, pre-order: a type's own
// defaulter runs before the types inside it, so what it creates (a strategy,
// a securityContext) is defaulted in turn, as the generated SetObjectDefaults_* do.
import { modelSchema, type FieldSchema, type FieldType } from "../schema/schema";
import type { Defaulter, DefaulterTable } from "./defaulter";
import { isObject } from "./json-helpers";

// Deeper than built-in objects go in practice; below it, the walk goes on without recursion.
const maxRecursionDepth = 64;

/** Runs every defaulter of `defaulters` that applies, through `root` of model `rootModel`. */
export function applyDefaultersByModel(root: unknown, rootModel: string, defaulters: DefaulterTable): void {
  if (isObject(root)) defaultObject(root, rootModel, defaulters, 0);
}

function defaulterOf(defaulters: DefaulterTable, model: string) {
  return Object.prototype.hasOwnProperty.call(defaulters, model) ? defaulters[model] : undefined;
}

// Recursion without a frame per value, following only the fields through which a defaulter is reached.
function defaultObject(value: Record<string, unknown>, model: string, defaulters: DefaulterTable, depth: number): void {
  const plan = planFor(model, defaulters);
  if (!plan) return;
  if (depth > maxRecursionDepth) {
    applyDefaultersWithoutRecursion(value, model, defaulters);
    return;
  }
  plan.defaulter?.(value);
  const fields = plan.fields;
  for (let i = 0; i < fields.length; i++) {
    const child = value[fields[i].name];
    if (child !== undefined && child !== null) defaultValue(child, fields[i].type, defaulters, depth + 1);
  }
}

function defaultValue(value: unknown, type: FieldType, defaulters: DefaulterTable, depth: number): void {
  switch (type.kind) {
    case "array":
      if (Array.isArray(value)) for (let i = 0; i < value.length; i++) defaultValue(value[i], type.items, defaulters, depth + 1);
      return;
    case "map":
      if (isObject(value) && type.values.kind !== "scalar") {
        // Last value first, as the walk without recursion meets them.
        const values = Object.values(value);
        for (let i = values.length - 1; i >= 0; i--) defaultValue(values[i], type.values, defaulters, depth + 1);
      }
      return;
    case "object":
      if (isObject(value)) defaultObject(value, type.model, defaulters, depth);
      return;
  }
}

/** The same walk with an explicit stack, for values nested deeper than recursion should go. */
export function applyDefaultersWithoutRecursion(root: unknown, rootModel: string, defaulters: DefaulterTable): void {
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
    defaulterOf(defaulters, type.model)?.(value);
    const schema = modelSchema(type.model);
    if (!schema) continue;
    for (let i = schema.fields.length - 1; i >= 0; i--) {
      const field = schema.fields[i];
      const child = value[field.name];
      if (child !== undefined && child !== null && field.type.kind !== "scalar") stack.push({ value: child, type: field.type });
    }
  }
}

/** What defaulting does with a value of one model: its own defaulter, then the fields that lead to one. */
interface ModelPlan {
  defaulter: Defaulter | undefined;
  fields: readonly FieldSchema[]; // in the model's order
}

const plans = new WeakMap<DefaulterTable, Map<string, ModelPlan | null>>();

/** The plan for `model`, or null when no defaulter is reached through it. */
function planFor(model: string, defaulters: DefaulterTable): ModelPlan | null {
  let byModel = plans.get(defaulters);
  if (!byModel) plans.set(defaulters, (byModel = new Map()));
  let plan = byModel.get(model);
  if (plan === undefined) {
    plan = null;
    if (reachesADefaulter(model, defaulters)) {
      const fields = (modelSchema(model)?.fields ?? []).filter((f) => {
        const inner = innermostType(f.type);
        return inner.kind === "object" && reachesADefaulter(inner.model, defaulters);
      });
      plan = { defaulter: defaulterOf(defaulters, model), fields };
    }
    byModel.set(model, plan);
  }
  return plan;
}

function innermostType(type: FieldType): FieldType {
  let t = type;
  while (t.kind === "array" || t.kind === "map") t = t.kind === "array" ? t.items : t.values;
  return t;
}

const reaches = new WeakMap<DefaulterTable, Map<string, boolean>>();

/** Whether a value of `model` holds, at any depth, a type that `defaulters` has a defaulter for. */
function reachesADefaulter(model: string, defaulters: DefaulterTable): boolean {
  let known = reaches.get(defaulters);
  if (!known) reaches.set(defaulters, (known = new Map()));
  let answer = known.get(model);
  if (answer !== undefined) return answer;
  answer = false;
  const seen = new Set<string>();
  const pending = [model];
  while (pending.length && !answer) {
    const m = pending.pop()!;
    if (seen.has(m)) continue;
    seen.add(m);
    if (defaulterOf(defaulters, m)) answer = true;
    for (const field of modelSchema(m)?.fields ?? []) {
      const t = innermostType(field.type);
      if (t.kind === "object") pending.push(t.model);
    }
  }
  known.set(model, answer);
  return answer;
}
