// Which namespaces hold at least one object of a kind, kept from its watch, so
// a pod event in a namespace without any skips the list it would scan in vain.
// The kinds it is used for (Services, PDBs, StatefulSets, ResourceQuotas) are created by kubectl
// and bootstrap, never inside a watch callback, so a pod event is never delivered
// while such a creation's ADDED event still waits (a pending deletion only costs a list).
import type { WatchEvent } from "../../apiserver/api-interface";
import type { KubeObject } from "../../apiserver/types";

export class NamespacesHolding {
  private readonly names = new Map<string, Set<string>>();

  /** `counts` says which objects are worth a list (e.g. only Services with a selector). */
  constructor(private readonly counts: (obj: KubeObject) => boolean = () => true) {}

  apply(e: WatchEvent): void {
    const ns = e.object.metadata.namespace ?? "";
    const name = e.object.metadata.name ?? "";
    let names = this.names.get(ns);
    if (e.type !== "DELETED" && this.counts(e.object)) {
      if (!names) this.names.set(ns, (names = new Set()));
      names.add(name);
    } else if (names?.delete(name) && names.size === 0) {
      this.names.delete(ns);
    }
  }

  /** Whether `namespace` may hold an object that counts. */
  has(namespace: string | undefined): boolean {
    return this.names.has(namespace ?? "");
  }
}
