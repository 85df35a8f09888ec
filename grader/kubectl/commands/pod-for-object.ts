// The pod behind `deploy/web`, `job/x`, `svc/x` for logs and exec
// (k8s.io/kubectl/pkg/polymorphichelpers/{helpers.go GetFirstPod,
// SelectorsForObject, attachablepodforobject.go}, podutils.ByLogging /
// ActivePods orders), and the default container (pkg/cmd/util/podcmd/podcmd.go).
import type { KubeObject } from "../../apiserver/types";
import type { KubectlIO } from "./command";

type Json = Record<string, unknown>;
const pods = { group: "", version: "v1", resource: "pods" };

export const defaultContainerAnnotation = "kubectl.kubernetes.io/default-container";

/** SelectorsForObject: a label selector string for the kinds that own pods; undefined otherwise. */
export function podSelectorOf(obj: KubeObject): string | undefined {
  const spec = (obj.spec ?? {}) as Json;
  const fromSet = (set: unknown) =>
    Object.entries((set ?? {}) as Record<string, string>)
      .map(([k, v]) => `${k}=${v}`)
      .join(",");
  switch (obj.kind) {
    case "ReplicationController":
    case "Service":
      return fromSet(spec.selector);
    case "Deployment":
    case "ReplicaSet":
    case "StatefulSet":
    case "DaemonSet":
    case "Job": {
      const sel = (spec.selector ?? {}) as { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] };
      const parts = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
      for (const e of sel.matchExpressions ?? []) {
        if (e.operator === "In") parts.push(`${e.key} in (${(e.values ?? []).join(",")})`);
        else if (e.operator === "NotIn") parts.push(`${e.key} notin (${(e.values ?? []).join(",")})`);
        else if (e.operator === "Exists") parts.push(e.key);
        else if (e.operator === "DoesNotExist") parts.push(`!${e.key}`);
      }
      return parts.join(",");
    }
    default:
      return undefined;
  }
}

const phaseRank: Record<string, number> = { Running: 0, Unknown: 1, Pending: 2 };
const isReady = (p: KubeObject) => (((p.status as Json | undefined)?.conditions as Json[] | undefined) ?? []).some((c) => c.type === "Ready" && c.status === "True");
const restarts = (p: KubeObject) => (((p.status as Json | undefined)?.containerStatuses as Json[] | undefined) ?? []).reduce((n, c) => n + ((c.restartCount as number) ?? 0), 0);
const created = (p: KubeObject) => p.metadata.creationTimestamp ?? "";
const nodeOf = (p: KubeObject) => ((p.spec as Json | undefined)?.nodeName as string | undefined) ?? "";
const phaseOf = (p: KubeObject) => ((p.status as Json | undefined)?.phase as string | undefined) ?? "";

/** podutils.ByLogging: assigned, running, ready, more restarts, older first. */
export function byLogging(a: KubeObject, b: KubeObject): number {
  if (nodeOf(a) !== nodeOf(b) && (nodeOf(a) === "" || nodeOf(b) === "")) return nodeOf(a) === "" ? 1 : -1;
  const ra = phaseRank[phaseOf(a)] ?? 3;
  const rb = phaseRank[phaseOf(b)] ?? 3;
  if (ra !== rb) return ra - rb;
  if (isReady(a) !== isReady(b)) return isReady(a) ? -1 : 1;
  if (restarts(a) !== restarts(b)) return restarts(b) - restarts(a);
  if (created(a) !== created(b)) return created(a) === "" ? 1 : created(b) === "" ? -1 : created(a) < created(b) ? -1 : 1;
  return 0;
}

/** GetPodList: the pods matching `selector`, sorted; waits up to `timeoutMs` of virtual time for one to exist. */
export function podsForSelector(io: KubectlIO, namespace: string, selector: string, timeoutMs: number, order: (a: KubeObject, b: KubeObject) => number = byLogging): KubeObject[] {
  const list = () => io.cluster.api.list(pods, { namespace, labelSelector: selector || undefined }).items;
  let items = list();
  let waited = 0;
  while (items.length === 0 && waited < timeoutMs) {
    io.cluster.settle({ forMs: 1000 });
    waited += 1000;
    items = list();
  }
  if (items.length === 0) throw new Error("timed out waiting for the condition");
  return [...items].sort(order);
}

/** podcmd.AllContainerNames: app containers, then `x (ephem)`, then `x (init)`. */
export function allContainerNames(pod: KubeObject): string {
  const spec = (pod.spec ?? {}) as Json;
  const names = (list: unknown) => ((list ?? []) as Json[]).map((c) => c.name as string);
  return [...names(spec.containers), ...names(spec.ephemeralContainers).map((n) => `${n} (ephem)`), ...names(spec.initContainers).map((n) => `${n} (init)`)].join(", ");
}

export function containerNames(pod: KubeObject, field: "containers" | "initContainers" | "ephemeralContainers"): string[] {
  return ((((pod.spec ?? {}) as Json)[field] ?? []) as Json[]).map((c) => c.name as string);
}

/** The container a command without -c uses: the default-container annotation, else the first, with upstream's notice. */
export function defaultContainer(pod: KubeObject): { name: string; notice: string } {
  const annotated = pod.metadata.annotations?.[defaultContainerAnnotation];
  const all = [...containerNames(pod, "containers"), ...containerNames(pod, "initContainers"), ...containerNames(pod, "ephemeralContainers")];
  if (annotated && all.includes(annotated)) return { name: annotated, notice: "" };
  const first = containerNames(pod, "containers")[0] ?? "";
  const several = all.length > 1;
  return { name: first, notice: several ? `Defaulted container "${first}" out of: ${allContainerNames(pod)}\n` : "" };
}

const deleting = (p: KubeObject) => p.metadata.deletionTimestamp !== undefined;

/** sort.Reverse(podutils.ActivePods), what exec and attach pick from: assigned, running, ready, not deleting, fewer restarts, older. */
export function byMostActive(a: KubeObject, b: KubeObject): number {
  if (nodeOf(a) !== nodeOf(b) && (nodeOf(a) === "" || nodeOf(b) === "")) return nodeOf(a) === "" ? 1 : -1;
  const rank: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
  const ra = rank[phaseOf(a)] ?? 0;
  const rb = rank[phaseOf(b)] ?? 0;
  if (ra !== rb) return rb - ra;
  if (isReady(a) !== isReady(b)) return isReady(a) ? -1 : 1;
  if (deleting(a) !== deleting(b)) return deleting(a) ? 1 : -1;
  if (restarts(a) !== restarts(b)) return restarts(a) - restarts(b);
  if (created(a) !== created(b)) return created(a) < created(b) ? -1 : 1;
  return 0;
}
