// Garbage collection by ownerReferences, as the garbage collector controller
// does it (pkg/controller/garbagecollector): when an owner goes, a dependent
// whose every owner is gone is deleted; one that still has a live owner only
// loses the reference to the deleted one. Orphaning removes the reference and
// keeps the dependent. Done synchronously, at the moment of the delete.
import type { KubeObject, OwnerReference } from "../types";

export interface StoredRef {
  storageKey: string;
  object: KubeObject;
}

/** What the garbage collector needs from the API server. */
export interface GarbageCollectionHost {
  /** Every stored object of every resource (each storage key once). */
  allObjects(): StoredRef[];
  /** Is an object with this uid stored? */
  uidExists(uid: string): boolean;
  /** Deletes through the API (admission, cascading, watch events). */
  deleteDependent(ref: StoredRef, propagation: "Background" | "Foreground"): void;
  /** Writes `obj` with `ownerReferences` replaced (an update through the API). */
  replaceOwnerReferences(ref: StoredRef, refs: OwnerReference[]): void;
}

export function dependentsOf(host: GarbageCollectionHost, ownerUid: string): StoredRef[] {
  return host.allObjects().filter((r) => r.object.metadata.ownerReferences?.some((o) => o.uid === ownerUid));
}

/** After the owner `ownerUid` is gone: delete dependents without live owners, unlink the rest. */
export function collectDependents(host: GarbageCollectionHost, ownerUid: string, propagation: "Background" | "Foreground"): void {
  for (const dep of dependentsOf(host, ownerUid)) {
    const refs = dep.object.metadata.ownerReferences ?? [];
    const liveOthers = refs.filter((o) => o.uid !== ownerUid && host.uidExists(o.uid));
    if (liveOthers.length > 0) {
      host.replaceOwnerReferences(dep, refs.filter((o) => o.uid !== ownerUid));
    } else {
      host.deleteDependent(dep, propagation);
    }
  }
}

/** `--cascade=orphan`: dependents stay, without the reference to the owner. */
export function orphanDependents(host: GarbageCollectionHost, ownerUid: string): void {
  for (const dep of dependentsOf(host, ownerUid)) {
    const refs = dep.object.metadata.ownerReferences ?? [];
    host.replaceOwnerReferences(dep, refs.filter((o) => o.uid !== ownerUid));
  }
}

/** Objects all of whose owners are gone (created with a dangling reference): what a GC pass would delete. */
export function danglingDependents(host: GarbageCollectionHost): StoredRef[] {
  return host.allObjects().filter((r) => {
    const refs = r.object.metadata.ownerReferences;
    return !!refs && refs.length > 0 && refs.every((o) => !host.uidExists(o.uid));
  });
}
