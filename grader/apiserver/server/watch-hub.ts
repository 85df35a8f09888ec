// Watches: synchronous callbacks, delivered after each successful write in
// write order. Events raised while a callback runs (a controller writing in
// reaction) are queued and delivered after the current ones, so every watcher
// sees every object's events in resourceVersion order.
import type { WatchEventType } from "../api-interface";
import type { KubeObject } from "../types";

export interface Watcher {
  storageKey: string;
  /** Does this watcher's namespace/label/field filter accept the object? */
  accepts(obj: KubeObject): boolean;
  /** Converts to the watcher's version, then calls back. */
  deliver(type: WatchEventType, object: KubeObject): void;
}

interface StoredChange {
  storageKey: string;
  type: WatchEventType;
  object: KubeObject;
  /** The previous value for MODIFIED, to turn a filtered MODIFIED into ADDED/DELETED as the watch cache does. */
  old?: KubeObject;
}

export class WatchHub {
  private watchers = new Set<Watcher>();
  // The watchers of each storage key, in the order they came; replaced, never changed, when one comes or goes.
  private byKey = new Map<string, readonly Watcher[]>();
  private queue: StoredChange[] = [];
  private dispatching = false;

  add(w: Watcher): () => void {
    this.watchers.add(w);
    this.byKey.set(w.storageKey, [...(this.byKey.get(w.storageKey) ?? []), w]);
    return () => {
      if (!this.watchers.delete(w)) return;
      const rest = (this.byKey.get(w.storageKey) ?? []).filter((x) => x !== w);
      if (rest.length) this.byKey.set(w.storageKey, rest);
      else this.byKey.delete(w.storageKey);
    };
  }

  hasWatchers(storageKey: string): boolean {
    return this.byKey.has(storageKey);
  }

  /** Records a change and delivers it (and anything it causes) before returning, unless already delivering. */
  publish(change: StoredChange): void {
    if (!this.hasWatchers(change.storageKey)) return;
    this.queue.push(change);
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      for (let i = 0; i < this.queue.length; i++) this.dispatch(this.queue[i]);
    } finally {
      this.queue = [];
      this.dispatching = false;
    }
  }

  private dispatch(change: StoredChange): void {
    // Those watching when the change is delivered, less any that stop meanwhile.
    for (const w of this.byKey.get(change.storageKey) ?? []) {
      if (!this.watchers.has(w)) continue;
      const now = w.accepts(change.object);
      if (change.type !== "MODIFIED") {
        if (now) w.deliver(change.type, change.object);
        continue;
      }
      const before = change.old ? w.accepts(change.old) : now;
      if (now && before) w.deliver("MODIFIED", change.object);
      else if (now) w.deliver("ADDED", change.object);
      else if (before) w.deliver("DELETED", change.object);
    }
  }
}
