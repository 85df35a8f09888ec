// NodeResourcesBalancedAllocation (noderesources/balanced_allocation.go):
// prefers nodes where cpu and memory would be used in equal shares.
import type { PreScorePlugin, ScorePlugin } from "../../framework/interface";
import { maxNodeScore } from "../../framework/interface";
import { podRequests, resourceCPU, resourceMemory } from "../../framework/resources";
import { newStatus } from "../../framework/status";
import { names } from "../../names";

const preScoreStateKey = "PreScore" + names.NodeResourcesBalancedAllocation;

export function newBalancedAllocation() {
  return {
    name: names.NodeResourcesBalancedAllocation,
    preScore(state, pod) {
      const r = podRequests(pod);
      const req = { cpu: r.get(resourceCPU) ?? 0, memory: r.get(resourceMemory) ?? 0 };
      // A best-effort pod changes no balance.
      if (req.cpu === 0 && req.memory === 0) return newStatus("Skip");
      state.write(preScoreStateKey, req);
      return undefined;
    },
    score(state, _pod, nodeInfo) {
      const req = state.read<{ cpu: number; memory: number }>(preScoreStateKey);
      const fractions: number[] = [];
      for (const [name, want] of [
        [resourceCPU, req.cpu],
        [resourceMemory, req.memory],
      ] as const) {
        const alloc = nodeInfo.allocatableOf(name);
        if (alloc === 0) continue;
        fractions.push(Math.min(1, (nodeInfo.requestedOf(name) + want) / alloc));
      }
      const std = fractions.length === 2 ? Math.abs((fractions[0] - fractions[1]) / 2) : 0;
      return Math.trunc((1 - std) * maxNodeScore);
    },
  } satisfies PreScorePlugin & ScorePlugin;
}
