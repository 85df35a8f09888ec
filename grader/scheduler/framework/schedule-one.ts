// One scheduling attempt for one pod, as schedulePod / findNodesThatFitPod /
// prioritizeNodes / selectHost in pkg/scheduler/schedule_one.go.
//
// Determinism: upstream filters nodes in parallel and picks randomly among the
// best-scored nodes. Here nodes are filtered in name order (rotated by
// nextStartNodeIndex exactly as upstream rotates it) and a tie goes to the first
// tied node in that order, unless `pickAmongTies` (e.g. a seeded choice) is given.
import type { Pod } from "./api-types";
import { CycleState } from "./cycle-state";
import { fitErrorMessage, type Diagnosis } from "./fit-error";
import type { Framework } from "./framework";
import type { NodeScore } from "./interface";
import type { NodeInfo } from "./node-info";
import { NodeToStatus } from "./node-to-status";
import type { ClusterSnapshot } from "./snapshot";
import { newStatus, statusMessage, type Status } from "./status";

/** ErrNoNodesAvailable in schedule_one.go. */
export const errNoNodesAvailable = "no nodes available to schedule pods";

const minFeasibleNodesToFind = 100;
const minFeasibleNodesPercentageToFind = 5;

export interface ScheduleOptions {
  /** KubeSchedulerConfiguration percentageOfNodesToScore; 0 or unset = adaptive. */
  percentageOfNodesToScore?: number;
  /** Chooses among equally best-scored nodes (given in filter order). Default: the first. */
  pickAmongTies?: (nodeNames: string[]) => string;
}

/** Carried between attempts, as the Scheduler struct carries it. */
export interface SchedulerProgress {
  nextStartNodeIndex: number;
}

export type ScheduleResult =
  | {
      kind: "Scheduled";
      nodeName: string;
      evaluatedNodes: number;
      feasibleNodes: number;
      /** Total weighted score per feasible node (empty when only one node fit). */
      scores: NodeScore[];
    }
  | {
      kind: "Unschedulable";
      /** The FailedScheduling event message and PodScheduled condition message. */
      message: string;
      diagnosis: Diagnosis;
      numAllNodes: number;
      /** Set when preemption would make room (victims are not evicted by this simulation). */
      nominatedNodeName?: string;
    }
  | {
      kind: "Error";
      /** The event/condition message; the condition reason is SchedulerError. */
      message: string;
    };

export function numFeasibleNodesToFind(numAllNodes: number, percentageOfNodesToScore = 0): number {
  if (numAllNodes < minFeasibleNodesToFind) return numAllNodes;
  let percentage = percentageOfNodesToScore;
  if (percentage === 0) {
    percentage = 50 - Math.trunc(numAllNodes / 125);
    if (percentage < minFeasibleNodesPercentageToFind) percentage = minFeasibleNodesPercentageToFind;
  }
  const numNodes = Math.trunc((numAllNodes * percentage) / 100);
  return numNodes < minFeasibleNodesToFind ? minFeasibleNodesToFind : numNodes;
}

export function schedulePod(
  fwk: Framework,
  snapshot: ClusterSnapshot,
  pod: Pod,
  progress: SchedulerProgress = { nextStartNodeIndex: 0 },
  options: ScheduleOptions = {},
): ScheduleResult {
  fwk.useSnapshot(snapshot);
  if (snapshot.numNodes === 0) return { kind: "Error", message: errNoNodesAvailable };
  const state = new CycleState();
  const diagnosis: Diagnosis = { nodeToStatus: new NodeToStatus(), unschedulablePlugins: new Set(), preFilterMsg: "", postFilterMsg: "" };

  const found = findNodesThatFitPod(fwk, snapshot, state, pod, diagnosis, progress, options);
  if ("error" in found) return { kind: "Error", message: found.error };
  const feasible = found.feasible;

  if (feasible.length === 0) {
    let nominatedNodeName: string | undefined;
    if (fwk.hasPostFilterPlugins) {
      const { result, status } = fwk.runPostFilterPlugins(state, pod, diagnosis.nodeToStatus);
      diagnosis.postFilterMsg = statusMessage(status);
      if (!status && result?.nominatedNodeName) nominatedNodeName = result.nominatedNodeName;
    }
    return {
      kind: "Unschedulable",
      message: fitErrorMessage(snapshot.numNodes, diagnosis),
      diagnosis,
      numAllNodes: snapshot.numNodes,
      nominatedNodeName,
    };
  }

  const evaluatedNodes = feasible.length + diagnosis.nodeToStatus.size;
  if (feasible.length === 1) return { kind: "Scheduled", nodeName: feasible[0].name, evaluatedNodes, feasibleNodes: 1, scores: [] };

  let scores: NodeScore[];
  try {
    scores = fwk.hasScorePlugins ? fwk.runScorePlugins(state, pod, feasible) : feasible.map((n) => ({ name: n.name, score: 1 }));
  } catch (e) {
    return { kind: "Error", message: e instanceof Error ? e.message : String(e) };
  }
  return { kind: "Scheduled", nodeName: selectHost(scores, options), evaluatedNodes, feasibleNodes: feasible.length, scores };
}

function findNodesThatFitPod(
  fwk: Framework,
  snapshot: ClusterSnapshot,
  state: CycleState,
  pod: Pod,
  diagnosis: Diagnosis,
  progress: SchedulerProgress,
  options: ScheduleOptions,
): { feasible: NodeInfo[] } | { error: string } {
  const pre = fwk.runPreFilterPlugins(state, pod);
  diagnosis.unschedulablePlugins = pre.unschedulablePlugins;
  if (pre.status) {
    if (pre.status.code === "Error") return { error: statusMessage(pre.status) };
    // Every node shares the PreFilter verdict, so preemption sees it too.
    diagnosis.nodeToStatus.setAbsentNodesStatus(pre.status);
    diagnosis.preFilterMsg = statusMessage(pre.status);
    return { feasible: [] };
  }

  let nodes = snapshot.nodeInfos;
  if (pre.result?.nodeNames) {
    const allowed = pre.result.nodeNames;
    nodes = nodes.filter((n) => allowed.has(n.name));
    const plugins = [...diagnosis.unschedulablePlugins].sort().join(" ");
    diagnosis.nodeToStatus.setAbsentNodesStatus(newStatus("UnschedulableAndUnresolvable", `node(s) didn't satisfy plugin(s) [${plugins}]`));
  }

  const numNodesToFind = numFeasibleNodesToFind(nodes.length, options.percentageOfNodesToScore);
  const feasible: NodeInfo[] = [];
  let processed = 0;
  for (let i = 0; i < nodes.length && feasible.length < numNodesToFind; i++) {
    const ni = nodes[(progress.nextStartNodeIndex + i) % nodes.length];
    processed++;
    const status: Status | undefined = fwk.runFilterPlugins(state, pod, ni);
    if (!status) {
      feasible.push(ni);
      continue;
    }
    if (status.code === "Error") return { error: statusMessage(status) };
    diagnosis.nodeToStatus.set(ni.name, status);
    if (status.plugin) diagnosis.unschedulablePlugins.add(status.plugin);
  }
  progress.nextStartNodeIndex = (progress.nextStartNodeIndex + processed) % nodes.length;
  return { feasible };
}

function selectHost(scores: NodeScore[], options: ScheduleOptions): string {
  let best = -Infinity;
  for (const s of scores) if (s.score > best) best = s.score;
  const tied = scores.filter((s) => s.score === best).map((s) => s.name);
  return tied.length > 1 && options.pickAmongTies ? options.pickAmongTies(tied) : tied[0];
}
