// What the scheduler knows about one node: the node, the pods bound to it and
// their summed requests (framework.NodeInfo).
import type { Node, Pod } from "./api-types";
import {
  podNonZeroRequests,
  podRequests,
  resourcePods,
  resourcesFromList,
  type Resources,
} from "./resources";

export interface PodEntry {
  pod: Pod;
  requests: Resources;
  nonZeroCPU: number;
  nonZeroMemory: number;
  /** hostPortKeys(pod), computed with the entry. */
  hostPorts: string[];
}

/** "hostIP/protocol/hostPort" keys of the host ports in use on a node. */
export function hostPortKeys(pod: Pod): string[] {
  const keys: string[] = [];
  for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
    for (const p of c.ports ?? []) {
      if (!p.hostPort || p.hostPort <= 0) continue;
      keys.push(`${p.hostIP || "0.0.0.0"}/${p.protocol || "TCP"}/${p.hostPort}`);
    }
  }
  return keys;
}

export function newPodEntry(pod: Pod): PodEntry {
  const nz = podNonZeroRequests(pod);
  return { pod, requests: podRequests(pod), nonZeroCPU: nz.milliCPU, nonZeroMemory: nz.memory, hostPorts: hostPortKeys(pod) };
}

// Entries of frozen pods (the API's read-only copies, shared until the pod
// changes): every cycle's snapshot lists every bound pod again, and an
// entry never changes once made.
const frozenEntries = new WeakMap<Pod, PodEntry>();
// What an entry derives from the spec alone, by frozen spec: a status write keeps
// the stored spec object, so a pod's every later version shares it.
const frozenSpecParts = new WeakMap<object, Omit<PodEntry, "pod">>();

/** newPodEntry, computed once per frozen pod object (and its sums once per frozen spec). */
export function podEntryOf(pod: Pod): PodEntry {
  if (!Object.isFrozen(pod)) return newPodEntry(pod);
  let entry = frozenEntries.get(pod);
  if (!entry) frozenEntries.set(pod, (entry = entryFromFrozenSpec(pod)));
  return entry;
}

function entryFromFrozenSpec(pod: Pod): PodEntry {
  const spec = pod.spec;
  if (!spec || !Object.isFrozen(spec)) return newPodEntry(pod);
  const parts = frozenSpecParts.get(spec);
  if (parts) return { pod, requests: parts.requests, nonZeroCPU: parts.nonZeroCPU, nonZeroMemory: parts.nonZeroMemory, hostPorts: parts.hostPorts };
  const entry = newPodEntry(pod);
  frozenSpecParts.set(spec, { requests: entry.requests, nonZeroCPU: entry.nonZeroCPU, nonZeroMemory: entry.nonZeroMemory, hostPorts: entry.hostPorts });
  return entry;
}

/** What a NodeInfo sums over its pods, apart from the node (BoundPods keeps one per node between cycles). */
export interface PodTotals {
  readonly pods: readonly PodEntry[];
  readonly podsWithAffinity: readonly PodEntry[];
  readonly requested: ReadonlyMap<string, number>;
  readonly nonZeroRequestedCPU: number;
  readonly nonZeroRequestedMemory: number;
  readonly usedPorts: ReadonlyMap<string, number>;
}

// A frozen node's allocatable, parsed once: every cycle's snapshot reads every
// node again, and a stored node changes only by being replaced. Shared, never changed.
const frozenAllocatable = new WeakMap<object, Resources>();

function allocatableResources(node: Node): Resources {
  const list = node.status?.allocatable;
  if (!list || !Object.isFrozen(list)) return resourcesFromList(list);
  let resources = frozenAllocatable.get(list);
  if (!resources) frozenAllocatable.set(list, (resources = resourcesFromList(list)));
  return resources;
}

const noNode: Node = Object.freeze({ metadata: Object.freeze({}) }) as Node;

/** The totals a NodeInfo reaches by adding `entries` in order (the same additions, so the same sums). */
export function podTotalsOf(entries: readonly PodEntry[]): PodTotals {
  const sums = new NodeInfo(noNode);
  for (const e of entries) sums.addPod(e);
  return sums;
}

export class NodeInfo {
  readonly node: Node;
  readonly name: string;
  nonZeroRequestedCPU: number;
  nonZeroRequestedMemory: number;
  readonly allocatable: Resources;
  readonly allowedPodNumber: number;
  // Shared with the totals the node started from until its first change: most
  // nodes of a cycle's snapshot are only read, so they copy nothing.
  private podList: PodEntry[];
  private affinityPodList: PodEntry[];
  private requestedSums: Map<string, number>;
  private portCounts: Map<string, number>;
  private shared: boolean;

  /** With `totals`, starts as if its pods had been added one by one (its own copies are made at the first change). */
  constructor(node: Node, totals?: PodTotals) {
    this.node = node;
    this.name = node.metadata.name ?? "";
    this.allocatable = allocatableResources(node);
    this.allowedPodNumber = this.allocatable.get(resourcePods) ?? 0;
    this.shared = !!totals;
    this.podList = totals ? (totals.pods as PodEntry[]) : [];
    this.affinityPodList = totals ? (totals.podsWithAffinity as PodEntry[]) : [];
    this.requestedSums = totals ? (totals.requested as Map<string, number>) : new Map();
    this.nonZeroRequestedCPU = totals ? totals.nonZeroRequestedCPU : 0;
    this.nonZeroRequestedMemory = totals ? totals.nonZeroRequestedMemory : 0;
    this.portCounts = totals ? (totals.usedPorts as Map<string, number>) : new Map();
  }

  /** The pods on the node, in the order they were added; not to be changed (addPod/removePod do). */
  get pods(): readonly PodEntry[] {
    return this.podList;
  }

  /** Pods with any pod (anti-)affinity, as NodeInfo.PodsWithAffinity: most cycles need only these. */
  get podsWithAffinity(): readonly PodEntry[] {
    return this.affinityPodList;
  }

  /** Summed requests of the pods; not to be changed. */
  get requested(): ReadonlyMap<string, number> {
    return this.requestedSums;
  }

  /** Host port keys in use, with how many pods use each; not to be changed. */
  get usedPorts(): ReadonlyMap<string, number> {
    return this.portCounts;
  }

  get labels(): Record<string, string> {
    return this.node.metadata.labels ?? {};
  }

  // Copies what is still shared with the starting totals, before a change.
  private own(): void {
    if (!this.shared) return;
    this.shared = false;
    this.podList = this.podList.slice();
    this.affinityPodList = this.affinityPodList.slice();
    this.requestedSums = new Map(this.requestedSums);
    this.portCounts = new Map(this.portCounts);
  }

  addPod(entry: PodEntry): void {
    this.own();
    this.podList.push(entry);
    const a = entry.pod.spec?.affinity;
    if (a?.podAffinity || a?.podAntiAffinity) this.affinityPodList.push(entry);
    for (const [k, v] of entry.requests) this.requestedSums.set(k, (this.requestedSums.get(k) ?? 0) + v);
    this.nonZeroRequestedCPU += entry.nonZeroCPU;
    this.nonZeroRequestedMemory += entry.nonZeroMemory;
    for (const key of entry.hostPorts) this.portCounts.set(key, (this.portCounts.get(key) ?? 0) + 1);
  }

  removePod(entry: PodEntry): void {
    const i = this.podList.indexOf(entry);
    if (i < 0) return;
    this.own();
    this.podList.splice(i, 1);
    const j = this.affinityPodList.indexOf(entry);
    if (j >= 0) this.affinityPodList.splice(j, 1);
    for (const [k, v] of entry.requests) this.requestedSums.set(k, (this.requestedSums.get(k) ?? 0) - v);
    this.nonZeroRequestedCPU -= entry.nonZeroCPU;
    this.nonZeroRequestedMemory -= entry.nonZeroMemory;
    for (const key of entry.hostPorts) {
      const n = (this.portCounts.get(key) ?? 0) - 1;
      if (n > 0) this.portCounts.set(key, n);
      else this.portCounts.delete(key);
    }
  }

  /** A copy whose pods can be removed without touching this one (preemption's dry run). */
  clone(): NodeInfo {
    const copy = new NodeInfo(this.node);
    for (const e of this.pods) copy.addPod(e);
    return copy;
  }

  requestedOf(resource: string): number {
    return this.requestedSums.get(resource) ?? 0;
  }

  allocatableOf(resource: string): number {
    return this.allocatable.get(resource) ?? 0;
  }
}
