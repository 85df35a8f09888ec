// A stand-in for the scheduler and the kubelet in controller scenario tests,
// until the real ones land: every new pod it is given a script for is bound
// to a schedulable node, started, and (if the script says so) finished,
// writing the status shapes a v1.34 kubelet writes, through the API only.
// Replace with the real scheduler + kubelet components when they exist.
import type { ClusterApi } from "../apiserver/api-interface";
import type { KubeObject } from "../apiserver/types";
import { formatRFC3339 } from "../clock/rfc3339";
import type { Component, ComponentContext } from "../controllers/framework/component";

type Json = Record<string, unknown>;

const pods = { group: "", version: "v1", resource: "pods" };
const nodes = { group: "", version: "v1", resource: "nodes" };

/** What happens to a pod: it starts after `startAfterMs`, then runs for `runForMs` (forever if undefined) and exits. */
export interface PodScript {
  /** Which pods follow this script; the first matching script wins. */
  match: (pod: KubeObject) => boolean;
  /** From creation to Running; default 2 s (image present, container started). */
  startAfterMs?: number;
  /** How long the container runs before it exits; undefined = runs forever. */
  runForMs?: number;
  /** The exit code when it exits; 0 = Completed. */
  exitCode?: number;
  /** Whether the running pod turns Ready; default true (no readiness probe). */
  ready?: boolean;
}

/** Back-off of a restarting container: 10 s doubling up to 5 minutes (kubelet's MaxContainerBackOff). */
export function containerBackOffMs(restarts: number): number {
  return Math.min(10_000 * 2 ** Math.max(0, restarts - 1), 300_000);
}

export class ScriptedKubelet implements Component {
  readonly name = "scripted-kubelet";
  private ctx!: ComponentContext;
  private readonly work: (() => void)[] = [];
  private readonly seen = new Set<string>();
  private readonly ipsUsed = new Map<string, number>();

  constructor(private readonly scripts: PodScript[]) {}

  start(ctx: ComponentContext): () => void {
    this.ctx = ctx;
    const onPod = (pod: KubeObject) => {
      const uid = pod.metadata.uid ?? "";
      if (this.seen.has(uid) || pod.metadata.deletionTimestamp) return;
      const script = this.scripts.find((s) => s.match(pod));
      if (!script) return;
      this.seen.add(uid);
      this.work.push(() => this.admit(pod, script));
    };
    const stop = ctx.api.watch(pods, {}, (e) => {
      if (e.type === "ADDED") onPod(e.object);
    });
    for (const pod of ctx.api.list(pods).items) onPod(pod);
    return stop;
  }

  hasWork(): boolean {
    return this.work.length > 0;
  }

  processNext(): void {
    this.work.shift()?.();
  }

  private now(): string {
    return formatRFC3339(this.ctx.clock.now());
  }

  private admit(pod: KubeObject, script: PodScript): void {
    const node = this.pickNode();
    if (!node) return;
    const ns = pod.metadata.namespace ?? "default";
    const name = pod.metadata.name ?? "";
    try {
      this.ctx.api.create({ apiVersion: "v1", kind: "Binding", metadata: { name, namespace: ns }, target: { kind: "Node", name: node.name } });
    } catch {
      return; // deleted meanwhile
    }
    const ip = this.nextPodIP(node);
    this.writeStatus(ns, name, (p) => pendingStatus(p, node.hostIP, ip, this.now()));
    this.ctx.clock.after(script.startAfterMs ?? 2000, () => this.startContainers(ns, name, script, 0), `kubelet start ${name}`);
  }

  private startContainers(ns: string, name: string, script: PodScript, restarts: number): void {
    const ok = this.writeStatus(ns, name, (p) => runningStatus(p, this.now(), script.ready ?? true, restarts));
    if (!ok || script.runForMs === undefined) return;
    this.ctx.clock.after(script.runForMs, () => this.exitContainers(ns, name, script, restarts), `kubelet exit ${name}`);
  }

  private exitContainers(ns: string, name: string, script: PodScript, restarts: number): void {
    const exitCode = script.exitCode ?? 0;
    let restartPolicy = "Always";
    const ok = this.writeStatus(ns, name, (p) => {
      restartPolicy = ((p.spec as Json).restartPolicy as string) ?? "Always";
      const restarts = restartPolicy === "Always" || (restartPolicy === "OnFailure" && exitCode !== 0);
      return restarts ? crashLoopStatus(p, this.now(), exitCode, restartsOf(p)) : terminatedStatus(p, this.now(), exitCode);
    });
    if (!ok) return;
    if (restartPolicy === "Always" || (restartPolicy === "OnFailure" && exitCode !== 0)) {
      const next = restarts + 1;
      this.ctx.clock.after(containerBackOffMs(next), () => this.startContainers(ns, name, script, next), `kubelet restart ${name}`);
    }
  }

  /** Re-reads the pod and writes the status `make` returns; false when the pod is gone or terminating. */
  private writeStatus(ns: string, name: string, make: (pod: KubeObject) => Json): boolean {
    let pod: KubeObject;
    try {
      pod = this.ctx.api.get(pods, ns, name);
    } catch {
      return false;
    }
    if (pod.metadata.deletionTimestamp) return false;
    this.ctx.api.update({ ...pod, status: make(pod) }, { subresource: "status" });
    return true;
  }

  private pickNode(): { name: string; hostIP: string; cidr: string } | undefined {
    for (const n of this.ctx.api.list(nodes).items) {
      const spec = (n.spec ?? {}) as { taints?: { effect: string }[]; unschedulable?: boolean; podCIDR?: string };
      if (spec.unschedulable || (spec.taints ?? []).some((t) => t.effect === "NoSchedule" || t.effect === "NoExecute")) continue;
      const addresses = ((n.status as Json | undefined)?.addresses ?? []) as { type: string; address: string }[];
      const hostIP = addresses.find((a) => a.type === "InternalIP")?.address ?? "";
      return { name: n.metadata.name ?? "", hostIP, cidr: spec.podCIDR ?? "10.244.0.0/24" };
    }
    return undefined;
  }

  // Pod IPs from the node's podCIDR, from .10 up so they never meet the system pods'.
  private nextPodIP(node: { name: string; cidr: string }): string {
    const n = (this.ipsUsed.get(node.name) ?? 9) + 1;
    this.ipsUsed.set(node.name, n);
    const base = node.cidr.replace(/\.0\/\d+$/, "");
    return `${base}.${n}`;
  }
}

function containersOf(pod: KubeObject): Json[] {
  return (((pod.spec as Json).containers ?? []) as Json[]).map((c) => c);
}

function restartsOf(pod: KubeObject): number {
  const statuses = ((pod.status as Json | undefined)?.containerStatuses ?? []) as { restartCount?: number }[];
  return statuses[0]?.restartCount ?? 0;
}

function condition(type: string, status: "True" | "False", at: string, reason?: string): Json {
  return reason
    ? { lastProbeTime: null, lastTransitionTime: at, reason, status, type }
    : { lastProbeTime: null, lastTransitionTime: at, status, type };
}

/** Keeps a condition's lastTransitionTime when its status does not change, as the kubelet does. */
function carry(pod: KubeObject, next: Json[]): Json[] {
  const old = ((pod.status as Json | undefined)?.conditions ?? []) as Json[];
  return next.map((c) => {
    const prev = old.find((o) => o.type === c.type);
    return prev && prev.status === c.status ? { ...c, lastTransitionTime: prev.lastTransitionTime } : c;
  });
}

function base(pod: KubeObject, hostIP: string, podIP: string, startTime: string): Json {
  const status = (pod.status ?? {}) as Json;
  return {
    hostIP,
    hostIPs: [{ ip: hostIP }],
    podIP,
    podIPs: [{ ip: podIP }],
    qosClass: status.qosClass ?? "BestEffort",
    startTime,
  };
}

function pendingStatus(pod: KubeObject, hostIP: string, podIP: string, now: string): Json {
  return {
    conditions: carry(pod, [
      condition("PodReadyToStartContainers", "False", now),
      condition("Initialized", "True", now),
      condition("Ready", "False", now, "ContainersNotReady"),
      condition("ContainersReady", "False", now, "ContainersNotReady"),
      condition("PodScheduled", "True", now),
    ]),
    containerStatuses: containersOf(pod).map((c) => ({
      image: c.image,
      imageID: "",
      lastState: {},
      name: c.name,
      ready: false,
      restartCount: 0,
      started: false,
      state: { waiting: { reason: "ContainerCreating" } },
    })),
    ...base(pod, hostIP, podIP, now),
    phase: "Pending",
  };
}

function carried(pod: KubeObject): { hostIP: string; podIP: string; startTime: string } {
  const s = (pod.status ?? {}) as Json;
  return { hostIP: s.hostIP as string, podIP: s.podIP as string, startTime: s.startTime as string };
}

function runningStatus(pod: KubeObject, now: string, ready: boolean, restarts: number): Json {
  const { hostIP, podIP, startTime } = carried(pod);
  const readyStatus = ready ? "True" : "False";
  const previous = ((pod.status as Json).containerStatuses ?? []) as Json[];
  return {
    conditions: carry(pod, [
      condition("PodReadyToStartContainers", "True", now),
      condition("Initialized", "True", now),
      ready ? condition("Ready", "True", now) : condition("Ready", "False", now, "ContainersNotReady"),
      ready ? condition("ContainersReady", "True", now) : condition("ContainersReady", "False", now, "ContainersNotReady"),
      condition("PodScheduled", "True", now),
    ]),
    containerStatuses: containersOf(pod).map((c, i) => ({
      containerID: `containerd://${String(c.name)}-${restarts}`,
      image: c.image,
      imageID: "",
      lastState: (previous[i]?.lastState as Json) ?? {},
      name: c.name,
      ready: readyStatus === "True",
      restartCount: restarts,
      started: true,
      state: { running: { startedAt: now } },
    })),
    ...base(pod, hostIP, podIP, startTime),
    phase: "Running",
  };
}

function terminated(c: Json, exitCode: number, now: string, startedAt: unknown, restarts: number): Json {
  return {
    containerID: `containerd://${String(c.name)}-${restarts}`,
    exitCode,
    finishedAt: now,
    reason: exitCode === 0 ? "Completed" : "Error",
    startedAt,
  };
}

function terminatedStatus(pod: KubeObject, now: string, exitCode: number): Json {
  const { hostIP, podIP, startTime } = carried(pod);
  const previous = ((pod.status as Json).containerStatuses ?? []) as Json[];
  const restarts = restartsOf(pod);
  return {
    conditions: carry(pod, [
      condition("PodReadyToStartContainers", "False", now),
      condition("Initialized", "True", now),
      condition("Ready", "False", now, "PodCompleted"),
      condition("ContainersReady", "False", now, "PodCompleted"),
      condition("PodScheduled", "True", now),
    ]),
    containerStatuses: containersOf(pod).map((c, i) => ({
      containerID: `containerd://${String(c.name)}-${restarts}`,
      image: c.image,
      imageID: "",
      lastState: (previous[i]?.lastState as Json) ?? {},
      name: c.name,
      ready: false,
      restartCount: restarts,
      started: false,
      state: { terminated: terminated(c, exitCode, now, ((previous[i]?.state as Json)?.running as Json)?.startedAt ?? now, restarts) },
    })),
    ...base(pod, hostIP, podIP, startTime),
    phase: exitCode === 0 ? "Succeeded" : "Failed",
  };
}

function crashLoopStatus(pod: KubeObject, now: string, exitCode: number, restarts: number): Json {
  const { hostIP, podIP, startTime } = carried(pod);
  const previous = ((pod.status as Json).containerStatuses ?? []) as Json[];
  return {
    conditions: carry(pod, [
      condition("PodReadyToStartContainers", "True", now),
      condition("Initialized", "True", now),
      condition("Ready", "False", now, "ContainersNotReady"),
      condition("ContainersReady", "False", now, "ContainersNotReady"),
      condition("PodScheduled", "True", now),
    ]),
    containerStatuses: containersOf(pod).map((c, i) => ({
      containerID: `containerd://${String(c.name)}-${restarts}`,
      image: c.image,
      imageID: "",
      lastState: { terminated: terminated(c, exitCode, now, ((previous[i]?.state as Json)?.running as Json)?.startedAt ?? now, restarts) },
      name: c.name,
      ready: false,
      restartCount: restarts + 1,
      started: false,
      state: {
        waiting: {
          message: `back-off ${containerBackOffMs(restarts + 1) / 1000}s restarting failed container=${String(c.name)} pod=${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`,
          reason: "CrashLoopBackOff",
        },
      },
    })),
    ...base(pod, hostIP, podIP, startTime),
    phase: "Running",
  };
}

/** Pods of a Job, by its name (the `job-name` label the Job controller sets). */
export const podsOfJob = (jobName: string) => (pod: KubeObject) => pod.metadata.labels?.["batch.kubernetes.io/job-name"] === jobName;

/** Pods whose labels include all of `labels`. */
export const podsLabelled = (labels: Record<string, string>) => (pod: KubeObject) =>
  Object.entries(labels).every(([k, v]) => pod.metadata.labels?.[k] === v);

/** For tests that drive pods by hand: the current pods of a namespace. */
export function listPods(api: ClusterApi, namespace: string, labelSelector?: string): KubeObject[] {
  return api.list(pods, { namespace, labelSelector }).items;
}
