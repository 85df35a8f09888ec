// DynamicResources (pkg/scheduler/framework/plugins/dynamicresources), as far
// as pods without ResourceClaims see it — DRA is GA and on by default in v1.34,
// and its PostFilter runs before DefaultPreemption. PreFilter records that the
// pod has no claims; PostFilter then answers "no new claims to deallocate",
// which is why v1.34 events read "... no new claims to deallocate, preemption: ...".
// When an earlier PreFilter rejected the pod, this PreFilter never ran and
// PostFilter fails reading its state: upstream's event then ends in "not found"
// (e.g. "0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims. not found").
// Allocating devices for claims is not simulated.
import type { PostFilterPlugin, PreFilterPlugin } from "../../framework/interface";
import { newStatus } from "../../framework/status";
import { names } from "../../names";

export const msgNoNewClaimsToDeallocate = "no new claims to deallocate";

const stateKey = "PreFilter" + names.DynamicResources;

interface ClaimsState {
  claimCount: number;
}

export function newDynamicResources() {
  return {
    name: names.DynamicResources,
    preFilter(state, pod) {
      const claims = ((pod.spec as { resourceClaims?: unknown[] } | undefined)?.resourceClaims ?? []).length;
      state.write(stateKey, { claimCount: claims } satisfies ClaimsState);
      return claims === 0 ? { status: newStatus("Skip") } : {};
    },
    postFilter(state) {
      // Throws the "not found" error when PreFilter did not run, as getStateData does.
      const s = state.read<ClaimsState>(stateKey);
      if (s.claimCount === 0) return { status: newStatus("Unschedulable", msgNoNewClaimsToDeallocate) };
      return { status: newStatus("Unschedulable", "still not schedulable") };
    },
  } satisfies PreFilterPlugin & PostFilterPlugin;
}
