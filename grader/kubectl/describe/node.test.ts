// Expected texts follow k8s.io/kubectl/pkg/describe/describe.go v0.34.5 (describeNode,
// describeNodeLease, printTaintsMultilineWithIndent, describeNodeResource) laid out by its
// tabbedString tabwriter (minwidth 0, padding 2): lines without a tab end a column block.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { describeNode } from "./node";

const now = Date.parse("2026-01-01T01:00:00Z");

const node = {
  apiVersion: "v1",
  kind: "Node",
  metadata: { name: "node01", uid: "n1", creationTimestamp: "2026-01-01T00:00:00Z", labels: { "kubernetes.io/hostname": "node01" } },
  spec: { taints: [{ key: "gpu", value: "yes", effect: "NoSchedule" }], podCIDR: "10.244.1.0/24", podCIDRs: ["10.244.1.0/24"] },
  status: {
    conditions: [{ type: "Ready", status: "True", lastHeartbeatTime: "2026-01-01T00:59:00Z", lastTransitionTime: "2026-01-01T00:00:10Z", reason: "KubeletReady", message: "kubelet is posting ready status" }],
    addresses: [{ type: "InternalIP", address: "172.30.2.2" }, { type: "Hostname", address: "node01" }],
    capacity: { cpu: "2", memory: "2Gi", pods: "110" },
    allocatable: { cpu: "2", memory: "2Gi", pods: "110" },
    nodeInfo: { machineID: "m", systemUUID: "s", bootID: "b", kernelVersion: "6.8.0", osImage: "Ubuntu 24.04 LTS", operatingSystem: "linux", architecture: "amd64", containerRuntimeVersion: "containerd://1.7.27", kubeletVersion: "v1.34.5", kubeProxyVersion: "" },
  },
} as unknown as KubeObject;

const pod = { apiVersion: "v1", kind: "Pod", metadata: { name: "web", namespace: "default", creationTimestamp: "2026-01-01T00:30:00Z" }, spec: { containers: [{ name: "a", resources: { requests: { cpu: "500m", memory: "256Mi" }, limits: { memory: "512Mi" } } }] } } as unknown as KubeObject;

const lease = { apiVersion: "coordination.k8s.io/v1", kind: "Lease", metadata: { name: "node01" }, spec: { holderIdentity: "node01", renewTime: "2026-01-01T00:59:50Z" } } as unknown as KubeObject;

describe("describeNode (describe.go describeNode)", () => {
  it("prints the node with its lease, conditions, resources, pods and allocated totals", () => {
    expect(describeNode(node, [pod], lease, [], now)).toBe(
      [
        "Name:               node01",
        "Roles:              <none>",
        "Labels:             kubernetes.io/hostname=node01",
        "Annotations:        <none>",
        "CreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000",
        "Taints:             gpu=yes:NoSchedule",
        "Unschedulable:      false",
        "Lease:",
        "  HolderIdentity:  node01",
        "  AcquireTime:     <unset>",
        "  RenewTime:       Thu, 01 Jan 2026 00:59:50 +0000",
        "Conditions:",
        "  Type    Status  LastHeartbeatTime                 LastTransitionTime                Reason         Message",
        "  ----    ------  -----------------                 ------------------                ------         -------",
        "  Ready   True    Thu, 01 Jan 2026 00:59:00 +0000   Thu, 01 Jan 2026 00:00:10 +0000   KubeletReady   kubelet is posting ready status",
        "Addresses:",
        "  InternalIP:  172.30.2.2",
        "  Hostname:    node01",
        "Capacity:",
        "  cpu:     2",
        "  memory:  2Gi",
        "  pods:    110",
        "Allocatable:",
        "  cpu:     2",
        "  memory:  2Gi",
        "  pods:    110",
        "System Info:",
        "  Machine ID:                 m",
        "  System UUID:                s",
        "  Boot ID:                    b",
        "  Kernel Version:             6.8.0",
        "  OS Image:                   Ubuntu 24.04 LTS",
        "  Operating System:           linux",
        "  Architecture:               amd64",
        "  Container Runtime Version:  containerd://1.7.27",
        "  Kubelet Version:            v1.34.5",
        "  Kube-Proxy Version:         ",
        "PodCIDR:                      10.244.1.0/24",
        "PodCIDRs:                     10.244.1.0/24",
        "Non-terminated Pods:          (1 in total)",
        "  Namespace                   Name    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age",
        "  ---------                   ----    ------------  ----------  ---------------  -------------  ---",
        "  default                     web     500m (25%)    0 (0%)      256Mi (12%)      512Mi (25%)    30m",
        "Allocated resources:",
        "  (Total limits may be over 100 percent, i.e., overcommitted.)",
        "  Resource           Requests     Limits",
        "  --------           --------     ------",
        "  cpu                500m (25%)   0 (0%)",
        "  memory             256Mi (12%)  512Mi (25%)",
        "  ephemeral-storage  0 (0%)       0 (0%)",
        "Events:              <none>",
        "",
      ].join("\n"),
    );
  });
});
