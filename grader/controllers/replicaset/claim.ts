// Adoption and release (controller_ref_manager.go ClaimObject): a controller
// owns the objects that name it as controller and match its selector. It adopts
// orphans that match (not while it or the orphan is being deleted) and releases
// the objects it owns that no longer match. Objects of another controller are
// never touched.
import type { ClusterApi } from "../../apiserver/api-interface";
import { isNotFound } from "../../apiserver/errors";
import { labelSelectorMatches, type LabelSelector } from "../../apiserver/selectors";
import type { GroupVersionResource, KubeObject } from "../../apiserver/types";
import { controllerOf, newControllerRef } from "./controller-ref";

export interface ClaimContext {
  api: ClusterApi;
  owner: KubeObject;
  selector: LabelSelector;
  /** Where the claimed objects live: pods, replicasets. */
  gvr: GroupVersionResource;
  /** Re-reads the owner before the first adoption: it must still exist, with the same uid, not being deleted. */
  canAdopt: () => boolean;
  /** `selector` against an object's labels, when the caller remembers the answers. */
  matches?: (obj: KubeObject) => boolean;
}

export function claimObjects<T extends KubeObject>(ctx: ClaimContext, candidates: T[]): T[] {
  const { owner, selector } = ctx;
  const claimed: T[] = [];
  let adoptionChecked: boolean | undefined;
  for (const obj of candidates) {
    const ref = controllerOf(obj);
    const matches = ctx.matches ? ctx.matches(obj) : labelSelectorMatches(selector, obj.metadata.labels);
    if (ref) {
      if (ref.uid !== owner.metadata.uid) continue;
      if (matches) claimed.push(obj);
      else if (!owner.metadata.deletionTimestamp) release(ctx, obj);
      continue;
    }
    if (!matches || owner.metadata.deletionTimestamp || obj.metadata.deletionTimestamp) continue;
    adoptionChecked ??= ctx.canAdopt();
    if (!adoptionChecked) continue;
    const adopted = adopt(ctx, obj);
    if (adopted) claimed.push(adopted as T);
  }
  return claimed;
}

function adopt(ctx: ClaimContext, obj: KubeObject): KubeObject | undefined {
  const refs = [...(obj.metadata.ownerReferences ?? []), newControllerRef(ctx.owner)];
  return patchOwners(ctx, obj, refs);
}

function release(ctx: ClaimContext, obj: KubeObject): void {
  const refs = (obj.metadata.ownerReferences ?? []).filter((r) => r.uid !== ctx.owner.metadata.uid);
  patchOwners(ctx, obj, refs.length ? refs : null);
}

function patchOwners(ctx: ClaimContext, obj: KubeObject, refs: unknown): KubeObject | undefined {
  try {
    return ctx.api.patch(ctx.gvr, obj.metadata.namespace ?? "", obj.metadata.name ?? "", "merge", {
      metadata: { ownerReferences: refs, uid: obj.metadata.uid },
    }, { readOnlyResult: true });
  } catch (e) {
    // Gone meanwhile, or invalid now: nothing to claim (upstream ignores NotFound and retries the rest).
    if (isNotFound(e)) return undefined;
    return undefined;
  }
}
