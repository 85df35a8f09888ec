// The warnings a create or an update returns (the strategies' WarningsOnCreate and
// WarningsOnUpdate, pkg/registry/{core/pod,apps/*,batch/*,core/replicationcontroller}/strategy.go).
import type { KubeObject } from "../types";
import { isDNS1123Label } from "../validation/names";
import { podSpecWarnings } from "./pod-warnings";

type Json = Record<string, unknown>;
const asObject = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});

/** Where a kind keeps its pod template, and whether its name becomes its pods' names. */
interface TemplateKind {
  path: string[];
  namesPods: boolean;
}

// statefulset/strategy.go warns about the template only (DaemonSet: not checked against v1.34, left out).
const templateKinds: Record<string, TemplateKind> = {
  "apps/Deployment": { path: ["spec", "template"], namesPods: true },
  "apps/ReplicaSet": { path: ["spec", "template"], namesPods: true },
  "/ReplicationController": { path: ["spec", "template"], namesPods: true },
  "apps/StatefulSet": { path: ["spec", "template"], namesPods: false },
  "batch/Job": { path: ["spec", "template"], namesPods: true },
  "batch/CronJob": { path: ["spec", "jobTemplate", "spec", "template"], namesPods: true },
};

function groupOf(obj: KubeObject): string {
  const slash = obj.apiVersion.indexOf("/");
  return slash < 0 ? "" : obj.apiVersion.slice(0, slash);
}

function templateOf(obj: KubeObject, path: string[]): Json | undefined {
  let node: unknown = obj;
  for (const field of path) node = asObject(node)[field];
  return node && typeof node === "object" ? (node as Json) : undefined;
}

function nameWarning(name: string, usedIn: string): string[] {
  const msgs = isDNS1123Label(name);
  // Go's %v of a []string: [a b].
  return msgs.length === 0 ? [] : [`metadata.name: this is used in ${usedIn}, which can result in surprising behavior; a DNS label is recommended: [${msgs.join(" ")}]`];
}

function templateWarnings(obj: KubeObject, kind: TemplateKind): string[] {
  const template = templateOf(obj, kind.path);
  if (!template) return [];
  return podSpecWarnings(`${kind.path.join(".")}.`, asObject(template.metadata), asObject(template.spec));
}

/** WarningsOnCreate of the object's kind; [] for kinds that have none. */
export function warningsOnCreate(obj: KubeObject): string[] {
  const group = groupOf(obj);
  if (group === "" && obj.kind === "Pod") {
    return [...nameWarning(obj.metadata.name ?? "", "the Pod's hostname"), ...podSpecWarnings("", asObject(obj.metadata), asObject(obj.spec))];
  }
  const kind = templateKinds[`${group}/${obj.kind}`];
  if (!kind) return [];
  return [...(kind.namesPods ? nameWarning(obj.metadata.name ?? "", "Pod names and hostnames") : []), ...templateWarnings(obj, kind)];
}

/** WarningsOnUpdate: a Pod's spec warnings; a workload's template warnings when its generation moved. */
export function warningsOnUpdate(obj: KubeObject, old: KubeObject): string[] {
  const group = groupOf(obj);
  if (group === "" && obj.kind === "Pod") return podSpecWarnings("", asObject(obj.metadata), asObject(obj.spec));
  const kind = templateKinds[`${group}/${obj.kind}`];
  if (!kind || obj.metadata.generation === old.metadata.generation) return [];
  return templateWarnings(obj, kind);
}
