// A task's cluster machines as data, the shape createCluster accepts
// (grader/cluster/topology.ts); the type annotation keeps the two in step.
import { z } from "zod";
import type { Topology } from "../cluster/topology";

const quantityText = z.string().min(1);

const taintSchema = z.strictObject({
  key: z.string().min(1).describe("The taint's key: `gpu`, `node-role.kubernetes.io/control-plane`."),
  value: z.string().optional().describe("The taint's value, if any."),
  effect: z.enum(["NoSchedule", "PreferNoSchedule", "NoExecute"]).describe("What the taint does to pods that do not tolerate it."),
});

const nodeSchema = z.strictObject({
  name: z.string().min(1).describe("The node's name: `controlplane`, `node01`."),
  role: z
    .enum(["control-plane", "worker"])
    .optional()
    .describe("Control-plane nodes get the role label and, unless `taints` is given, the NoSchedule taint."),
  labels: z.record(z.string(), z.string()).optional().describe("Labels added to (and overriding) the standard ones."),
  taints: z.array(taintSchema).optional().describe("Replaces the role's default taints; `[]` for none."),
  capacity: z
    .strictObject({
      cpu: quantityText.optional().describe("CPU capacity: `2`, `4`."),
      memory: quantityText.optional().describe("Memory capacity: `2Gi`."),
      pods: quantityText.optional().describe("Maximum pods: `110`."),
      "ephemeral-storage": quantityText.optional().describe("Local storage capacity: `20Gi`."),
    })
    .optional()
    .describe("Merged over the default capacity (2 CPU, about 2 GiB); allocatable follows."),
  internalIP: z.string().optional().describe("Defaults to 172.30.<n>.2 for the n-th node."),
  unschedulable: z.boolean().optional().describe("A cordoned node."),
});

export const topologySchema: z.ZodType<Topology> = z
  .strictObject({
    nodes: z.array(nodeSchema).min(1).optional().describe("The whole node list; defaults to controlplane + node01."),
    extraNodes: z.array(nodeSchema).optional().describe("Appended to `nodes` (or to the default pair)."),
  })
  .describe("The cluster's nodes, when the default two-node kubeadm cluster does not fit the task.");
