// Per-cycle scratch space: PreFilter/PreScore write under their key, Filter
// and Score read it (framework.CycleState). A missing key reads as upstream's
// fwk.ErrNotFound, whose text is "not found".

export const errNotFoundText = "not found";

export class StateNotFoundError extends Error {
  constructor() {
    super(errNotFoundText);
    this.name = "StateNotFoundError";
  }
}

export class CycleState {
  private readonly data = new Map<string, unknown>();

  write(key: string, value: unknown): void {
    this.data.set(key, value);
  }

  has(key: string): boolean {
    return this.data.has(key);
  }

  /** The value under `key`; throws StateNotFoundError when nothing was written. */
  read<T>(key: string): T {
    const value = this.data.get(key); // one lookup; has() only tells a stored undefined from a missing key
    if (value === undefined && !this.data.has(key)) throw new StateNotFoundError();
    return value as T;
  }

  /** The value under `key`, or undefined when nothing was written (one lookup, for hot paths). */
  readIfWritten<T>(key: string): T | undefined {
    return this.data.get(key) as T | undefined;
  }

  /** A shallow copy, for preemption's dry runs. */
  clone(): CycleState {
    const copy = new CycleState();
    for (const [k, v] of this.data) copy.data.set(k, v);
    return copy;
  }
}
