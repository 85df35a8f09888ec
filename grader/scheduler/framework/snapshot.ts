// The cluster as one scheduling cycle sees it (the scheduler cache's snapshot):
// nodes in a stable order with the pods bound to each, plus the storage objects
// VolumeBinding reads and the namespaces InterPodAffinity's namespaceSelector reads.
import type { KubeObject } from "../../apiserver/types";
import type { Node, PersistentVolume, PersistentVolumeClaim, Pod, StorageClass } from "./api-types";
import type { BoundPods } from "./bound-pods";
import { NodeInfo, podEntryOf, type PodEntry } from "./node-info";

export interface ClusterSnapshotInput {
  nodes: KubeObject[];
  /** Every pod; those without spec.nodeName or in a terminal phase are left out. */
  pods?: KubeObject[];
  /** Instead of `pods`: the bound pods as the watch keeps them (the same accounting). */
  boundPods?: BoundPods;
  persistentVolumeClaims?: KubeObject[];
  persistentVolumes?: KubeObject[];
  storageClasses?: KubeObject[];
  namespaces?: KubeObject[];
}

function isTerminal(pod: Pod): boolean {
  const phase = pod.status?.phase;
  return phase === "Succeeded" || phase === "Failed";
}

export class ClusterSnapshot {
  readonly nodeInfos: NodeInfo[];
  private readonly byName = new Map<string, NodeInfo>();
  private readonly entriesByUid = new Map<string, { nodeInfo: NodeInfo; entry: PodEntry }>();
  /** The pods a snapshot from BoundPods starts with, indexed only if a pod is removed (rare: no cycle removes one today). */
  private startEntries?: { nodeInfo: NodeInfo; pods: readonly PodEntry[] }[];
  private startIndex?: Map<string, { nodeInfo: NodeInfo; entry: PodEntry }>;
  readonly pvcs = new Map<string, PersistentVolumeClaim>(); // "namespace/name"
  readonly pvs = new Map<string, PersistentVolume>();
  readonly storageClasses = new Map<string, StorageClass>();
  readonly namespaceLabels = new Map<string, Record<string, string>>();
  /** Bumped on every pod change, so per-snapshot caches (existing anti-affinity) know when to recompute. */
  generation = 0;

  constructor(input: ClusterSnapshotInput) {
    // Upstream lists nodes zone by zone in informer order; we use name order so cycles are reproducible.
    const nodes = [...(input.nodes as Node[])].sort((a, b) => cmp(a.metadata.name ?? "", b.metadata.name ?? ""));
    // From BoundPods alone, each node starts from its kept totals: the state adding its pods one by one reaches.
    const bound = input.pods ? undefined : input.boundPods;
    if (bound) {
      this.startEntries = [];
      this.nodeInfos = nodes.map((n) => {
        const totals = bound.totalsOn(n.metadata.name ?? "");
        const ni = new NodeInfo(n, totals);
        if (totals) {
          this.startEntries!.push({ nodeInfo: ni, pods: totals.pods });
          this.generation += totals.pods.length;
        }
        return ni;
      });
    } else this.nodeInfos = nodes.map((n) => new NodeInfo(n));
    for (const ni of this.nodeInfos) this.byName.set(ni.name, ni);
    for (const p of (input.pods ?? []) as Pod[]) this.addPod(p);
    if (input.boundPods && !bound) for (const ni of this.nodeInfos) for (const b of input.boundPods.onNode(ni.name)) this.addEntry(ni, b.entry);
    for (const c of (input.persistentVolumeClaims ?? []) as PersistentVolumeClaim[])
      this.pvcs.set(`${c.metadata.namespace ?? "default"}/${c.metadata.name ?? ""}`, c);
    for (const v of (input.persistentVolumes ?? []) as PersistentVolume[]) this.pvs.set(v.metadata.name ?? "", v);
    for (const s of (input.storageClasses ?? []) as StorageClass[]) this.storageClasses.set(s.metadata.name ?? "", s);
    for (const ns of input.namespaces ?? []) this.namespaceLabels.set(ns.metadata.name ?? "", ns.metadata.labels ?? {});
  }

  get(nodeName: string): NodeInfo | undefined {
    return this.byName.get(nodeName);
  }

  get numNodes(): number {
    return this.nodeInfos.length;
  }

  /** Accounts a bound pod on its node (the cache's AddPod / AssumePod). Unbound or terminal pods are ignored. */
  addPod(pod: Pod, nodeName = pod.spec?.nodeName): void {
    if (!nodeName || isTerminal(pod)) return;
    const ni = this.byName.get(nodeName);
    if (!ni) return;
    this.addEntry(ni, podEntryOf(pod));
  }

  private addEntry(ni: NodeInfo, entry: PodEntry): void {
    ni.addPod(entry);
    this.entriesByUid.set(podKey(entry.pod), { nodeInfo: ni, entry });
    this.generation++;
  }

  removePod(pod: Pod): void {
    const key = podKey(pod);
    const start = this.startIndexOf();
    const found = this.entriesByUid.get(key) ?? start?.get(key);
    if (!found) return;
    found.nodeInfo.removePod(found.entry);
    this.entriesByUid.delete(key);
    start?.delete(key);
    this.generation++;
  }

  /** The start pods by key, as addEntry would have indexed them (later ones win), built once. */
  private startIndexOf(): Map<string, { nodeInfo: NodeInfo; entry: PodEntry }> | undefined {
    if (!this.startEntries) return undefined;
    if (!this.startIndex) {
      this.startIndex = new Map();
      for (const { nodeInfo, pods } of this.startEntries) for (const entry of pods) this.startIndex.set(podKey(entry.pod), { nodeInfo, entry });
    }
    return this.startIndex;
  }

  namespaceLabelsOf(namespace: string): Record<string, string> {
    return this.namespaceLabels.get(namespace) ?? {};
  }
}

export function podKey(pod: Pod): string {
  return pod.metadata.uid || `${pod.metadata.namespace ?? "default"}/${pod.metadata.name ?? ""}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
