// Pods kept in name order as they come and go (binary search on insert), so
// a reader never sorts; names are unique within the namespace of a group.
import type { Pod } from "./types";

const nameOf = (p: Pod): string => p.metadata.name ?? "";

export class SortedPods {
  private readonly pods: Pod[] = [];

  get size(): number {
    return this.pods.length;
  }

  /** Where `name` is, or where it would go. */
  private indexOf(name: string): number {
    let lo = 0;
    let hi = this.pods.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nameOf(this.pods[mid]) < name) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Adds the pod, or replaces the one of the same name. */
  set(pod: Pod): void {
    const name = nameOf(pod);
    const i = this.indexOf(name);
    if (i < this.pods.length && nameOf(this.pods[i]) === name) this.pods[i] = pod;
    else this.pods.splice(i, 0, pod);
  }

  delete(name: string): void {
    const i = this.indexOf(name);
    if (i < this.pods.length && nameOf(this.pods[i]) === name) this.pods.splice(i, 1);
  }

  values(): readonly Pod[] {
    return this.pods;
  }

  /** The pods of both groups in name order (a fresh array). */
  static merge(a: SortedPods | undefined, b: SortedPods | undefined): Pod[] {
    if (!a || a.size === 0) return b ? [...b.pods] : [];
    if (!b || b.size === 0) return [...a.pods];
    const out: Pod[] = [];
    const x = a.pods;
    const y = b.pods;
    let i = 0;
    let j = 0;
    while (i < x.length && j < y.length) out.push(nameOf(x[i]) < nameOf(y[j]) ? x[i++] : y[j++]);
    while (i < x.length) out.push(x[i++]);
    while (j < y.length) out.push(y[j++]);
    return out;
  }
}
