// One small interface per extension point, as pkg/scheduler/framework/interface.go
// (and k8s.io/kube-scheduler/framework). A plugin states what it implements with
// `satisfies FilterPlugin` etc.; the framework calls only what is there.
import type { Pod } from "./api-types";
import type { CycleState } from "./cycle-state";
import type { NodeInfo } from "./node-info";
import type { NodeToStatus } from "./node-to-status";
import type { ClusterSnapshot } from "./snapshot";
import type { Status } from "./status";

/** Highest score a Score plugin may give after normalisation (fwk.MaxNodeScore). */
export const maxNodeScore = 100;

export interface Plugin {
  readonly name: string;
}

export interface PreFilterResult {
  /** When set, only these nodes are worth filtering (e.g. NodeAffinity on metadata.name). */
  nodeNames?: Set<string>;
}

/** Runs once per cycle before Filter; may reject the pod outright (its message becomes the FitError's PreFilterMsg). */
export interface PreFilterPlugin extends Plugin {
  preFilter(state: CycleState, pod: Pod, snapshot: ClusterSnapshot): { result?: PreFilterResult; status?: Status };
  /** Set when the plugin's state must follow pods added or removed in preemption's dry run. */
  preFilterExtensions?: PreFilterExtensions;
}

/** Decides whether the pod can run on one node. Undefined means it can. */
export interface FilterPlugin extends Plugin {
  filter(state: CycleState, pod: Pod, nodeInfo: NodeInfo): Status | undefined;
}

/** Lets PreFilter state follow pods added or removed during preemption's dry run. */
export interface PreFilterExtensions {
  addPod(state: CycleState, podToSchedule: Pod, podToAdd: Pod, nodeInfo: NodeInfo): void;
  removePod(state: CycleState, podToSchedule: Pod, podToRemove: Pod, nodeInfo: NodeInfo): void;
}

export interface PostFilterResult {
  nominatedNodeName?: string;
}

/** Runs when no node fits, to make the pod schedulable later (preemption, claim deallocation). */
export interface PostFilterPlugin extends Plugin {
  postFilter(state: CycleState, pod: Pod, nodeToStatus: NodeToStatus): { result?: PostFilterResult; status?: Status };
}

export interface PreScorePlugin extends Plugin {
  preScore(state: CycleState, pod: Pod, nodes: NodeInfo[]): Status | undefined;
}

export interface NodeScore {
  name: string;
  score: number;
}

export interface ScorePlugin extends Plugin {
  score(state: CycleState, pod: Pod, nodeInfo: NodeInfo): number;
  /** Rescales the raw scores of every feasible node into [0, maxNodeScore]. */
  normalizeScore?(state: CycleState, pod: Pod, scores: NodeScore[]): void;
}

/** What the framework offers plugins (framework.Handle): the snapshot and a way to re-run the filters. */
export interface FrameworkHandle {
  snapshot(): ClusterSnapshot;
  runPreFilterExtensionAddPod(state: CycleState, podToSchedule: Pod, podToAdd: Pod, nodeInfo: NodeInfo): void;
  runPreFilterExtensionRemovePod(state: CycleState, podToSchedule: Pod, podToRemove: Pod, nodeInfo: NodeInfo): void;
  runFilterPlugins(state: CycleState, pod: Pod, nodeInfo: NodeInfo): Status | undefined;
}

/** Any plugin: the framework sorts it into extension points by the methods it has. */
export type AnyPlugin = Plugin &
  Partial<Pick<PreFilterPlugin, "preFilter">> &
  Partial<Pick<FilterPlugin, "filter">> &
  Partial<Pick<PostFilterPlugin, "postFilter">> &
  Partial<Pick<PreScorePlugin, "preScore">> &
  Partial<Pick<ScorePlugin, "score" | "normalizeScore">> &
  Partial<Pick<PreFilterPlugin, "preFilterExtensions">>;

export type PluginFactory = (handle: FrameworkHandle) => AnyPlugin;
