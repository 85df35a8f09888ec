// Finding a Deployment's new and old ReplicaSets (deployment_util.go,
// controller_utils.go): the new one has the Deployment's template (ignoring the
// pod-template-hash label; the oldest wins if several do), every other owned
// one is old; "active" ones have replicas.
import { parseTimestamp } from "../../apiserver/printers/timestamps";
import { replicasOf } from "../replicaset/types";
import { podTemplateHashLabel, type Deployment, type ReplicaSet } from "./types";
import { revisionOf } from "./annotations";

// Module-level rather than a closure per call: semanticEqual recurses over whole pod templates on every sync.
function isEmptyValue(v: unknown): boolean {
  return v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);
}

/** apiequality.Semantic.DeepEqual on JSON: an absent field, null, {} and [] are the same empty value. */
export function semanticEqual(a: unknown, b: unknown): boolean {
  if (isEmptyValue(a) && isEmptyValue(b)) return true;
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => semanticEqual(v, bb[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  // Every key of either side, without building their union.
  for (const k in ao) if (Object.hasOwn(ao, k) && !semanticEqual(ao[k], bo[k])) return false;
  for (const k in bo) if (Object.hasOwn(bo, k) && !Object.hasOwn(ao, k) && !semanticEqual(undefined, bo[k])) return false;
  return true;
}

function withoutHashLabel(template: ReplicaSet["spec"]["template"]): unknown {
  if (!template) return template;
  const labels = { ...(template.metadata?.labels ?? {}) };
  delete labels[podTemplateHashLabel];
  return { ...template, metadata: { ...(template.metadata ?? {}), labels } };
}

/** EqualIgnoreHash: the same template once the pod-template-hash label is set aside. */
export function equalIgnoreHash(a: ReplicaSet["spec"]["template"], b: ReplicaSet["spec"]["template"]): boolean {
  return semanticEqual(withoutHashLabel(a), withoutHashLabel(b));
}

// Stored templates are deep-frozen and a write replaces them rather than changing them, so the answer
// for two frozen templates holds as long as they live: a sync compares the same pairs again and again.
const frozenAnswers = new WeakMap<object, WeakMap<object, boolean>>();

/** equalIgnoreHash, remembered for two frozen templates (the shared objects of read-only gets and lists). */
export function equalIgnoreHashMemo(a: ReplicaSet["spec"]["template"], b: ReplicaSet["spec"]["template"]): boolean {
  if (!a || !b || !Object.isFrozen(a) || !Object.isFrozen(b)) return equalIgnoreHash(a, b);
  let byB = frozenAnswers.get(a);
  const known = byB?.get(b);
  if (known !== undefined) return known;
  const answer = equalIgnoreHash(a, b);
  if (!byB) frozenAnswers.set(a, (byB = new WeakMap()));
  byB.set(b, answer);
  return answer;
}

const byName = (a: ReplicaSet, b: ReplicaSet) => ((a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : (a.metadata.name ?? "") > (b.metadata.name ?? "") ? 1 : 0);

/** ReplicaSetsByCreationTimestamp: oldest first, then by name. */
export function byCreation(a: ReplicaSet, b: ReplicaSet): number {
  const ta = parseTimestamp(a.metadata.creationTimestamp) ?? 0;
  const tb = parseTimestamp(b.metadata.creationTimestamp) ?? 0;
  return ta !== tb ? ta - tb : byName(a, b);
}

/** ReplicaSetsByRevision: lowest revision first, creation order when equal or unreadable. */
export function byRevision(a: ReplicaSet, b: ReplicaSet): number {
  const ra = revisionOf(a);
  const rb = revisionOf(b);
  if (Number.isNaN(ra) || Number.isNaN(rb) || ra === rb) return byCreation(a, b);
  return ra - rb;
}

/** ReplicaSetsBySizeNewer: larger first; for equal sizes the newer first. */
export function bySizeNewer(a: ReplicaSet, b: ReplicaSet): number {
  return replicasOf(a) !== replicasOf(b) ? replicasOf(b) - replicasOf(a) : byCreation(b, a);
}

/** ReplicaSetsBySizeOlder: larger first; for equal sizes the older first. */
export function bySizeOlder(a: ReplicaSet, b: ReplicaSet): number {
  return replicasOf(a) !== replicasOf(b) ? replicasOf(b) - replicasOf(a) : byCreation(a, b);
}

export function findNewReplicaSet(d: Deployment, rsList: ReplicaSet[]): ReplicaSet | undefined {
  return [...rsList].sort(byCreation).find((rs) => equalIgnoreHashMemo(rs.spec.template, d.spec.template));
}

/** Every owned ReplicaSet but the new one (`newRS`: findNewReplicaSet's answer, when the caller has it). */
export function findOldReplicaSets(d: Deployment, rsList: ReplicaSet[], newRS = findNewReplicaSet(d, rsList)): ReplicaSet[] {
  return rsList.filter((rs) => !newRS || rs.metadata.uid !== newRS.metadata.uid);
}

export function filterActive(replicaSets: (ReplicaSet | undefined)[]): ReplicaSet[] {
  return replicaSets.filter((rs): rs is ReplicaSet => !!rs && replicasOf(rs) > 0);
}

/** FindActiveOrLatest: the only active ReplicaSet, or the newest when none is active; undefined when several are. */
export function findActiveOrLatest(newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[]): ReplicaSet | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const oldNewestFirst = [...oldRSs].sort((a, b) => byCreation(b, a));
  const active = filterActive([...oldNewestFirst, newRS]);
  if (active.length === 0) return newRS ?? oldNewestFirst[0];
  return active.length === 1 ? active[0] : undefined;
}
