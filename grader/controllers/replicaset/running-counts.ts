// A ReplicaSet's claimed pods counted as pod events arrive, so a sync after
// one pod changed looks at that pod, not at all of them. It answers only while
// claiming would change nothing (every owned active pod matches the selector,
// no matching orphan waits for adoption); otherwise the sync claims in full.
import { controllerOf } from "./controller-ref";
import { isPodActive } from "./pod-readiness";
import type { PodVerdict, PodVerdicts } from "./pod-verdicts";
import type { Pod } from "./types";

/** The counts of the claimed active pods that the status and the replica diff need (minReadySeconds 0: available = ready). */
export interface ClaimedCounts {
  replicas: number;
  fullyLabeled: number;
  ready: number;
}

export interface CountSources {
  ownerUid: string;
  /** The pods whose controller is the owner (any order). */
  owned: readonly Pod[];
  /** The pod of that name in the owner's namespace now, if any. */
  pod: (name: string) => Pod | undefined;
  verdicts: PodVerdicts;
}

export class RunningCounts {
  private generation = -1;
  /** Owned active pods that match the selector, with the verdict they were counted with. */
  private readonly counted = new Map<string, PodVerdict>();
  /** Owned active pods that stopped matching: a claim would release them. */
  private readonly unmatched = new Set<string>();
  private dirty = new Set<string>();
  private fullyLabeled = 0;
  private ready = 0;

  /** A pod of this name changed (or came, or went) among the owner's. */
  touch(name: string): void {
    this.dirty.add(name);
  }

  /** The counts now, or undefined when some owned active pod needs a release. */
  counts(src: CountSources): ClaimedCounts | undefined {
    if (src.verdicts.generation !== this.generation) {
      this.generation = src.verdicts.generation;
      this.counted.clear();
      this.unmatched.clear();
      this.dirty.clear();
      this.fullyLabeled = 0;
      this.ready = 0;
      for (const pod of src.owned) this.count(pod.metadata.name ?? "", pod, src);
    } else if (this.dirty.size > 0) {
      const names = this.dirty;
      this.dirty = new Set();
      for (const name of names) this.count(name, src.pod(name), src);
    }
    if (this.unmatched.size > 0) return undefined;
    return { replicas: this.counted.size, fullyLabeled: this.fullyLabeled, ready: this.ready };
  }

  private count(name: string, pod: Pod | undefined, src: CountSources): void {
    const before = this.counted.get(name);
    if (before) {
      this.counted.delete(name);
      if (before.fullyLabeled) this.fullyLabeled--;
      if (before.ready?.status === "True") this.ready--;
    }
    this.unmatched.delete(name);
    if (!pod || controllerOf(pod)?.uid !== src.ownerUid || !isPodActive(pod)) return;
    const v = src.verdicts.of(pod);
    if (!v.matchesSelector) {
      this.unmatched.add(name);
      return;
    }
    this.counted.set(name, v);
    if (v.fullyLabeled) this.fullyLabeled++;
    if (v.ready?.status === "True") this.ready++;
  }
}
