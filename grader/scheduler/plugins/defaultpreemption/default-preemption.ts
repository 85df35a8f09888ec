// DefaultPreemption's PostFilter (plugins/defaultpreemption/default_preemption.go
// and framework/preemption/preemption.go), to the point of the message it
// leaves in the FailedScheduling event. Only nodes rejected as Unschedulable
// (not ...AndUnresolvable) are tried; on each, every lower-priority pod is
// removed in a dry run and the filters run again. With no candidate the
// message is "preemption: 0/N nodes are available: <per-node reasons>." where
// nodes not tried read "Preemption is not helpful for scheduling".
// When a candidate exists the pod is nominated to it; evicting the victims is
// left to the caller (this simulation does not evict).
import type { Pod } from "../../framework/api-types";
import { fitErrorMessage } from "../../framework/fit-error";
import type { FrameworkHandle, PostFilterPlugin } from "../../framework/interface";
import { NodeToStatus } from "../../framework/node-to-status";
import { newStatus, type Status } from "../../framework/status";
import { names } from "../../names";

export const msgNotEligiblePreemptionPolicyNever = "not eligible due to preemptionPolicy=Never.";
export const msgNoPreemptionVictims = "No preemption victims found for incoming pod";
export const msgPreemptionNotHelpful = "Preemption is not helpful for scheduling";

export function podPriority(pod: Pod): number {
  return pod.spec?.priority ?? 0;
}

export function newDefaultPreemption(handle: FrameworkHandle) {
  return {
    name: names.DefaultPreemption,
    postFilter(state, pod, nodeToStatus) {
      const wrap = (s: Status) => ({ status: newStatus(s.code, `preemption: ${s.reasons.join(", ")}`) });
      if (pod.spec?.preemptionPolicy === "Never") return wrap(newStatus("Unschedulable", msgNotEligiblePreemptionPolicyNever));

      const snapshot = handle.snapshot();
      const dryRun = new NodeToStatus();
      let candidate: string | undefined;
      const priority = podPriority(pod);
      for (const ni of snapshot.nodeInfos) {
        if (nodeToStatus.get(ni.name)?.code !== "Unschedulable") continue;
        const victims = ni.pods.filter((e) => podPriority(e.pod) < priority);
        if (victims.length === 0) {
          dryRun.set(ni.name, newStatus("UnschedulableAndUnresolvable", msgNoPreemptionVictims));
          continue;
        }
        const nodeCopy = ni.clone();
        const stateCopy = state.clone();
        for (const v of victims) {
          nodeCopy.removePod(v);
          handle.runPreFilterExtensionRemovePod(stateCopy, pod, v.pod, nodeCopy);
        }
        const fits = handle.runFilterPlugins(stateCopy, pod, nodeCopy);
        if (fits) dryRun.set(ni.name, fits);
        else candidate ??= ni.name;
      }
      if (candidate) return { result: { nominatedNodeName: candidate } };
      dryRun.setAbsentNodesStatus(newStatus("UnschedulableAndUnresolvable", msgPreemptionNotHelpful));
      const message = fitErrorMessage(snapshot.numNodes, { nodeToStatus: dryRun, preFilterMsg: "", postFilterMsg: "" });
      return wrap(newStatus("Unschedulable", message));
    },
  } satisfies PostFilterPlugin;
}
