// A min-heap of timers ordered by (due time, creation order): two timers due at
// the same virtual millisecond always run in the order they were scheduled.

export interface Timer {
  id: number;
  at: number;
  fn: () => void;
  label: string;
}

export class TimerQueue {
  private heap: Timer[] = [];
  private nextId = 1;
  private readonly cancelled = new Set<number>();
  /** Ids still in the heap, so cancel() need not search it. */
  private readonly queued = new Set<number>();

  get size(): number {
    return this.heap.length - this.cancelled.size;
  }

  push(at: number, fn: () => void, label: string): number {
    const timer = { id: this.nextId++, at, fn, label };
    this.heap.push(timer);
    this.queued.add(timer.id);
    this.up(this.heap.length - 1);
    return timer.id;
  }

  cancel(id: number): void {
    if (this.queued.has(id)) this.cancelled.add(id);
  }

  peek(): Timer | undefined {
    this.dropCancelled();
    return this.heap[0];
  }

  pop(): Timer | undefined {
    this.dropCancelled();
    return this.popRaw();
  }

  private dropCancelled(): void {
    while (this.heap.length && this.cancelled.has(this.heap[0].id)) {
      this.cancelled.delete(this.heap[0].id);
      this.popRaw();
    }
  }

  private popRaw(): Timer | undefined {
    const top = this.heap[0];
    if (top) this.queued.delete(top.id);
    const last = this.heap.pop();
    if (this.heap.length && last) {
      this.heap[0] = last;
      this.down(0);
    }
    return top;
  }

  private less(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.id < b.id);
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l], h[m])) m = l;
      if (r < h.length && this.less(h[r], h[m])) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
}
