// The pods bound to each node, kept from the pod watch (the scheduler cache's
// pod side), so a cycle's snapshot does not list and filter every pod of the
// cluster. Each node's pods stay in the order a List gives them (by
// namespace/name), so a snapshot built from here is the one a List builds.
import type { WatchEvent } from "../../apiserver/api-interface";
import type { Pod } from "./api-types";
import { podEntryOf, podTotalsOf, type PodEntry, type PodTotals } from "./node-info";

/** The List order of a pod: its storage key, namespace/name. */
function listKey(pod: Pod): string {
  return `${pod.metadata.namespace ?? ""}/${pod.metadata.name ?? ""}`;
}

/** Whether ClusterSnapshot.addPod would account the pod: bound, and not finished. */
function accounted(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return !!pod.spec?.nodeName && phase !== "Succeeded" && phase !== "Failed";
}

interface Bound {
  key: string;
  entry: PodEntry;
}

export class BoundPods {
  /** Node name → its pods in list order. */
  private readonly byNode = new Map<string, Bound[]>();
  /** List key → the node it is accounted on. */
  private readonly nodeOf = new Map<string, string>();
  /** Node name → its pods' totals, summed when first asked for after a change (most nodes are unchanged between cycles). */
  private readonly totals = new Map<string, PodTotals>();

  apply(e: WatchEvent): void {
    const pod = e.object as Pod;
    const key = listKey(pod);
    const before = this.nodeOf.get(key);
    if (before !== undefined) this.remove(before, key);
    if (e.type === "DELETED" || !accounted(pod)) return;
    const node = pod.spec!.nodeName!;
    let list = this.byNode.get(node);
    if (!list) this.byNode.set(node, (list = []));
    list.splice(indexOf(list, key), 0, { key, entry: podEntryOf(pod) });
    this.nodeOf.set(key, node);
    this.totals.delete(node);
  }

  /** The pods on `node` (their `entry`), in list order; shared, not to be changed. */
  onNode(node: string): readonly { readonly entry: PodEntry }[] {
    return this.byNode.get(node) ?? [];
  }

  /** The totals of the pods on `node` (as adding onNode(node) in order gives); shared, not to be changed. */
  totalsOn(node: string): PodTotals | undefined {
    const list = this.byNode.get(node);
    if (!list) return undefined;
    let t = this.totals.get(node);
    if (!t) this.totals.set(node, (t = podTotalsOf(list.map((b) => b.entry))));
    return t;
  }

  private remove(node: string, key: string): void {
    const list = this.byNode.get(node)!;
    list.splice(indexOf(list, key), 1);
    if (list.length === 0) this.byNode.delete(node);
    this.nodeOf.delete(key);
    this.totals.delete(node);
  }
}

/** Where `key` is, or would go (binary search). */
function indexOf(list: Bound[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
