// NodeName: a pod that names a node fits only there
// (pkg/scheduler/framework/plugins/nodename/node_name.go).
import type { FilterPlugin } from "../../framework/interface";
import { newStatus } from "../../framework/status";
import { names } from "../../names";

export const errReasonNodeName = "node(s) didn't match the requested node name";

export function newNodeName() {
  return {
    name: names.NodeName,
    filter(_state, pod, nodeInfo) {
      const wanted = pod.spec?.nodeName;
      if (!wanted || wanted === nodeInfo.name) return undefined;
      return newStatus("UnschedulableAndUnresolvable", errReasonNodeName);
    },
  } satisfies FilterPlugin;
}
