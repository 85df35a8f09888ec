// The pod informer of the controller (client-go shared informer + indexer):
// every pod as the last watch event showed it, by namespace. The API delivers
// watch events synchronously, so the cache is never stale; it spares each sync
// from copying every pod of the namespace out of the store.
import type { WatchEvent } from "../../apiserver/api-interface";
import type { Pod } from "./types";

export class PodCache {
  private readonly byNamespace = new Map<string, Map<string, Pod>>();

  apply(e: WatchEvent): void {
    const pod = e.object as Pod;
    const ns = pod.metadata.namespace ?? "";
    const name = pod.metadata.name ?? "";
    if (e.type === "DELETED") {
      this.byNamespace.get(ns)?.delete(name);
      return;
    }
    let pods = this.byNamespace.get(ns);
    if (!pods) this.byNamespace.set(ns, (pods = new Map()));
    pods.set(name, pod);
  }

  get(namespace: string, name: string): Pod | undefined {
    return this.byNamespace.get(namespace)?.get(name);
  }

  /** The pods of a namespace, in name order. */
  inNamespace(namespace: string): Pod[] {
    const pods = [...(this.byNamespace.get(namespace)?.values() ?? [])];
    return pods.sort((a, b) => ((a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1));
  }
}
