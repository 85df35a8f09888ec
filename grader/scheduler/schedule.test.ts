// Whole scheduling cycles over plain objects: where each pod lands, or the
// exact FailedScheduling message. Reasons come from the plugins' upstream files
// (nodeunschedulable/node_unschedulable.go, tainttoleration/taint_toleration.go,
// nodeaffinity/node_affinity.go, noderesources/fit.go, interpodaffinity/filtering.go,
// volumebinding/volume_binding.go, nodeports/node_ports.go); the framing from
// framework/types.go FitError.Error(), the suffix from dynamicresources.go PostFilter
// and defaultpreemption/default_preemption.go + framework/preemption/preemption.go.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../apiserver/types";
import { makeNode } from "../testing/node-builder";
import { makePod } from "../testing/pod-builder";
import { schedulePodOnCluster } from "./default-framework";
import type { ClusterSnapshotInput } from "./framework/snapshot";
import type { PluginArgs } from "./registry";

const controlPlane = () => makeNode().name("controlplane").controlPlane();
const node01 = () => makeNode().name("node01");
/** The CKAD default: a tainted control plane and one worker. */
const defaultNodes = () => [controlPlane().obj(), node01().obj()];
const twoWorkers = () => [makeNode().name("node-a").obj(), makeNode().name("node-b").obj()];

const noPreemption2 = "no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.";
const noVictims1 =
  "no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.";

interface Case {
  name: string;
  pod: KubeObject;
  cluster: ClusterSnapshotInput;
  pluginArgs?: PluginArgs;
  node?: string;
  message?: string;
  nominated?: string;
}

const sc = (name: string, provisioner: string, mode: string): KubeObject => ({
  apiVersion: "storage.k8s.io/v1",
  kind: "StorageClass",
  metadata: { name },
  provisioner,
  volumeBindingMode: mode,
});
const pvc = (name: string, storageClassName: string, volumeName?: string): KubeObject => ({
  apiVersion: "v1",
  kind: "PersistentVolumeClaim",
  metadata: { name, namespace: "default" },
  spec: { storageClassName, accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } }, ...(volumeName ? { volumeName } : {}) },
});
const pv = (name: string, storageClassName: string, nodeName?: string): KubeObject => ({
  apiVersion: "v1",
  kind: "PersistentVolume",
  metadata: { name },
  spec: {
    storageClassName,
    capacity: { storage: "5Gi" },
    accessModes: ["ReadWriteOnce"],
    ...(nodeName
      ? { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: [nodeName] }] }] } } }
      : {}),
  },
});

const cases: Case[] = [
  {
    name: "a pod without constraints lands on the only worker, since the control plane's NoSchedule taint keeps it off",
    pod: makePod().name("web").obj(),
    cluster: { nodes: defaultNodes() },
    node: "node01",
  },
  {
    name: "a taint on every node leaves the pod Pending with the full v1.34 FailedScheduling message",
    pod: makePod().name("web").obj(),
    cluster: { nodes: [controlPlane().obj(), node01().taint("dedicated", "gpu", "NoSchedule").obj()] },
    message: `0/2 nodes are available: 2 node(s) had untolerated taint(s). ${noPreemption2}`,
  },
  {
    name: "with the v1.34.0 behaviour the taint reason names each node's first untolerated taint",
    pod: makePod().name("web").obj(),
    cluster: { nodes: [controlPlane().obj(), node01().taint("dedicated", "gpu", "NoSchedule").obj()] },
    pluginArgs: { TaintToleration: { nameTaintInReason: true } },
    message: `0/2 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. ${noPreemption2}`,
  },
  {
    name: "a toleration for the worker's taint (operator Equal) schedules the pod on that worker",
    pod: makePod().name("web").toleration({ key: "dedicated", operator: "Equal", value: "gpu", effect: "NoSchedule" }).obj(),
    cluster: { nodes: [controlPlane().obj(), node01().taint("dedicated", "gpu", "NoSchedule").obj()] },
    node: "node01",
  },
  {
    name: "a toleration whose value differs does not tolerate the taint",
    pod: makePod().name("web").toleration({ key: "dedicated", operator: "Equal", value: "cpu", effect: "NoSchedule" }).obj(),
    cluster: { nodes: [controlPlane().obj(), node01().taint("dedicated", "gpu", "NoSchedule").obj()] },
    message: `0/2 nodes are available: 2 node(s) had untolerated taint(s). ${noPreemption2}`,
  },
  {
    name: "an empty-key Exists toleration tolerates every taint, and the tie between equal nodes goes to the first by name",
    pod: makePod().name("web").toleration({ operator: "Exists" }).obj(),
    cluster: { nodes: defaultNodes() },
    node: "controlplane",
  },
  {
    name: "a NoExecute taint keeps new pods off like NoSchedule",
    pod: makePod().name("web").obj(),
    cluster: { nodes: [controlPlane().obj(), node01().taint("maintenance", "true", "NoExecute").obj()] },
    message: `0/2 nodes are available: 2 node(s) had untolerated taint(s). ${noPreemption2}`,
  },
  {
    name: "requests larger than any node give Insufficient cpu, and preemption is not helpful because no node could ever hold the pod",
    pod: makePod().name("big").requests({ cpu: "3" }).obj(),
    cluster: { nodes: defaultNodes() },
    message: `0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). ${noPreemption2}`,
  },
  {
    name: "requests that fit the node but not what is left give Insufficient cpu and no preemption victims among equal-priority pods",
    pod: makePod().name("second").requests({ cpu: "1" }).obj(),
    cluster: { nodes: defaultNodes(), pods: [makePod().name("first").node("node01").requests({ cpu: "1500m" }).obj()] },
    message: `0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). ${noVictims1}`,
  },
  {
    name: "cpu and memory short on the same node are both counted, sorted as strings",
    pod: makePod().name("second").requests({ cpu: "1", memory: "3Gi" }).obj(),
    cluster: { nodes: defaultNodes(), pods: [makePod().name("first").node("node01").requests({ cpu: "1500m", memory: "2Gi" }).obj()] },
    message: `0/2 nodes are available: 1 Insufficient cpu, 1 Insufficient memory, 1 node(s) had untolerated taint(s). ${noVictims1}`,
  },
  {
    name: "a node at its pod capacity reports Too many pods",
    pod: makePod().name("second").obj(),
    cluster: { nodes: [controlPlane().obj(), node01().capacity({ pods: "1" }).obj()], pods: [makePod().name("first").node("node01").obj()] },
    message: `0/2 nodes are available: 1 Too many pods, 1 node(s) had untolerated taint(s). ${noVictims1}`,
  },
  {
    name: "finished pods no longer hold their requests on the node",
    pod: makePod().name("second").requests({ cpu: "1" }).obj(),
    cluster: { nodes: defaultNodes(), pods: [makePod().name("job-pod").node("node01").requests({ cpu: "1500m" }).phase("Succeeded").obj()] },
    node: "node01",
  },
  {
    name: "a higher-priority pod that would fit after evicting a lower-priority one is nominated and the message has no preemption part",
    pod: makePod().name("urgent").requests({ cpu: "1" }).priority(1000).obj(),
    cluster: { nodes: defaultNodes(), pods: [makePod().name("batch").node("node01").requests({ cpu: "1500m" }).obj()] },
    message: "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s).",
    nominated: "node01",
  },
  {
    name: "a pod with preemptionPolicy Never is not eligible to preempt",
    pod: makePod().name("polite").requests({ cpu: "1" }).priority(1000).preemptionPolicy("Never").obj(),
    cluster: { nodes: defaultNodes(), pods: [makePod().name("batch").node("node01").requests({ cpu: "1500m" }).obj()] },
    message:
      "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.",
  },
  {
    name: "an init container's request counts when it is larger than the app containers' sum",
    pod: makePod().name("init").requests({ cpu: "100m" }).initContainer("setup", { cpu: "1500m" }).obj(),
    cluster: { nodes: defaultNodes(), pods: [makePod().name("first").node("node01").requests({ cpu: "600m" }).obj()] },
    message: `0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). ${noVictims1}`,
  },
  {
    name: "a regular init container runs alone, so 800m init plus 800m app needs only 800m",
    pod: makePod().name("init").requests({ cpu: "800m" }).initContainer("setup", { cpu: "800m" }).obj(),
    cluster: { nodes: defaultNodes(), pods: [makePod().name("first").node("node01").requests({ cpu: "600m" }).obj()] },
    node: "node01",
  },
  {
    name: "a native sidecar keeps running, so 800m sidecar plus 800m app needs 1600m",
    pod: makePod().name("sidecar").requests({ cpu: "800m" }).sidecar("log", { cpu: "800m" }).obj(),
    cluster: { nodes: defaultNodes(), pods: [makePod().name("first").node("node01").requests({ cpu: "600m" }).obj()] },
    message: `0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). ${noVictims1}`,
  },
  {
    name: "the pod overhead is added to the requests",
    pod: makePod().name("kata").requests({ cpu: "1200m" }).overhead({ cpu: "300m" }).obj(),
    cluster: { nodes: defaultNodes(), pods: [makePod().name("first").node("node01").requests({ cpu: "600m" }).obj()] },
    message: `0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). ${noVictims1}`,
  },
  {
    name: "a second replica with required anti-affinity on hostname cannot join the first on the only worker",
    pod: makePod().name("web-2").labels({ app: "web" }).podAntiAffinity("kubernetes.io/hostname", { app: "web" }).obj(),
    cluster: {
      nodes: defaultNodes(),
      pods: [makePod().name("web-1").labels({ app: "web" }).node("node01").podAntiAffinity("kubernetes.io/hostname", { app: "web" }).obj()],
    },
    message: `0/2 nodes are available: 1 node(s) didn't match pod anti-affinity rules, 1 node(s) had untolerated taint(s). ${noVictims1}`,
  },
  {
    name: "an existing pod's anti-affinity keeps a matching pod off its node even when the new pod has no affinity",
    pod: makePod().name("web").labels({ app: "web" }).obj(),
    cluster: { nodes: defaultNodes(), pods: [makePod().name("loner").node("node01").podAntiAffinity("kubernetes.io/hostname", { app: "web" }).obj()] },
    message: `0/2 nodes are available: 1 node(s) didn't satisfy existing pods anti-affinity rules, 1 node(s) had untolerated taint(s). ${noVictims1}`,
  },
  {
    name: "anti-affinity on hostname spreads the second replica to the other worker",
    pod: makePod().name("web-2").labels({ app: "web" }).podAntiAffinity("kubernetes.io/hostname", { app: "web" }).obj(),
    cluster: { nodes: twoWorkers(), pods: [makePod().name("web-1").labels({ app: "web" }).node("node-a").obj()] },
    node: "node-b",
  },
  {
    name: "required pod affinity to pods that exist nowhere is unresolvable",
    pod: makePod().name("cache").labels({ app: "cache" }).podAffinity("kubernetes.io/hostname", { app: "db" }).obj(),
    cluster: { nodes: defaultNodes() },
    message: `0/2 nodes are available: 1 node(s) didn't match pod affinity rules, 1 node(s) had untolerated taint(s). ${noPreemption2}`,
  },
  {
    name: "required pod affinity follows the pod it names to its node",
    pod: makePod().name("cache").podAffinity("kubernetes.io/hostname", { app: "db" }).obj(),
    cluster: { nodes: twoWorkers(), pods: [makePod().name("db").labels({ app: "db" }).node("node-b").obj()] },
    node: "node-b",
  },
  {
    name: "the first pod of a group with affinity to itself may schedule",
    pod: makePod().name("db-0").labels({ app: "db" }).podAffinity("kubernetes.io/hostname", { app: "db" }).obj(),
    cluster: { nodes: defaultNodes() },
    node: "node01",
  },
  {
    name: "pod affinity terms only select pods of the pod's own namespace unless namespaces are listed",
    pod: makePod().name("cache").namespace("shop").podAffinity("kubernetes.io/hostname", { app: "db" }).obj(),
    cluster: { nodes: twoWorkers(), pods: [makePod().name("db").labels({ app: "db" }).node("node-b").obj()] },
    message:
      "0/2 nodes are available: 2 node(s) didn't match pod affinity rules. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.",
  },
  {
    name: "preferred pod anti-affinity steers the pod away from a node running the selected pods",
    pod: makePod().name("web-2").preferredPodAntiAffinity(100, "kubernetes.io/hostname", { app: "web" }).obj(),
    cluster: { nodes: twoWorkers(), pods: [makePod().name("web-1").labels({ app: "web" }).node("node-a").obj()] },
    node: "node-b",
  },
  {
    name: "a nodeSelector picks the labelled worker",
    pod: makePod().name("ssd").nodeSelector({ disktype: "ssd" }).obj(),
    cluster: { nodes: [makeNode().name("node-a").obj(), makeNode().name("node-b").label("disktype", "ssd").obj()] },
    node: "node-b",
  },
  {
    name: "a nodeSelector no node matches gives the node affinity/selector reason",
    pod: makePod().name("ssd").nodeSelector({ disktype: "ssd" }).obj(),
    cluster: { nodes: defaultNodes() },
    message: `0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint(s). ${noPreemption2}`,
  },
  {
    name: "a cordoned worker is reported as unschedulable",
    pod: makePod().name("web").obj(),
    cluster: { nodes: [controlPlane().obj(), node01().unschedulable().obj()] },
    message: `0/2 nodes are available: 1 node(s) had untolerated taint(s), 1 node(s) were unschedulable. ${noPreemption2}`,
  },
  {
    name: "a pod tolerating node.kubernetes.io/unschedulable may go to a cordoned node",
    pod: makePod().name("ds").toleration({ key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" }).obj(),
    cluster: { nodes: [controlPlane().obj(), node01().unschedulable().obj()] },
    node: "node01",
  },
  {
    name: "the Gt operator compares the label as an integer",
    pod: makePod().name("big").requiredNodeAffinity({ key: "cores", operator: "Gt", values: ["6"] }).obj(),
    cluster: { nodes: [makeNode().name("node-a").label("cores", "4").obj(), makeNode().name("node-b").label("cores", "8").obj()] },
    node: "node-b",
  },
  {
    name: "the Lt operator compares the label as an integer",
    pod: makePod().name("small").requiredNodeAffinity({ key: "cores", operator: "Lt", values: ["6"] }).obj(),
    cluster: { nodes: [makeNode().name("node-a").label("cores", "8").obj(), makeNode().name("node-b").label("cores", "4").obj()] },
    node: "node-b",
  },
  {
    name: "Gt never matches a label that is not an integer",
    pod: makePod().name("big").requiredNodeAffinity({ key: "cores", operator: "Gt", values: ["6"] }).obj(),
    cluster: { nodes: [makeNode().name("node-a").label("cores", "eight").obj(), makeNode().name("node-b").obj()] },
    message: `0/2 nodes are available: 2 node(s) didn't match Pod's node affinity/selector. ${noPreemption2}`,
  },
  {
    name: "NotIn matches a node without the label and DoesNotExist a node missing it",
    pod: makePod()
      .name("not-gpu")
      .requiredNodeAffinity({ key: "gpu", operator: "NotIn", values: ["true"] }, { key: "spot", operator: "DoesNotExist" })
      .obj(),
    cluster: {
      nodes: [makeNode().name("node-a").label("gpu", "true").obj(), makeNode().name("node-b").label("spot", "yes").obj(), makeNode().name("node-c").obj()],
    },
    node: "node-c",
  },
  {
    name: "required node affinity terms are ORed",
    pod: makePod()
      .name("either")
      .requiredNodeAffinity({ key: "zone", operator: "In", values: ["east"] })
      .requiredNodeAffinity({ key: "zone", operator: "In", values: ["west"] })
      .obj(),
    cluster: { nodes: [makeNode().name("node-a").label("zone", "north").obj(), makeNode().name("node-b").label("zone", "west").obj()] },
    node: "node-b",
  },
  {
    name: "preferred node affinity wins over name order",
    pod: makePod().name("pref").preferredNodeAffinity(50, { key: "disktype", operator: "In", values: ["ssd"] }).obj(),
    cluster: { nodes: [makeNode().name("node-a").obj(), makeNode().name("node-b").label("disktype", "ssd").obj()] },
    node: "node-b",
  },
  {
    name: "an untolerated PreferNoSchedule taint only lowers a node's score",
    pod: makePod().name("web").obj(),
    cluster: { nodes: [makeNode().name("node-a").taint("spot", "true", "PreferNoSchedule").obj(), makeNode().name("node-b").obj()] },
    node: "node-b",
  },
  {
    name: "LeastAllocated prefers the emptier node",
    pod: makePod().name("web").requests({ cpu: "100m" }).obj(),
    cluster: { nodes: twoWorkers(), pods: [makePod().name("busy").node("node-a").requests({ cpu: "1" }).obj()] },
    node: "node-b",
  },
  {
    name: "two pods asking for the same host port cannot share a node",
    pod: makePod().name("proxy-2").hostPort(8080).obj(),
    cluster: { nodes: defaultNodes(), pods: [makePod().name("proxy-1").node("node01").hostPort(8080).obj()] },
    message: `0/2 nodes are available: 1 node(s) didn't have free ports for the requested pod ports, 1 node(s) had untolerated taint(s). ${noVictims1}`,
  },
  {
    name: "an unbound claim of an Immediate class rejects the pod in PreFilter, and the DRA PostFilter's missing state ends the message with not found",
    pod: makePod().name("db").pvc("data").obj(),
    cluster: { nodes: defaultNodes(), persistentVolumeClaims: [pvc("data", "fast")], storageClasses: [sc("fast", "example.com/csi", "Immediate")] },
    message: "0/2 nodes are available: pod has unbound immediate PersistentVolumeClaims. not found",
  },
  {
    name: "a claim naming a class that does not exist counts as Immediate",
    pod: makePod().name("db").pvc("data").obj(),
    cluster: { nodes: defaultNodes(), persistentVolumeClaims: [pvc("data", "fast-ssd")] },
    message: "0/2 nodes are available: pod has unbound immediate PersistentVolumeClaims. not found",
  },
  {
    name: "a missing claim is named in the PreFilter message",
    pod: makePod().name("db").pvc("data").obj(),
    cluster: { nodes: defaultNodes() },
    message: '0/2 nodes are available: persistentvolumeclaim "data" not found. not found',
  },
  {
    name: "a WaitForFirstConsumer claim with a provisioner lets the pod schedule",
    pod: makePod().name("db").pvc("data").obj(),
    cluster: { nodes: defaultNodes(), persistentVolumeClaims: [pvc("data", "standard")], storageClasses: [sc("standard", "rancher.io/local-path", "WaitForFirstConsumer")] },
    node: "node01",
  },
  {
    name: "a WaitForFirstConsumer claim of a no-provisioner class needs a matching PV",
    pod: makePod().name("db").pvc("data").obj(),
    cluster: {
      nodes: defaultNodes(),
      persistentVolumeClaims: [pvc("data", "local")],
      storageClasses: [sc("local", "kubernetes.io/no-provisioner", "WaitForFirstConsumer")],
    },
    message: `0/2 nodes are available: 1 node(s) didn't find available persistent volumes to bind, 1 node(s) had untolerated taint(s). ${noPreemption2}`,
  },
  {
    name: "a local PV pins a WaitForFirstConsumer claim's pod to the PV's node",
    pod: makePod().name("db").pvc("data").obj(),
    cluster: {
      nodes: twoWorkers(),
      persistentVolumeClaims: [pvc("data", "local")],
      persistentVolumes: [pv("local-b", "local", "node-b")],
      storageClasses: [sc("local", "kubernetes.io/no-provisioner", "WaitForFirstConsumer")],
    },
    node: "node-b",
  },
  {
    name: "a claim bound to a PV with node affinity sends the pod to that node",
    pod: makePod().name("db").pvc("data").obj(),
    cluster: { nodes: twoWorkers(), persistentVolumeClaims: [pvc("data", "local", "local-b")], persistentVolumes: [pv("local-b", "local", "node-b")] },
    node: "node-b",
  },
  {
    name: "a claim bound to a PV that does not exist makes every node unavailable",
    pod: makePod().name("db").pvc("data").obj(),
    cluster: { nodes: twoWorkers(), persistentVolumeClaims: [pvc("data", "local", "gone")] },
    message: `0/2 nodes are available: 2 node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s). ${noPreemption2}`,
  },
];

describe("scheduling one pod with the default profile (pkg/scheduler/schedule_one.go)", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const result = schedulePodOnCluster(c.pod, c.cluster, { pluginArgs: c.pluginArgs });
    if (c.node) {
      expect(result.kind === "Scheduled" ? result.nodeName : result.message).toBe(c.node);
    } else {
      expect(result.kind).toBe("Unschedulable");
      expect(result.kind === "Scheduled" ? "" : result.message).toBe(c.message);
      expect(result.kind === "Unschedulable" ? result.nominatedNodeName : undefined).toBe(c.nominated);
    }
  });

  it("has no nodes to offer: ErrNoNodesAvailable, a SchedulerError rather than a FitError", () => {
    expect(schedulePodOnCluster(makePod().obj(), { nodes: [] })).toEqual({ kind: "Error", message: "no nodes available to schedule pods" });
  });
});
