// The in-tree plugins by name (plugins/registry.go) and the default profile:
// which plugins run, in which order, with which Score weight
// (pkg/scheduler/apis/config/v1/default_plugins.go, v1.34, DynamicResources
// inserted before DefaultPreemption as applyFeatureGates does).
import type { EnabledPlugin } from "./framework/framework";
import type { AnyPlugin, FrameworkHandle } from "./framework/interface";
import { names, type PluginName } from "./names";
import { newDefaultPreemption } from "./plugins/defaultpreemption/default-preemption";
import { newDynamicResources } from "./plugins/dynamicresources/dynamic-resources";
import { newInterPodAffinity } from "./plugins/interpodaffinity/inter-pod-affinity";
import { newNodeAffinity } from "./plugins/nodeaffinity/node-affinity";
import { newNodeName } from "./plugins/nodename/node-name";
import { newNodePorts } from "./plugins/nodeports/node-ports";
import { newBalancedAllocation } from "./plugins/noderesources/balanced-allocation";
import { newNodeResourcesFit } from "./plugins/noderesources/fit";
import { newNodeUnschedulable } from "./plugins/nodeunschedulable/node-unschedulable";
import { newTaintToleration, type TaintTolerationArgs } from "./plugins/tainttoleration/taint-toleration";
import { newVolumeBinding } from "./plugins/volumebinding/volume-binding";

export interface PluginArgs {
  TaintToleration?: TaintTolerationArgs;
}

export type PluginFactory = (handle: FrameworkHandle, args: PluginArgs) => AnyPlugin;

export const inTreeRegistry: Partial<Record<PluginName, PluginFactory>> = {
  [names.NodeUnschedulable]: () => newNodeUnschedulable(),
  [names.NodeName]: () => newNodeName(),
  [names.TaintToleration]: (_h, args) => newTaintToleration(args.TaintToleration),
  [names.NodeAffinity]: () => newNodeAffinity(),
  [names.NodePorts]: () => newNodePorts(),
  [names.NodeResourcesFit]: () => newNodeResourcesFit(),
  [names.VolumeBinding]: (h) => newVolumeBinding(h),
  [names.InterPodAffinity]: (h) => newInterPodAffinity(h),
  [names.DynamicResources]: () => newDynamicResources(),
  [names.DefaultPreemption]: (h) => newDefaultPreemption(h),
  [names.NodeResourcesBalancedAllocation]: () => newBalancedAllocation(),
};

export interface ProfilePlugin {
  name: PluginName;
  weight: number;
}

/**
 * The default profile in upstream order. Plugins not simulated (SchedulingGates,
 * PrioritySort, VolumeRestrictions, NodeVolumeLimits, VolumeZone,
 * PodTopologySpread, ImageLocality, DefaultBinder) are listed for the record and skipped.
 */
export const defaultProfile: ProfilePlugin[] = [
  { name: names.SchedulingGates, weight: 0 },
  { name: names.PrioritySort, weight: 0 },
  { name: names.NodeUnschedulable, weight: 0 },
  { name: names.NodeName, weight: 0 },
  { name: names.TaintToleration, weight: 3 },
  { name: names.NodeAffinity, weight: 2 },
  { name: names.NodePorts, weight: 0 },
  { name: names.NodeResourcesFit, weight: 1 },
  { name: names.VolumeRestrictions, weight: 0 },
  { name: names.NodeVolumeLimits, weight: 0 },
  { name: names.VolumeBinding, weight: 0 },
  { name: names.VolumeZone, weight: 0 },
  { name: names.PodTopologySpread, weight: 2 },
  { name: names.InterPodAffinity, weight: 2 },
  { name: names.DynamicResources, weight: 0 },
  { name: names.DefaultPreemption, weight: 0 },
  { name: names.NodeResourcesBalancedAllocation, weight: 1 },
  { name: names.ImageLocality, weight: 1 },
  { name: names.DefaultBinder, weight: 0 },
];

/** The plugins of `profile` that the registry knows, built against `handle`. */
export function buildProfile(handle: FrameworkHandle, profile: ProfilePlugin[] = defaultProfile, args: PluginArgs = {}): EnabledPlugin[] {
  const out: EnabledPlugin[] = [];
  for (const { name, weight } of profile) {
    const factory = inTreeRegistry[name];
    if (factory) out.push({ plugin: factory(handle, args), weight });
  }
  return out;
}
