// `kubectl taint` (k8s.io/kubectl/pkg/cmd/taint/taint.go, utils.go v0.34.5):
// NODE then KEY[=VALUE]:EFFECT to add, KEY[:EFFECT]- to remove; the new taint
// list goes to the server as a strategic merge patch of spec.taints.
import type { KubeObject } from "../../apiserver/types";
import { isQualifiedName, isValidLabelValue } from "../../apiserver/validation/names";
import type { ParsedCommand } from "../parse-args";
import { selectObjects, type SelectedObject } from "../resource-builder";
import { formatCommandErrors } from "./check-err";
import { Output, type CommandHandler } from "./command";
import { boolFlag, dryRunStrategy, kindName, outputFormat, stringFlag, printsObjects, printWriteObjects } from "./write-flags";

export interface Taint {
  key: string;
  value?: string;
  effect?: string;
  timeAdded?: string;
}

const effects = new Set(["NoSchedule", "PreferNoSchedule", "NoExecute"]);

/** corev1.Taint.ToString. */
export function taintText(t: Taint): string {
  const value = t.value ?? "";
  if (!t.effect) return value ? `${t.key}=${value}:` : t.key;
  return value ? `${t.key}=${value}:${t.effect}` : `${t.key}:${t.effect}`;
}

/** parseTaint: `key=value:Effect`, `key:Effect` or `key`. */
export function parseTaint(spec: string): Taint {
  const parts = spec.split(":");
  let key: string;
  let value = "";
  let effect = "";
  if (parts.length === 1) {
    key = parts[0];
  } else if (parts.length === 2) {
    effect = parts[1];
    if (!effects.has(effect)) throw new Error(`invalid taint effect: ${effect}, unsupported taint effect`);
    const kv = parts[0].split("=");
    if (kv.length > 2) throw new Error(`invalid taint spec: ${spec}`);
    key = kv[0];
    if (kv.length === 2) {
      value = kv[1];
      const errs = isValidLabelValue(value);
      if (errs.length > 0) throw new Error(`invalid taint spec: ${spec}, ${errs.join("; ")}`);
    }
  } else {
    throw new Error(`invalid taint spec: ${spec}`);
  }
  const errs = isQualifiedName(key);
  if (errs.length > 0) throw new Error(`invalid taint spec: ${spec}, ${errs.join("; ")}`);
  const taint: Taint = { key };
  if (value) taint.value = value;
  if (effect) taint.effect = effect;
  return taint;
}

/** parseTaints: the specs ending in `-` remove, the others add (and need an effect). */
export function parseTaints(specs: string[]): { add: Taint[]; remove: Taint[] } {
  const add: Taint[] = [];
  const remove: Taint[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    if (spec.endsWith("-")) {
      const t = parseTaint(spec.slice(0, -1));
      remove.push(t.effect ? { key: t.key, effect: t.effect } : { key: t.key });
      continue;
    }
    const t = parseTaint(spec);
    if (!t.effect) throw new Error(`invalid taint spec: ${spec}`);
    // %v of a corev1.Taint struct: {Key Value Effect TimeAdded}.
    if (seen.has(`${t.effect}\u0000${t.key}`)) throw new Error(`duplicated taints with the same key and effect: {${t.key} ${t.value ?? ""} ${t.effect} <nil>}`);
    seen.add(`${t.effect}\u0000${t.key}`);
    add.push(t);
  }
  return { add, remove };
}

const matches = (a: Taint, b: Taint) => a.key === b.key && a.effect === b.effect;

/** reorganizeTaints: the node's new taints and the word kubectl prints. */
export function reorganizeTaints(old: Taint[], overwrite: boolean, add: Taint[], remove: Taint[]): { operation: string; taints: Taint[]; errors: string[] } {
  let taints = [...add];
  for (const o of old) if (!taints.some((t) => matches(t, o))) taints.push(o);
  const added = old.length !== taints.length;
  const errors: string[] = [];
  let removed = false;
  for (const r of remove) {
    const before = taints.length;
    taints = taints.filter((t) => !(t.key === r.key && (!r.effect || t.effect === r.effect)));
    removed = taints.length !== before;
    if (!removed) errors.push(`taint "${taintText(r)}" not found`);
  }
  const operation = (added && removed) || overwrite ? "modified" : added ? "tainted" : "untainted";
  return { operation, taints, errors };
}

/** Splits resources from taint specs as taint.go's Complete does. */
function resourcesAndTaints(args: string[]): { resources: string[]; specs: string[] } {
  const resources: string[] = [];
  const specs: string[] = [];
  for (const s of args) {
    const isTaint = s.includes("=") || s.includes(":") || s.endsWith("-");
    if (isTaint) specs.push(s);
    else if (specs.length > 0) throw new Error(`all resources must be specified before taint changes: ${s}`);
    else resources.push(s);
  }
  return { resources, specs };
}

function nodeTaints(node: KubeObject): Taint[] {
  return (((node.spec as Record<string, unknown> | undefined)?.taints as Taint[] | undefined) ?? []).map((t) => ({ ...t }));
}

export const taintCommand: CommandHandler = (cmd: ParsedCommand, io) => {
  const out = new Output();
  const { resources, specs } = resourcesAndTaints(cmd.args);
  const dryRun = dryRunStrategy(cmd);
  if (resources.length < 1) throw new Error("one or more resources must be specified as <resource> <name>");
  if (specs.length < 1) throw new Error("at least one taint update is required");
  let parsed: { add: Taint[]; remove: Taint[] };
  try {
    parsed = parseTaints(specs);
  } catch (e) {
    throw new Error(`${(e as Error).message}\nSee '${cmd.commandPath} -h' for help and examples`, { cause: e });
  }
  const resourceType = resources[0].toLowerCase();
  const info = io.cluster.api.registry.resolveResource(resourceType);
  if (!info) throw new Error(`the server doesn't have a resource type "${resourceType}"`);
  if (info.kind !== "Node") throw new Error(`invalid resource type ${resourceType}, only node types are supported`);
  const conflicts: string[] = [];
  for (const a of parsed.add) for (const r of parsed.remove) if (a.key === r.key && (!r.effect || a.effect === r.effect)) conflicts.push(`${r.key}=${r.effect ?? ""}`);
  if (conflicts.length > 0) throw new Error(`can not both modify and remove the following taint(s) in the same command: ${conflicts.join(", ")}`);
  const all = boolFlag(cmd, "all");
  const selector = stringFlag(cmd, "selector");
  if (all && selector) throw new Error("setting 'all' parameter with a non empty selector is prohibited");
  if (!all && !selector && resources.length < 2) throw new Error("at least one resource name must be specified since 'all' parameter is not set");
  const format = outputFormat(cmd, io);
  const names = all || selector ? [] : resources.slice(1);
  const selection = selectObjects(cmd, io, all || selector ? ["nodes"] : ["nodes", ...names]);
  if (selection.errors.length > 0) throw selection.errors[0];
  const overwrite = boolFlag(cmd, "overwrite");
  // The builder's Visit stops at the first failing node; lines printed before it stay.
  try {
    for (const target of selection.objects) taintNode(target);
  } catch (e) {
    out.err(formatCommandErrors([e]));
    return out.result(1);
  }
  return out.result();

  function taintNode(target: SelectedObject): void {
    const node = target.live;
    const old = nodeTaints(node);
    if (!overwrite) {
      const exists = parsed.add.filter((t) => old.some((o) => matches(t, o))).map((t) => t.key);
      if (exists.length > 0) throw new Error(`node ${node.metadata.name ?? ""} already has ${exists.join(",")} taint(s) with same effect(s) and --overwrite is false`);
    }
    const { operation, taints, errors } = reorganizeTaints(old, overwrite, parsed.add, parsed.remove);
    if (errors.length > 0) throw new Error(errors.length === 1 ? errors[0] : `[${errors.join(", ")}]`);
    let result: KubeObject = structuredClone(node);
    (result.spec as Record<string, unknown>).taints = taints;
    if (dryRun !== "client") {
      const fieldManager = stringFlag(cmd, "field-manager") || "kubectl-taint";
      // A strategic patch replacing the whole list: the server keeps what the list says.
      result = io.cluster.api.patch(target.gvr, "", target.name, "merge", { spec: { taints: taints.length > 0 ? taints : null } }, { dryRun: dryRun === "server", fieldManager });
    }
    if (printsObjects(format)) out.out(printWriteObjects([result], format, cmd, io));
    else if (format === "name") out.out(`${kindName(result)}\n`);
    else out.out(`${kindName(result)} ${operation}\n`);
  }
};
