// NodeResourcesBalancedAllocation (noderesources/balanced_allocation.go):
// prefers nodes where cpu and memory would be used in equal shares.
import type { PreScorePlugin, ScorePlugin } from "../../framework/interface";
import { maxNodeScore } from "../../framework/interface";
import type { NodeInfo } from "../../framework/node-info";
import { podRequests, resourceCPU, resourceMemory } from "../../framework/resources";
import { newStatus } from "../../framework/status";
import { names } from "../../names";

const preScoreStateKey = "PreScore" + names.NodeResourcesBalancedAllocation;

/** The share of `name` the node would have in use with the pod on it; undefined when the node has none of it. */
function fraction(nodeInfo: NodeInfo, name: string, want: number): number | undefined {
  const alloc = nodeInfo.allocatableOf(name);
  if (alloc === 0) return undefined;
  return Math.min(1, (nodeInfo.requestedOf(name) + want) / alloc);
}

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
      // Plain variables, no arrays: this runs for every feasible node of every pod.
      const cpu = fraction(nodeInfo, resourceCPU, req.cpu);
      const memory = fraction(nodeInfo, resourceMemory, req.memory);
      const std = cpu !== undefined && memory !== undefined ? Math.abs((cpu - memory) / 2) : 0;
      return Math.trunc((1 - std) * maxNodeScore);
    },
  } satisfies PreScorePlugin & ScorePlugin;
}
