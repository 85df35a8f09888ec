// The simulated etcd: objects per storage key (`/pods`, `apps/deployments`),
// each keyed `namespace/name`, plus the cluster-wide resourceVersion counter.
// Stored objects are never mutated in place: a write replaces the value, so a
// store can share objects with the template it was copied from.
import type { KubeObject } from "../types";
import { deepFreeze } from "./deep-copy";

export interface StoreSnapshot {
  resourceVersion: number;
  buckets: Record<string, KubeObject[]>;
}

function objectKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

export class ObjectStore {
  private buckets = new Map<string, Map<string, KubeObject>>();
  private uids = new Map<string, KubeObject>(); // uid → stored value, for owner lookups
  // A bucket's keys in etcd's order, kept until a key comes or goes (lists far outnumber creates).
  private sortedKeys = new Map<string, readonly string[]>();
  private rv = 0;

  /** The last resourceVersion handed out (what a List reports). */
  currentResourceVersion(): number {
    return this.rv;
  }

  /** A new, larger resourceVersion for the next write. */
  nextResourceVersion(): number {
    return ++this.rv;
  }

  /** The stored value itself: callers must copy before handing it out and never mutate it. */
  get(storageKey: string, namespace: string, name: string): KubeObject | undefined {
    return this.buckets.get(storageKey)?.get(objectKey(namespace, name));
  }

  /** Stores `obj` (taking ownership of it, and freezing it: readers may share it without a copy). */
  put(storageKey: string, obj: KubeObject): void {
    deepFreeze(obj);
    let bucket = this.buckets.get(storageKey);
    if (!bucket) {
      bucket = new Map();
      this.buckets.set(storageKey, bucket);
    }
    const key = objectKey(obj.metadata.namespace ?? "", obj.metadata.name ?? "");
    const previous = bucket.get(key);
    if (previous?.metadata.uid) this.uids.delete(previous.metadata.uid);
    if (previous === undefined) this.sortedKeys.delete(storageKey);
    bucket.set(key, obj);
    if (obj.metadata.uid) this.uids.set(obj.metadata.uid, obj);
  }

  remove(storageKey: string, namespace: string, name: string): boolean {
    const bucket = this.buckets.get(storageKey);
    const key = objectKey(namespace, name);
    const previous = bucket?.get(key);
    if (!bucket || !previous) return false;
    if (previous.metadata.uid) this.uids.delete(previous.metadata.uid);
    this.sortedKeys.delete(storageKey);
    return bucket.delete(key);
  }

  /** The stored object with this uid, if any. */
  byUid(uid: string): KubeObject | undefined {
    return this.uids.get(uid);
  }

  /** Stored values sorted by namespace then name, as etcd returns keys; optionally one namespace only. */
  list(storageKey: string, namespace?: string): KubeObject[] {
    const bucket = this.buckets.get(storageKey);
    if (!bucket) return [];
    let keys = this.sortedKeys.get(storageKey);
    if (!keys) this.sortedKeys.set(storageKey, (keys = [...bucket.keys()].sort()));
    const prefix = namespace ? `${namespace}/` : undefined;
    const out: KubeObject[] = [];
    for (const k of keys) if (!prefix || k.startsWith(prefix)) out.push(bucket.get(k)!);
    return out;
  }

  storageKeys(): string[] {
    return [...this.buckets.keys()].filter((k) => this.buckets.get(k)!.size > 0).sort();
  }

  dropBucket(storageKey: string): void {
    for (const obj of this.buckets.get(storageKey)?.values() ?? []) if (obj.metadata.uid) this.uids.delete(obj.metadata.uid);
    this.buckets.delete(storageKey);
    this.sortedKeys.delete(storageKey);
  }

  /** A new store holding the same (immutable) values: O(number of objects), no object copies. */
  clone(): ObjectStore {
    const copy = new ObjectStore();
    copy.rv = this.rv;
    copy.uids = new Map(this.uids);
    copy.sortedKeys = new Map(this.sortedKeys);
    for (const [key, bucket] of this.buckets) copy.buckets.set(key, new Map(bucket));
    return copy;
  }

  /** Plain JSON of every object, buckets and objects in sorted order. */
  snapshot(): StoreSnapshot {
    const buckets: Record<string, KubeObject[]> = {};
    for (const key of this.storageKeys()) buckets[key] = this.list(key);
    return { resourceVersion: this.rv, buckets };
  }

  static fromSnapshot(s: StoreSnapshot, copy: (o: KubeObject) => KubeObject): ObjectStore {
    const store = new ObjectStore();
    store.rv = s.resourceVersion;
    for (const [key, objs] of Object.entries(s.buckets)) for (const o of objs) store.put(key, copy(o));
    return store;
  }
}
