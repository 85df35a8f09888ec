// A simulated cluster: the API server with its clock, PRNG and controllers.
// createCluster builds the default objects once per (seed, topology) through
// the real pipeline, freezes the resulting store as a template, and gives each
// new cluster a copy of that store (sharing the immutable objects), the clock
// and the PRNG state the build ended with. So a fresh cluster costs a map copy,
// and is exactly what building it from scratch would give.
import { ApiServer } from "../apiserver/server/api-server";
import { ObjectStore, type StoreSnapshot } from "../apiserver/storage/object-store";
import { deepCopyJson, deepFreeze } from "../apiserver/storage/deep-copy";
import type { KubeObject } from "../apiserver/types";
import { VirtualClock, defaultEpochMs } from "../clock/virtual-clock";
import { SeededRandom, type RandomState } from "../random/seeded-random";
import { startServiceAccountController } from "../controllers/serviceaccount/controller";
import { startRootCAPublisher } from "../controllers/serviceaccount/root-ca-publisher";
import { startResourceQuotaController } from "../controllers/resourcequota";
import type { Component } from "../controllers/framework/component";
import { bootstrapCluster } from "./bootstrap";
import { settleComponents, settleComponentsAsync, type SettleOptions, type SettleResult } from "./settle";
import { shellActivityOf } from "../runtime/shell-activity";
import { defaultComponents } from "./components";
import { Kubelet } from "../kubelet/kubelet";
import { topologyNodes, type Topology } from "./topology";

export interface ClusterOptions {
  topology?: Topology;
  /** Decides uids, generated names and everything else random; default 1. */
  seed?: number | string;
}

export interface ClusterSnapshot {
  format: "kubedojo.cluster/v1";
  seed: number | string;
  clockMs: number;
  random: RandomState;
  store: StoreSnapshot;
}

/** The default objects are created this long before the exam starts, so `kubectl get` shows them with an age. */
export const installedBeforeStartMs = 60 * 60 * 1000;

export class Cluster {
  readonly api: ApiServer;
  readonly seed: number | string;
  private readonly stops: (() => void)[] = [];
  private readonly components: Component[] = [];

  constructor(api: ApiServer, seed: number | string, components: Component[] = defaultComponents()) {
    this.api = api;
    this.seed = seed;
    this.stops.push(startServiceAccountController(api));
    this.stops.push(startRootCAPublisher(api));
    this.stops.push(startResourceQuotaController(api));
    for (const c of components) this.addComponent(c);
  }

  /** Starts a component (controller, scheduler, kubelet) that settle() will drive. */
  addComponent(component: Component): void {
    this.components.push(component);
    this.stops.push(component.start({ api: this.api, clock: this.api.clock, random: this.api.random }));
  }

  /**
   * Lets the cluster live for a span of virtual time (default 5 minutes):
   * controllers, the scheduler and the kubelets act, timers fire in order.
   */
  settle(opts?: SettleOptions): SettleResult {
    return settleComponents(this.api.clock, this.components, opts);
  }

  /** settle(), waiting between timers for containers whose scripts run in just-bash (asynchronous). */
  settleAsync(opts?: SettleOptions): Promise<SettleResult> {
    const activity = shellActivityOf(this.api.clock);
    return settleComponentsAsync(this.api.clock, this.components, () => activity.whenIdle(), opts);
  }

  /** The kubelet of the nodes (logs, exec, pods by IP), when the cluster runs one. */
  get kubelet(): Kubelet | undefined {
    return this.components.find((c): c is Kubelet => c instanceof Kubelet);
  }

  get clock(): VirtualClock {
    return this.api.clock;
  }

  get random(): SeededRandom {
    return this.api.random;
  }

  /**
   * Garbage collection is done at once on every delete (cascading,
   * orphaning, namespace content); this pass removes what was created with
   * owners that no longer exist, as the garbage collector would shortly after.
   */
  settleGarbage(): number {
    return this.api.collectGarbage();
  }

  /** Everything needed to continue this cluster elsewhere, as plain JSON. */
  snapshot(): ClusterSnapshot {
    return {
      format: "kubedojo.cluster/v1",
      seed: this.seed,
      clockMs: this.api.clock.now(),
      random: this.api.random.state(),
      store: deepCopyJson(this.api.store.snapshot()),
    };
  }

  /** Stops the controllers (watches); the API keeps working. */
  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
  }
}

interface Template {
  store: ObjectStore;
  clockMs: number;
  random: RandomState;
}

const templates = new Map<string, Template>();
const maxTemplates = 16;

/** Builds a cluster's default objects through the API, without the template cache (what the cache must equal). */
export function buildClusterFromScratch(opts: ClusterOptions = {}): Cluster {
  const seed = opts.seed ?? 1;
  const api = new ApiServer({
    clock: new VirtualClock(defaultEpochMs - installedBeforeStartMs),
    random: new SeededRandom(seed),
  });
  const cluster = new Cluster(api, seed, []);
  bootstrapCluster(api, topologyNodes(opts.topology));
  api.clock.advance(installedBeforeStartMs);
  return cluster;
}

function buildTemplate(seed: number | string, topology: Topology | undefined): Template {
  const cluster = buildClusterFromScratch({ seed, topology });
  cluster.stop();
  const api = cluster.api;
  const store = api.store.clone();
  for (const key of store.storageKeys()) for (const obj of store.list(key)) deepFreeze(obj);
  return { store, clockMs: api.clock.now(), random: api.random.state() };
}

function templateFor(seed: number | string, topology: Topology | undefined): Template {
  const key = JSON.stringify([typeof seed, seed, topology ?? null]);
  let t = templates.get(key);
  if (t) {
    templates.delete(key); // most recently used last
  } else {
    t = buildTemplate(seed, topology);
    if (templates.size >= maxTemplates) templates.delete(templates.keys().next().value!);
  }
  templates.set(key, t);
  return t;
}

/** A fresh cluster with the default (or given) topology, its clock at 2026-01-01T00:00:00Z. */
export function createCluster(opts: ClusterOptions = {}): Cluster {
  const seed = opts.seed ?? 1;
  const t = templateFor(seed, opts.topology);
  const api = new ApiServer({
    clock: new VirtualClock(t.clockMs),
    random: SeededRandom.fromState(t.random),
    store: t.store.clone(),
  });
  return new Cluster(api, seed);
}

export interface RestoreOptions {
  /**
   * The cluster takes the snapshot's objects as they are instead of copying
   * them: for a snapshot the caller just parsed and will not read or write
   * again (the cluster's writes may change or freeze them).
   */
  adopt?: boolean;
}

const adoptObject = (o: KubeObject): KubeObject => o;

/** The cluster a snapshot was taken of, continuing from the same clock and PRNG state. */
export function restoreCluster(snapshot: ClusterSnapshot, opts: RestoreOptions = {}): Cluster {
  if (snapshot.format !== "kubedojo.cluster/v1") throw new Error(`unknown cluster snapshot format ${String(snapshot.format)}`);
  const api = new ApiServer({
    clock: new VirtualClock(snapshot.clockMs),
    random: SeededRandom.fromState(snapshot.random),
    store: ObjectStore.fromSnapshot(snapshot.store, opts.adopt ? adoptObject : deepCopyJson),
  });
  return new Cluster(api, snapshot.seed);
}
