// NodeUnschedulable: a cordoned node (spec.unschedulable) takes only pods that
// tolerate node.kubernetes.io/unschedulable:NoSchedule
// (pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go).
import type { FilterPlugin } from "../../framework/interface";
import { newStatus } from "../../framework/status";
import { tolerationsTolerateTaint } from "../../framework/taints";
import { names } from "../../names";

export const errReasonUnschedulable = "node(s) were unschedulable";
export const taintNodeUnschedulable = "node.kubernetes.io/unschedulable";

export function newNodeUnschedulable() {
  return {
    name: names.NodeUnschedulable,
    filter(_state, pod, nodeInfo) {
      if (!nodeInfo.node.spec?.unschedulable) return undefined;
      const tolerated = tolerationsTolerateTaint(pod.spec?.tolerations, { key: taintNodeUnschedulable, effect: "NoSchedule" });
      return tolerated ? undefined : newStatus("UnschedulableAndUnresolvable", errReasonUnschedulable);
    },
  } satisfies FilterPlugin;
}
