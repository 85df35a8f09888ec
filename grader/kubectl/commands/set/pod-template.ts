// polymorphichelpers/updatepodspec.go: where each kind keeps its pod spec, so
// the `kubectl set` commands can edit it in place.
import type { KubeObject } from "../../../apiserver/types";
import type { SelectedObject } from "../../resource-builder/select-objects";
import { kindName } from "../write-flags";

export interface ContainerLike {
  name: string;
  image?: string;
  [field: string]: unknown;
}

export interface PodSpecLike {
  containers?: ContainerLike[];
  initContainers?: ContainerLike[];
  [field: string]: unknown;
}

const templateKinds = new Set(["ReplicationController", "Deployment", "DaemonSet", "ReplicaSet", "StatefulSet", "Job"]);

/** The pod spec inside `obj` (mutable), or throws updatepodspec.go's error for kinds without one. */
export function podSpecOf(obj: KubeObject): PodSpecLike {
  const spec = (obj.spec ?? {}) as Record<string, unknown>;
  if (obj.kind === "Pod") return spec as PodSpecLike;
  const template = templateKinds.has(obj.kind)
    ? (spec.template as Record<string, unknown> | undefined)
    : obj.kind === "CronJob"
      ? ((spec.jobTemplate as { spec?: { template?: Record<string, unknown> } } | undefined)?.spec?.template)
      : undefined;
  if (!template) {
    // %T of the typed object kubectl decoded, e.g. *v1.ConfigMap.
    const version = obj.apiVersion.slice(obj.apiVersion.indexOf("/") + 1);
    throw new Error(`the object is not a pod or does not have a pod template: *${version}.${obj.kind}`);
  }
  return (template.spec ?? {}) as PodSpecLike;
}

/** cmdutil.GetResourcesAndPairs: resources first, then KEY=VALUE / KEY- pairs. */
export function resourcesAndPairs(args: string[], pairType: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const isPair = (s.includes("=") && s[0] !== "=") || (s.endsWith("-") && s !== "-");
    if (isPair) pairs.push(s);
    else if (pairs.length > 0) throw new Error(`all resources must be specified before ${pairType} changes: ${s}`);
    else resources.push(s);
  }
  return { resources, pairs };
}

/** cmdutil.ParsePairs without removal: `name=value` pairs, the rest reported together. */
export function parseSetPairs(pairs: string[], pairType: string): Map<string, string> {
  const result = new Map<string, string>();
  const invalid: string[] = [];
  for (const p of pairs) {
    if (p.includes("=") && p[0] !== "=") {
      const eq = p.indexOf("=");
      result.set(p.slice(0, eq), p.slice(eq + 1));
    } else invalid.push(p);
  }
  if (invalid.length > 0) throw new Error(`invalid ${pairType} format: ${invalid.join(", ")}`);
  return result;
}

/**
 * A copy of a selected object to edit, with its pod spec — or the error
 * `kubectl set` prints for a kind without one (named by Info.ObjectName: the
 * REST resource when mapped, `kind.group` for --local objects).
 */
export function editablePodSpec(target: SelectedObject, local: boolean): { updated: KubeObject; spec: PodSpecLike } | { error: Error } {
  const updated = structuredClone(target.live);
  try {
    return { updated, spec: podSpecOf(updated) };
  } catch (e) {
    return { error: new Error(`error: ${objectNameOf(target, local)} ${e instanceof Error ? e.message : String(e)}`) };
  }
}

/** Info.ObjectName: the REST resource when mapped (`deployments/web`), `kind.group` for --local objects. */
export function objectNameOf(target: SelectedObject, local: boolean): string {
  return local ? kindName(target.live) : `${target.resource.resource}/${target.name}`;
}
