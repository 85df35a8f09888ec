// A task's setup runs once per process, not once per answer, when what it
// leaves is all in a snapshot: API objects, the clock, the PRNG, the
// workstation's files and kubeconfig. That holds when no pod but the system
// pods exists or ever existed (no container, no kubelet memory such as images
// pulled or files written on a node), no Event was recorded (no recorder
// keeps a series) and no timer is pending. Otherwise the setup runs live as
// before. A cached setup is restored on every grade, the first one included,
// so a cache hit and a miss give the same result byte for byte.
import { ApiServer } from "../apiserver/server/api-server";
import { ObjectStore } from "../apiserver/storage/object-store";
import { deepFreeze } from "../apiserver/storage/deep-copy";
import { VirtualClock } from "../clock/virtual-clock";
import { SeededRandom, type RandomState } from "../random/seeded-random";
import { Cluster, createCluster } from "../cluster/cluster";
import type { Topology } from "../cluster/topology";
import type { DirNode } from "../runtime/vfs/nodes";
import type { KubeconfigState } from "./kubeconfig";
import { Workstation, type WorkstationResult } from "./workstation";

export interface AfterSetup {
  cluster: Cluster;
  workstation: Workstation;
  /** What the setup printed; undefined for an empty setup. */
  setup: WorkstationResult | undefined;
}

interface SavedSetup {
  store: ObjectStore;
  clockMs: number;
  random: RandomState;
  tree: DirNode;
  kubeconfig: KubeconfigState;
  setup: WorkstationResult;
}

const pods = { group: "", version: "v1", resource: "pods" };
const events = { group: "", version: "v1", resource: "events" };

/** Setups kept (most recently used last); "live" marks a setup that cannot be saved. */
const saved = new Map<string, SavedSetup | "live">();
const maxSaved = 64;

function remember(key: string, value: SavedSetup | "live"): void {
  saved.delete(key);
  if (saved.size >= maxSaved) saved.delete(saved.keys().next().value!);
  saved.set(key, value);
}

function uids(cluster: Cluster, resource: typeof pods): Set<string> {
  return new Set(cluster.api.list(resource).items.map((o) => o.metadata.uid!));
}

/** The cluster and workstation after a fresh cluster ran `setup`, without keeping anything. */
export async function runSetupLive(setup: string, seed: number, topology: Topology | undefined): Promise<AfterSetup> {
  const cluster = createCluster({ seed, topology });
  const workstation = new Workstation({ cluster });
  return { cluster, workstation, setup: setup.trim() ? await workstation.run(setup) : undefined };
}

function restore(s: SavedSetup, seed: number): Promise<AfterSetup> {
  const api = new ApiServer({ clock: new VirtualClock(s.clockMs), random: SeededRandom.fromState(s.random), store: s.store.clone() });
  const cluster = new Cluster(api, seed);
  const workstation = new Workstation({ cluster, tree: s.tree, kubeconfig: s.kubeconfig });
  // The new controllers' first sync over what is there, which the live cluster did during the setup.
  return cluster.settleAsync({ forMs: 0 }).then(() => ({ cluster, workstation, setup: s.setup }));
}

/** Whether the live cluster after setup is all in its objects (see the header). */
function savable(cluster: Cluster, systemPods: Set<string>, systemEvents: Set<string>, podsSeen: boolean): boolean {
  if (podsSeen || cluster.clock.pendingTimers() !== 0 || !(cluster.kubelet?.nodeFilesystems.isEmpty() ?? true)) return false;
  const only = (now: Set<string>, before: Set<string>) => now.size === before.size && [...now].every((u) => before.has(u));
  return only(uids(cluster, pods), systemPods) && only(uids(cluster, events), systemEvents);
}

/** The cluster and workstation after `setup`, from the saved state when there is one. */
export async function afterSetup(setup: string, seed: number, topology: Topology | undefined): Promise<AfterSetup> {
  if (!setup.trim()) return runSetupLive(setup, seed, topology);
  const key = JSON.stringify([seed, topology ?? null, setup]);
  const known = saved.get(key);
  if (known === "live") return runSetupLive(setup, seed, topology);
  if (known) {
    remember(key, known);
    return restore(known, seed);
  }
  const cluster = createCluster({ seed, topology });
  const systemPods = uids(cluster, pods);
  const systemEvents = uids(cluster, events);
  let podsSeen = false;
  const stopWatch = cluster.api.watch(pods, {}, (e) => {
    if (e.type === "ADDED") podsSeen = true;
  });
  const workstation = new Workstation({ cluster });
  const result = await workstation.run(setup);
  stopWatch();
  if (!savable(cluster, systemPods, systemEvents, podsSeen)) {
    remember(key, "live");
    return { cluster, workstation, setup: result };
  }
  const store = cluster.api.store.clone();
  for (const key of store.storageKeys()) for (const obj of store.list(key)) deepFreeze(obj);
  const s: SavedSetup = {
    store,
    clockMs: cluster.clock.now(),
    random: cluster.random.state(),
    tree: workstation.tree(),
    kubeconfig: { ...workstation.kubeconfig },
    setup: result,
  };
  cluster.stop();
  remember(key, s);
  return restore(s, seed);
}

/** Forgets every saved setup (tests comparing with live setups). */
export function forgetSetups(): void {
  saved.clear();
}

/** How many setups are saved as snapshots (not those marked live). */
export function savedSetupCount(): number {
  return [...saved.values()].filter((s) => s !== "live").length;
}
