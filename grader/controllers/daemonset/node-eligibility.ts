// NodeShouldRunDaemonPod (pkg/controller/daemon/daemon_controller.go): a node
// should run the daemon pod when the template's nodeName (if any), nodeSelector
// and required node affinity match it and every NoSchedule/NoExecute taint is
// tolerated (daemon tolerations included); a pod already there may keep running
// when only NoSchedule taints are untolerated.
import type { Node as SchedulerNode, Pod as SchedulerPod, Taint as SchedulerTaint, Toleration as SchedulerToleration } from "../../scheduler/framework/api-types";
import { doNotScheduleTaint, findMatchingUntoleratedTaint } from "../../scheduler/framework/taints";
import { podMatchesNodeSelectorAndAffinityTerms } from "../../scheduler/plugins/nodeaffinity/node-affinity";
import { withDaemonTolerations, type Toleration } from "./tolerations";
import type { DaemonSet, Node } from "./types";

export interface NodeDecision {
  shouldRun: boolean;
  shouldContinueRunning: boolean;
}

export function nodeShouldRunDaemonPod(node: Node, ds: DaemonSet): NodeDecision {
  const spec = (ds.spec.template?.spec ?? {}) as { nodeName?: string; tolerations?: Toleration[]; hostNetwork?: boolean };
  if (spec.nodeName && spec.nodeName !== node.metadata.name) return { shouldRun: false, shouldContinueRunning: false };
  const pod = { metadata: {}, spec: { ...spec, nodeName: node.metadata.name } } as unknown as SchedulerPod;
  if (!podMatchesNodeSelectorAndAffinityTerms(pod, node as unknown as SchedulerNode)) return { shouldRun: false, shouldContinueRunning: false };
  const tolerations = withDaemonTolerations(spec.tolerations, spec.hostNetwork === true) as SchedulerToleration[];
  const taints = (node.spec?.taints ?? []) as SchedulerTaint[];
  if (!findMatchingUntoleratedTaint(taints, tolerations, doNotScheduleTaint)) return { shouldRun: true, shouldContinueRunning: true };
  const noExecute = findMatchingUntoleratedTaint(taints, tolerations, (t) => t.effect === "NoExecute");
  return { shouldRun: false, shouldContinueRunning: !noExecute };
}
