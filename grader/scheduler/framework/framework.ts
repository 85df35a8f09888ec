// Runs a profile's plugins at each extension point, as
// pkg/scheduler/framework/runtime/framework.go: PreFilter (stops at the first
// UnschedulableAndUnresolvable), Filter (first failure wins per node),
// PostFilter (until one succeeds), PreScore/Score/NormalizeScore with weights.
import type { Pod } from "./api-types";
import { CycleState } from "./cycle-state";
import type {
  AnyPlugin,
  FilterPlugin,
  FrameworkHandle,
  NodeScore,
  PostFilterPlugin,
  PostFilterResult,
  PreFilterPlugin,
  PreFilterResult,
  PreScorePlugin,
  ScorePlugin,
} from "./interface";
import type { NodeInfo } from "./node-info";
import type { NodeToStatus } from "./node-to-status";
import type { ClusterSnapshot } from "./snapshot";
import { isRejected, newStatus, withPlugin, type Status } from "./status";

/** A plugin enabled in a profile, with its Score weight (0 when it does not score). */
export interface EnabledPlugin {
  plugin: AnyPlugin;
  weight: number;
}

const skipFilterKey = "framework/skip-filter-plugins";
const skipScoreKey = "framework/skip-score-plugins";

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class Framework implements FrameworkHandle {
  private current: ClusterSnapshot | undefined;
  private activeFilters: { skip: Set<string> | undefined; size: number; plugins: FilterPlugin[] } | undefined;
  readonly preFilterPlugins: PreFilterPlugin[] = [];
  readonly filterPlugins: FilterPlugin[] = [];
  readonly postFilterPlugins: PostFilterPlugin[] = [];
  readonly preScorePlugins: PreScorePlugin[] = [];
  readonly scorePlugins: { plugin: ScorePlugin; weight: number }[] = [];
  private readonly scoreScratch: NodeScore[] = [];

  /** `build` receives this framework as the plugins' handle and returns them in profile order. */
  constructor(build: (handle: FrameworkHandle) => EnabledPlugin[]) {
    for (const { plugin, weight } of build(this)) {
      if (plugin.preFilter) this.preFilterPlugins.push(plugin as PreFilterPlugin);
      if (plugin.filter) this.filterPlugins.push(plugin as FilterPlugin);
      if (plugin.postFilter) this.postFilterPlugins.push(plugin as PostFilterPlugin);
      if (plugin.preScore) this.preScorePlugins.push(plugin as PreScorePlugin);
      if (plugin.score && weight > 0) this.scorePlugins.push({ plugin: plugin as ScorePlugin, weight });
    }
  }

  useSnapshot(snapshot: ClusterSnapshot): void {
    this.current = snapshot;
  }

  snapshot(): ClusterSnapshot {
    if (!this.current) throw new Error("scheduler framework used without a snapshot");
    return this.current;
  }

  /** PreFilter: a rejection stops the cycle; Unschedulable ones still let the others run (upstream issue 119770). */
  runPreFilterPlugins(state: CycleState, pod: Pod): { result?: PreFilterResult; status?: Status; unschedulablePlugins: Set<string> } {
    const skip = new Set<string>();
    state.write(skipFilterKey, skip);
    const unschedulablePlugins = new Set<string>();
    let result: PreFilterResult | undefined;
    let returned: Status | undefined;
    for (const pl of this.preFilterPlugins) {
      let r: PreFilterResult | undefined;
      let s: Status | undefined;
      try {
        ({ result: r, status: s } = pl.preFilter(state, pod, this.snapshot()));
      } catch (e) {
        s = newStatus("Error", errorText(e));
      }
      if (s?.code === "Skip") {
        skip.add(pl.name);
        continue;
      }
      if (s) {
        const tagged = withPlugin(s, pl.name);
        if (isRejected(s)) unschedulablePlugins.add(pl.name);
        if (s.code === "UnschedulableAndUnresolvable") return { status: tagged, unschedulablePlugins };
        if (s.code === "Unschedulable") {
          returned = tagged;
          continue;
        }
        return { status: newStatus("Error", `running PreFilter plugin "${pl.name}": ${s.reasons.join(", ")}`), unschedulablePlugins };
      }
      if (r?.nodeNames) result = { nodeNames: result?.nodeNames ? intersect(result.nodeNames, r.nodeNames) : r.nodeNames };
    }
    return { result, status: returned, unschedulablePlugins };
  }

  runFilterPlugins(state: CycleState, pod: Pod, nodeInfo: NodeInfo): Status | undefined {
    for (const pl of this.activeFilterPlugins(state.readIfWritten<Set<string>>(skipFilterKey))) {
      let s: Status | undefined;
      try {
        s = pl.filter(state, pod, nodeInfo);
      } catch (e) {
        s = newStatus("Error", errorText(e));
      }
      if (!s) continue;
      if (!isRejected(s)) return newStatus("Error", `running "${pl.name}" filter plugin: ${s.reasons.join(", ")}`);
      return withPlugin(s, pl.name);
    }
    return undefined;
  }

  /**
   * The filter plugins not in `skip`, worked out once per cycle rather than
   * asked of the skip set for every node (the set only grows, during PreFilter).
   */
  private activeFilterPlugins(skip: Set<string> | undefined): FilterPlugin[] {
    const size = skip?.size ?? 0;
    const cached = this.activeFilters;
    if (cached && cached.skip === skip && cached.size === size) return cached.plugins;
    const plugins = size === 0 ? this.filterPlugins : this.filterPlugins.filter((pl) => !skip!.has(pl.name));
    this.activeFilters = { skip, size, plugins };
    return plugins;
  }

  runPreFilterExtensionAddPod(state: CycleState, podToSchedule: Pod, podToAdd: Pod, nodeInfo: NodeInfo): void {
    const skip = state.has(skipFilterKey) ? state.read<Set<string>>(skipFilterKey) : undefined;
    for (const pl of this.preFilterPlugins) {
      if (!skip?.has(pl.name)) pl.preFilterExtensions?.addPod(state, podToSchedule, podToAdd, nodeInfo);
    }
  }

  runPreFilterExtensionRemovePod(state: CycleState, podToSchedule: Pod, podToRemove: Pod, nodeInfo: NodeInfo): void {
    const skip = state.has(skipFilterKey) ? state.read<Set<string>>(skipFilterKey) : undefined;
    for (const pl of this.preFilterPlugins) {
      if (!skip?.has(pl.name)) pl.preFilterExtensions?.removePod(state, podToSchedule, podToRemove, nodeInfo);
    }
  }

  /** PostFilter: the first success wins; rejections' reasons are joined (their message reads "a, b"). */
  runPostFilterPlugins(state: CycleState, pod: Pod, nodeToStatus: NodeToStatus): { result?: PostFilterResult; status?: Status } {
    let result: PostFilterResult | undefined;
    const reasons: string[] = [];
    let rejector = "";
    for (const pl of this.postFilterPlugins) {
      let r: PostFilterResult | undefined;
      let s: Status | undefined;
      try {
        ({ result: r, status: s } = pl.postFilter(state, pod, nodeToStatus));
      } catch (e) {
        s = newStatus("Error", errorText(e));
      }
      if (!s) return { result: r };
      if (s.code === "UnschedulableAndUnresolvable") return { result: r, status: withPlugin(s, pl.name) };
      if (!isRejected(s)) return { status: withPlugin(newStatus("Error", ...s.reasons), pl.name) };
      if (r) result = r;
      reasons.push(...s.reasons);
      if (!rejector) rejector = pl.name;
    }
    return { result, status: withPlugin(newStatus("Unschedulable", ...reasons), rejector) };
  }

  /** PreScore, Score, NormalizeScore and weights: the total score of each feasible node. */
  runScorePlugins(state: CycleState, pod: Pod, nodes: NodeInfo[]): NodeScore[] {
    const skip = new Set<string>();
    state.write(skipScoreKey, skip);
    for (const pl of this.preScorePlugins) {
      const s = pl.preScore(state, pod, nodes);
      if (s?.code === "Skip") skip.add(pl.name);
      else if (s) throw new Error(`running PreScore plugin "${pl.name}": ${s.reasons.join(", ")}`);
    }
    // Plain loops: this runs for every feasible node of every pod.
    const totals: NodeScore[] = [];
    for (let i = 0; i < nodes.length; i++) totals.push({ name: nodes[i].name, score: 0 });
    // One plugin's scores live only until they are added in: the same objects serve every plugin and pod.
    const scores = this.scoreScratch;
    scores.length = Math.min(scores.length, nodes.length);
    for (const { plugin, weight } of this.scorePlugins) {
      if (skip.has(plugin.name)) continue;
      for (let i = 0; i < nodes.length; i++) {
        const score = plugin.score(state, pod, nodes[i]);
        if (i < scores.length) {
          scores[i].name = nodes[i].name;
          scores[i].score = score;
        } else scores.push({ name: nodes[i].name, score });
      }
      plugin.normalizeScore?.(state, pod, scores);
      for (let i = 0; i < scores.length; i++) totals[i].score += scores[i].score * weight;
    }
    return totals;
  }

  get hasPostFilterPlugins(): boolean {
    return this.postFilterPlugins.length > 0;
  }

  get hasScorePlugins(): boolean {
    return this.scorePlugins.length > 0;
  }
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a].filter((x) => b.has(x)));
}

export { CycleState };
