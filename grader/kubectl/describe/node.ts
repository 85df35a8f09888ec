// describeNode of k8s.io/kubectl/pkg/describe/describe.go v0.34.5, with its Lease section and
// the pod resource summary (describeNodeResource).
import type { KubeObject } from "../../apiserver/types";
import { findNodeRoles } from "../../apiserver/printers/node";
import { translateTimestampSince } from "../../apiserver/printers/timestamps";
import { podLimits, podRequests, toResourceList, type PodSpecLike, type ResourceList } from "../../apiserver/admission/resource-list";
import { parseQuantity, type Quantity } from "../../apiserver/quantity";
import type { Cluster } from "../../cluster/cluster";
import { DescribeWriter } from "./describe-writer";
import { formatRFC1123Z, writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";

interface NodeView {
  metadata: KubeObject["metadata"];
  spec?: { taints?: { key: string; value?: string; effect?: string }[]; unschedulable?: boolean; podCIDR?: string; podCIDRs?: string[]; providerID?: string };
  status?: {
    conditions?: { type: string; status: string; lastHeartbeatTime?: string; lastTransitionTime?: string; reason?: string; message?: string }[];
    addresses?: { type: string; address: string }[];
    capacity?: Record<string, string>;
    allocatable?: Record<string, string>;
    nodeInfo?: Record<string, string | undefined>;
  };
}

interface LeaseView {
  spec?: { holderIdentity?: string; acquireTime?: string; renewTime?: string };
}

interface PodView {
  metadata: KubeObject["metadata"];
  spec?: PodSpecLike;
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const zero = parseQuantity("0");

/** Taint.ToString: `key=value:Effect`, dropping the empty parts. */
function taintString(t: { key: string; value?: string; effect?: string }): string {
  if (!t.effect) return t.value ? `${t.key}=${t.value}:` : t.key;
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`;
}

/** printTaintsMultilineWithIndent: sorted by `effect,key`. */
function writeTaints(w: DescribeWriter, taints: NonNullable<NodeView["spec"]>["taints"]): void {
  w.write(0, "Taints:\t");
  const sorted = [...(taints ?? [])].sort((a, b) => byCodePoint(`${a.effect ?? ""},${a.key}`, `${b.effect ?? ""},${b.key}`));
  if (sorted.length === 0) {
    w.write(0, "<none>\n");
    return;
  }
  sorted.forEach((t, i) => w.write(0, `${i !== 0 ? "\t" : ""}${taintString(t)}\n`));
}

/** describeNodeLease: `<unset>` for what the Lease lacks. */
function writeLease(w: DescribeWriter, lease: LeaseView | undefined): void {
  w.write(0, "Lease:\n");
  w.write(1, `HolderIdentity:\t${lease?.spec?.holderIdentity ?? "<unset>"}\n`);
  w.write(1, `AcquireTime:\t${lease?.spec?.acquireTime ? formatRFC1123Z(lease.spec.acquireTime) : "<unset>"}\n`);
  w.write(1, `RenewTime:\t${lease?.spec?.renewTime ? formatRFC1123Z(lease.spec.renewTime) : "<unset>"}\n`);
}

const get = (list: ResourceList, name: string): Quantity => list.get(name) ?? zero;

/** int64(float64(part) / float64(whole) * 100), as Go truncates the percentage. */
const percent = (part: bigint, whole: bigint): number => Math.trunc((Number(part) / Number(whole)) * 100);
const percentOrZero = (part: bigint, whole: bigint): number => (whole === 0n ? 0 : percent(part, whole));

const standardResources = new Set(["cpu", "memory", "ephemeral-storage"]);
const hugePagesPrefix = "hugepages-";

/** describeNodeResource: the non-terminated pods with their share of the allocatable CPU and memory, then the totals. */
function writeNodeResources(w: DescribeWriter, node: NodeView, pods: PodView[], now: number): void {
  w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
  w.write(1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n");
  w.write(1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
  const allocatable = toResourceList(Object.keys(node.status?.allocatable ?? {}).length > 0 ? node.status?.allocatable : node.status?.capacity);
  const cpu = get(allocatable, "cpu").milliValue();
  const memory = get(allocatable, "memory").value();
  const totalReqs: ResourceList = new Map();
  const totalLimits: ResourceList = new Map();
  for (const pod of pods) {
    const reqs = podRequests(pod.spec ?? {});
    const limits = podLimits(pod.spec ?? {});
    for (const [name, q] of reqs) totalReqs.set(name, totalReqs.has(name) ? totalReqs.get(name)!.add(q) : q);
    for (const [name, q] of limits) totalLimits.set(name, totalLimits.has(name) ? totalLimits.get(name)!.add(q) : q);
    const share = (q: Quantity, whole: bigint, milli: boolean) => `${q.toString()} (${percent(milli ? q.milliValue() : q.value(), whole)}%)`;
    w.write(1, `${pod.metadata.namespace ?? ""}\t${pod.metadata.name ?? ""}\t\t${share(get(reqs, "cpu"), cpu, true)}\t${share(get(limits, "cpu"), cpu, true)}\t${share(get(reqs, "memory"), memory, false)}\t${share(get(limits, "memory"), memory, false)}\t${translateTimestampSince(pod.metadata.creationTimestamp, now)}\n`);
  }
  w.write(0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
  w.write(1, "Resource\tRequests\tLimits\n");
  w.write(1, "--------\t--------\t------\n");
  const total = (name: string, whole: bigint, milli: boolean): void => {
    const req = get(totalReqs, name);
    const limit = get(totalLimits, name);
    const v = (q: Quantity) => (milli ? q.milliValue() : q.value());
    w.write(1, `${name}\t${req.toString()} (${percentOrZero(v(req), whole)}%)\t${limit.toString()} (${percentOrZero(v(limit), whole)}%)\n`);
  };
  total("cpu", cpu, true);
  total("memory", memory, false);
  total("ephemeral-storage", get(allocatable, "ephemeral-storage").value(), false);
  const names = [...allocatable.keys()].sort(byCodePoint);
  for (const name of names.filter((n) => n.startsWith(hugePagesPrefix))) total(name, get(allocatable, name).value(), false);
  for (const name of names.filter((n) => !n.startsWith(hugePagesPrefix) && !standardResources.has(n) && n !== "pods")) {
    w.write(1, `${name}\t${get(totalReqs, name).toString()}\t${get(totalLimits, name).toString()}\n`);
  }
}

/** `kubectl describe node`: the text describeNode prints, Events included when given. */
export function describeNode(obj: KubeObject, pods: KubeObject[], lease: KubeObject | undefined, events: KubeObject[] | undefined, now: number): string {
  const node = obj as unknown as NodeView;
  const spec = node.spec ?? {};
  const status = node.status ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${node.metadata.name ?? ""}\n`);
  const roles = findNodeRoles(node.metadata.labels);
  w.write(0, `Roles:\t${roles.length > 0 ? roles.join(",") : "<none>"}\n`);
  writeLabelsMultiline(w, "Labels", node.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", node.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${formatRFC1123Z(node.metadata.creationTimestamp)}\n`);
  writeTaints(w, spec.taints);
  w.write(0, `Unschedulable:\t${spec.unschedulable === true}\n`);
  if (lease) writeLease(w, lease as unknown as LeaseView);
  else w.write(0, `Lease:\tFailed to get lease: leases.coordination.k8s.io "${node.metadata.name ?? ""}" not found\n`);
  if ((status.conditions ?? []).length > 0) {
    w.write(0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
    w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n");
    for (const c of status.conditions!) {
      w.write(1, `${c.type} \t${c.status} \t${formatRFC1123Z(c.lastHeartbeatTime)} \t${formatRFC1123Z(c.lastTransitionTime)} \t${c.reason ?? ""} \t${c.message ?? ""}\n`);
    }
  }
  w.write(0, "Addresses:\n");
  for (const a of status.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [["Capacity", status.capacity], ["Allocatable", status.allocatable]] as const) {
    const names = Object.keys(list ?? {}).sort(byCodePoint);
    if (names.length === 0) continue;
    w.write(0, `${title}:\n`);
    for (const name of names) w.write(0, `  ${name}:\t${parseQuantity(list![name]).toString()}\n`);
  }
  const info = status.nodeInfo ?? {};
  w.write(0, "System Info:\n");
  const infoLines: [string, string][] = [
    ["Machine ID", "machineID"],
    ["System UUID", "systemUUID"],
    ["Boot ID", "bootID"],
    ["Kernel Version", "kernelVersion"],
    ["OS Image", "osImage"],
    ["Operating System", "operatingSystem"],
    ["Architecture", "architecture"],
    ["Container Runtime Version", "containerRuntimeVersion"],
    ["Kubelet Version", "kubeletVersion"],
    ["Kube-Proxy Version", "kubeProxyVersion"],
  ];
  for (const [title, field] of infoLines) w.write(0, `  ${title}:\t${info[field] ?? ""}\n`);
  if (spec.podCIDR) w.write(0, `PodCIDR:\t${spec.podCIDR}\n`);
  if ((spec.podCIDRs ?? []).length > 0) w.write(0, `PodCIDRs:\t${spec.podCIDRs!.join(",")}\n`);
  if (spec.providerID) w.write(0, `ProviderID:\t${spec.providerID}\n`);
  writeNodeResources(w, node, pods as unknown as PodView[], now);
  if (events) writeEvents(w, events, now);
  return w.toString();
}

const podsResource = { group: "", version: "v1", resource: "pods" };
const leasesResource = { group: "coordination.k8s.io", version: "v1", resource: "leases" };

/** The node's pods that are neither Succeeded nor Failed, in every namespace. */
function nonTerminatedPods(cluster: Cluster, nodeName: string): KubeObject[] {
  return cluster.api.list(podsResource, { fieldSelector: `spec.nodeName=${nodeName},status.phase!=Succeeded,status.phase!=Failed` }).items;
}

function nodeLease(cluster: Cluster, nodeName: string): KubeObject | undefined {
  try {
    return cluster.api.get(leasesResource, "kube-node-lease", nodeName);
  } catch {
    return undefined;
  }
}

// Controllers report node events with the node's uid, the kubelet with its name as the uid.
export const nodeDescriber = (cluster: Cluster, obj: KubeObject, settings: { showEvents: boolean }): string => {
  const name = obj.metadata.name ?? "";
  const events = settings.showEvents ? [...searchEvents(cluster, obj), ...searchEvents(cluster, { ...obj, metadata: { ...obj.metadata, uid: name } })] : undefined;
  return describeNode(obj, nonTerminatedPods(cluster, name), nodeLease(cluster, name), events, cluster.clock.now());
};
