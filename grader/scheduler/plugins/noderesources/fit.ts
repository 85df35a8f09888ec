// NodeResourcesFit (pkg/scheduler/framework/plugins/noderesources/fit.go):
// PreFilter computes the pod's requests once; Filter compares them with what
// the node has left (every shortfall is a reason); Score is LeastAllocated on
// cpu and memory (weight 1 each) over non-zero requests.
import type { Pod } from "../../framework/api-types";
import type { FilterPlugin, PreFilterPlugin, PreScorePlugin, ScorePlugin } from "../../framework/interface";
import { maxNodeScore } from "../../framework/interface";
import type { NodeInfo } from "../../framework/node-info";
import {
  podNonZeroRequests,
  podRequests,
  resourceCPU,
  resourceEphemeralStorage,
  resourceMemory,
  resourcePods,
  type Resources,
} from "../../framework/resources";
import { newStatus, type Status } from "../../framework/status";
import { names } from "../../names";

export const errReasonTooManyPods = "Too many pods";
export const errReasonInsufficientCPU = "Insufficient cpu";
export const errReasonInsufficientMemory = "Insufficient memory";
export const errReasonInsufficientEphemeralStorage = "Insufficient ephemeral-storage";

/** "Insufficient <resource>" for any resource (fit.go formats it so). */
export function errReasonInsufficient(resource: string): string {
  return `Insufficient ${resource}`;
}

const preFilterStateKey = "PreFilter" + names.NodeResourcesFit;
// Made once: a key built at each Score call is a new string the state's map must hash and compare by content.
const preScoreStateKey = "PreScore" + names.NodeResourcesFit;

export interface InsufficientResource {
  resourceName: string;
  reason: string;
  requested: number;
  used: number;
  capacity: number;
  /** The request is larger than the whole node: preemption cannot help. */
  unresolvable: boolean;
}

/** fitsRequest: every resource the node cannot give, in upstream's order (pods, cpu, memory, ephemeral-storage, scalars). */
export function fitsRequest(request: Resources, nodeInfo: NodeInfo): InsufficientResource[] {
  const out: InsufficientResource[] = [];
  if (nodeInfo.pods.length + 1 > nodeInfo.allowedPodNumber) {
    out.push({ resourceName: resourcePods, reason: errReasonTooManyPods, requested: 1, used: nodeInfo.pods.length, capacity: nodeInfo.allowedPodNumber, unresolvable: false });
  }
  let any = false;
  let anyScalar = false;
  for (const [name, v] of request) {
    if (name !== resourcePods && v !== 0) any = true;
    if (!isStandardResource(name)) anyScalar = true;
  }
  if (!any) return out;
  checkResource(out, request, nodeInfo, resourceCPU, errReasonInsufficientCPU);
  checkResource(out, request, nodeInfo, resourceMemory, errReasonInsufficientMemory);
  checkResource(out, request, nodeInfo, resourceEphemeralStorage, errReasonInsufficientEphemeralStorage);
  // Runs for every node of every pod: the scalar list is built only when the pod asks for one.
  if (!anyScalar) return out;
  const scalars = [...request.keys()].filter((n) => !isStandardResource(n)).sort();
  for (const name of scalars) checkResource(out, request, nodeInfo, name, errReasonInsufficient(name));
  return out;
}

function isStandardResource(name: string): boolean {
  return name === resourceCPU || name === resourceMemory || name === resourceEphemeralStorage || name === resourcePods;
}

// Module-level rather than a closure per fitsRequest call.
function checkResource(out: InsufficientResource[], request: Resources, nodeInfo: NodeInfo, name: string, reason: string): void {
  const want = request.get(name) ?? 0;
  const capacity = nodeInfo.allocatableOf(name);
  const used = nodeInfo.requestedOf(name);
  if (want > 0 && want > capacity - used) out.push({ resourceName: name, reason, requested: want, used, capacity, unresolvable: want > capacity });
}

function leastRequestedScore(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * maxNodeScore) / capacity);
}

export function newNodeResourcesFit() {
  return {
    name: names.NodeResourcesFit,
    preFilter(state, pod) {
      state.write(preFilterStateKey, podRequests(pod));
      return {};
    },
    filter(state, _pod, nodeInfo): Status | undefined {
      const insufficient = fitsRequest(state.read<Resources>(preFilterStateKey), nodeInfo);
      if (insufficient.length === 0) return undefined;
      const code = insufficient.some((r) => r.unresolvable) ? "UnschedulableAndUnresolvable" : "Unschedulable";
      return newStatus(code, ...insufficient.map((r) => r.reason));
    },
    preScore(state, pod) {
      state.write(preScoreStateKey, podNonZeroRequests(pod));
      return undefined;
    },
    score(state, _pod, nodeInfo) {
      const req = state.read<{ milliCPU: number; memory: number }>(preScoreStateKey);
      let total = 0;
      let weights = 0;
      const cpuAlloc = nodeInfo.allocatableOf(resourceCPU);
      if (cpuAlloc !== 0) {
        total += leastRequestedScore(nodeInfo.nonZeroRequestedCPU + req.milliCPU, cpuAlloc);
        weights++;
      }
      const memAlloc = nodeInfo.allocatableOf(resourceMemory);
      if (memAlloc !== 0) {
        total += leastRequestedScore(nodeInfo.nonZeroRequestedMemory + req.memory, memAlloc);
        weights++;
      }
      return weights === 0 ? 0 : Math.trunc(total / weights);
    },
  } satisfies PreFilterPlugin & FilterPlugin & PreScorePlugin & ScorePlugin;
}

/** The requests NodeResourcesFit computed for `pod` (for tests and the adapter). */
export function requestsOf(pod: Pod): Resources {
  return podRequests(pod);
}
