// The FailedScheduling message, as framework.FitError.Error() in
// pkg/scheduler/framework/types.go:
//   "0/N nodes are available: <PreFilterMsg>. <sorted reason histogram>. <PostFilterMsg>"
// The histogram counts each reason once per node ("2 Insufficient cpu") and is
// sorted as strings, so "1 ..." sorts before "2 ...".
import type { NodeToStatus } from "./node-to-status";

export interface Diagnosis {
  nodeToStatus: NodeToStatus;
  /** Plugins that returned Unschedulable or UnschedulableAndUnresolvable. */
  unschedulablePlugins: Set<string>;
  preFilterMsg: string;
  postFilterMsg: string;
}

export function fitErrorMessage(numAllNodes: number, d: Pick<Diagnosis, "nodeToStatus" | "preFilterMsg" | "postFilterMsg">): string {
  let msg = `0/${numAllNodes} nodes are available:`;
  if (d.preFilterMsg) {
    msg += ` ${d.preFilterMsg}.`;
  } else {
    // When PreFilter rejected the pod every node has its status; counting them would repeat it.
    const counts = new Map<string, number>();
    for (const [, status] of d.nodeToStatus.entries()) {
      for (const reason of status.reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    }
    const absentCount = numAllNodes - d.nodeToStatus.size;
    if (absentCount > 0) {
      for (const reason of d.nodeToStatus.absentNodesStatus()?.reasons ?? []) counts.set(reason, (counts.get(reason) ?? 0) + absentCount);
    }
    const histogram = [...counts].map(([reason, n]) => `${n} ${reason}`).sort(goStringCompare);
    if (histogram.length) msg += ` ${histogram.join(", ")}.`;
  }
  if (d.postFilterMsg) msg += ` ${d.postFilterMsg}`;
  return msg;
}

/** Go's sort.Strings order: bytewise. */
function goStringCompare(a: string, b: string): number {
  const ab = Buffer.from(a, "utf8");
  const bb = Buffer.from(b, "utf8");
  return Buffer.compare(ab, bb);
}
