// The pod informer of the controller (client-go shared informer + indexer):
// every pod as the last watch event showed it, by namespace, and indexed by
// the uid of its controller (orphans apart), each group kept in name order as
// events arrive. The API delivers watch events synchronously, so the cache is
// never stale; a sync reads its own pods and the orphans without copying,
// filtering or sorting every pod of the namespace.
import type { WatchEvent } from "../../apiserver/api-interface";
import { controllerOf } from "./controller-ref";
import { SortedPods } from "./sorted-pods";
import type { Pod } from "./types";

/** The group of pods without a controller (no uid is empty). */
const orphans = "";

interface NamespacePods {
  byName: Map<string, Pod>;
  /** Controller uid (or `orphans`) → its pods in name order. */
  byController: Map<string, SortedPods>;
}

function controllerKey(pod: Pod): string {
  const ref = controllerOf(pod);
  // A reference without a uid controls nothing a sync could ask for; keep it out of the orphans.
  return ref ? (ref.uid ? ref.uid : "\u0000") : orphans;
}

export class PodCache {
  private readonly byNamespace = new Map<string, NamespacePods>();

  apply(e: WatchEvent): void {
    const pod = e.object as Pod;
    const ns = pod.metadata.namespace ?? "";
    const name = pod.metadata.name ?? "";
    let pods = this.byNamespace.get(ns);
    const before = pods?.byName.get(name);
    if (before) {
      const key = controllerKey(before);
      const group = pods!.byController.get(key)!;
      if (e.type === "DELETED" || key !== controllerKey(pod)) {
        group.delete(name);
        if (group.size === 0) pods!.byController.delete(key);
      }
    }
    if (e.type === "DELETED") {
      pods?.byName.delete(name);
      return;
    }
    if (!pods) this.byNamespace.set(ns, (pods = { byName: new Map(), byController: new Map() }));
    pods.byName.set(name, pod);
    const key = controllerKey(pod);
    let group = pods.byController.get(key);
    if (!group) pods.byController.set(key, (group = new SortedPods()));
    group.set(pod);
  }

  get(namespace: string, name: string): Pod | undefined {
    return this.byNamespace.get(namespace)?.byName.get(name);
  }

  /** The pods of a namespace, in name order. */
  inNamespace(namespace: string): Pod[] {
    const pods = [...(this.byNamespace.get(namespace)?.byName.values() ?? [])];
    return pods.sort((a, b) => ((a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1));
  }

  /** The pods of a namespace that `ownerUid` controls, in name order (shared: not to be changed). */
  controlledBy(namespace: string, ownerUid: string): readonly Pod[] {
    return (ownerUid && this.byNamespace.get(namespace)?.byController.get(ownerUid)?.values()) || [];
  }

  /** The pods of a namespace without a controller, in name order (shared: not to be changed). */
  orphansIn(namespace: string): readonly Pod[] {
    return this.byNamespace.get(namespace)?.byController.get(orphans)?.values() ?? [];
  }

  /**
   * The pods of a namespace that `ownerUid` controls or that have no
   * controller, in name order: what `inNamespace` filtered by
   * `!controllerOf(p) || controllerOf(p).uid === ownerUid` gives.
   */
  ownedOrOrphans(namespace: string, ownerUid: string): Pod[] {
    const pods = this.byNamespace.get(namespace);
    if (!pods) return [];
    const owned = ownerUid ? pods.byController.get(ownerUid) : undefined;
    const free = pods.byController.get(orphans);
    return SortedPods.merge(owned, free);
  }
}
