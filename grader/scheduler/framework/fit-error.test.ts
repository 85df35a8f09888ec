// framework.FitError.Error() (pkg/scheduler/framework/types.go): the reason
// histogram, sorted with sort.Strings, the absent nodes' share, and the
// PreFilter/PostFilter framing.
import { describe, expect, it } from "vitest";
import { fitErrorMessage } from "./fit-error";
import { NodeToStatus } from "./node-to-status";
import { newStatus } from "./status";

function statuses(entries: [string, string[]][], absent?: string): NodeToStatus {
  const m = new NodeToStatus(absent ? newStatus("UnschedulableAndUnresolvable", absent) : undefined);
  for (const [node, reasons] of entries) m.set(node, newStatus("Unschedulable", ...reasons));
  return m;
}

describe("fitErrorMessage", () => {
  it.each([
    {
      name: "counts each reason once per node and sorts the lines as strings (so 10 sorts before 2)",
      numAllNodes: 12,
      nodeToStatus: statuses([...Array.from({ length: 10 }, (_, i) => [`a${i}`, ["Insufficient cpu"]] as [string, string[]]), ["b0", ["Too many pods"]], ["b1", ["Too many pods"]]]),
      preFilterMsg: "",
      postFilterMsg: "",
      want: "0/12 nodes are available: 10 Insufficient cpu, 2 Too many pods.",
    },
    {
      name: "a node with two reasons adds to both counts",
      numAllNodes: 1,
      nodeToStatus: statuses([["n", ["Insufficient cpu", "Insufficient memory"]]]),
      preFilterMsg: "",
      postFilterMsg: "",
      want: "0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory.",
    },
    {
      name: "nodes without their own status count under the absent nodes' status",
      numAllNodes: 3,
      nodeToStatus: statuses([["n", ["No preemption victims found for incoming pod"]]], "Preemption is not helpful for scheduling"),
      preFilterMsg: "",
      postFilterMsg: "",
      want: "0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
    },
    {
      name: "a PreFilter rejection replaces the histogram and the PostFilter message follows without a period of its own",
      numAllNodes: 2,
      nodeToStatus: statuses([], "pod has unbound immediate PersistentVolumeClaims"),
      preFilterMsg: "pod has unbound immediate PersistentVolumeClaims",
      postFilterMsg: "preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.",
      want: "0/2 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.",
    },
  ])("$name", ({ numAllNodes, nodeToStatus, preFilterMsg, postFilterMsg, want }) => {
    expect(fitErrorMessage(numAllNodes, { nodeToStatus, preFilterMsg, postFilterMsg })).toBe(want);
  });
});
