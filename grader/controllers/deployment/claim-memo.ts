// The last claim of ReplicaSets within one Deployment sync. A sync claims again
// after its first steps (isScalingEvent may update a ReplicaSet); when those
// steps wrote no ReplicaSet, the list holds the very same stored objects and the
// claim would come out the same (a claim that adopts or releases writes, and
// the written object is a new one, so the next list differs).
export class ClaimMemo<Owner extends object, T extends object> {
  private last: { owner: Owner; candidates: readonly T[]; claimed: readonly T[] } | undefined;

  /** Forgets the last claim (at the start of every sync). */
  reset(): void {
    this.last = undefined;
  }

  /** The claim made for this owner object from these very candidates (same objects, same order), as a fresh array. */
  lookup(owner: Owner, candidates: readonly T[]): T[] | undefined {
    const last = this.last;
    if (!last || last.owner !== owner || !sameObjects(last.candidates, candidates)) return undefined;
    return [...last.claimed];
  }

  remember(owner: Owner, candidates: readonly T[], claimed: readonly T[]): void {
    this.last = { owner, candidates, claimed: [...claimed] };
  }
}

function sameObjects(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
