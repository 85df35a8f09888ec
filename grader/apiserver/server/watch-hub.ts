// Watches: synchronous callbacks, delivered after each successful write in
// write order. Events raised while a callback runs (a controller writing in
// reaction) are queued and delivered after the current ones, so every watcher
// sees every object's events in resourceVersion order.
import type { WatchEvent, WatchEventType } from "../api-interface";
import type { KubeObject } from "../types";

export interface Watcher {
  storageKey: string;
  /** Does this watcher's namespace/label/field filter accept the object? */
  accepts(obj: KubeObject): boolean;
  /** Converts to the watcher's version and copies, then calls back. */
  deliver(e: WatchEvent): void;
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
  private queue: StoredChange[] = [];
  private dispatching = false;

  add(w: Watcher): () => void {
    this.watchers.add(w);
    return () => {
      this.watchers.delete(w);
    };
  }

  hasWatchers(storageKey: string): boolean {
    for (const w of this.watchers) if (w.storageKey === storageKey) return true;
    return false;
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
    for (const w of [...this.watchers]) {
      if (w.storageKey !== change.storageKey || !this.watchers.has(w)) continue;
      const now = w.accepts(change.object);
      if (change.type !== "MODIFIED") {
        if (now) w.deliver({ type: change.type, object: change.object });
        continue;
      }
      const before = change.old ? w.accepts(change.old) : now;
      if (now && before) w.deliver({ type: "MODIFIED", object: change.object });
      else if (now) w.deliver({ type: "ADDED", object: change.object });
      else if (before) w.deliver({ type: "DELETED", object: change.object });
    }
  }
}
