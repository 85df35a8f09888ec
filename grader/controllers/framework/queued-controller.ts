// A controller as upstream writes them: handlers enqueue keys, one sync
// function re-reads the object and acts on the difference.
import type { Component, ComponentContext } from "./component";
import { KeyQueue } from "./key-queue";

export abstract class QueuedController implements Component {
  abstract readonly name: string;
  protected ctx!: ComponentContext;
  protected queue!: KeyQueue;

  start(ctx: ComponentContext): () => void {
    this.ctx = ctx;
    this.queue = new KeyQueue(ctx.clock);
    return this.watch(ctx);
  }

  /** Sets up the watches (handlers call `this.queue.add(key)`); returns a stop function. */
  protected abstract watch(ctx: ComponentContext): () => void;

  /** Brings the object named by `key` to its desired state. */
  protected abstract sync(key: string): void;

  hasWork(): boolean {
    return this.queue.length > 0;
  }

  processNext(): void {
    const key = this.queue.next();
    if (key !== undefined) this.sync(key);
  }
}
