// The pod status the kubelet writes (status/generate.go, kubelet_pods.go
// generateAPIPodStatus / getPhase / convertToAPIContainerStatuses).
import { formatRFC3339 } from "../clock/rfc3339";
import type { ContainerRecord, ContainerState, Json, PodRecord, Terminated } from "./pod-state";

function iso(ms: number): string {
  return formatRFC3339(ms);
}

function terminatedJson(t: Terminated): Json {
  return {
    containerID: t.containerID,
    exitCode: t.exitCode,
    finishedAt: iso(t.finishedAt),
    ...(t.message ? { message: t.message } : {}),
    reason: t.reason,
    startedAt: iso(t.startedAt),
  };
}

function stateJson(s: ContainerState): Json {
  if (s.kind === "waiting") return { waiting: s.message ? { message: s.message, reason: s.reason } : { reason: s.reason } };
  if (s.kind === "running") return { running: { startedAt: iso(s.startedAt) } };
  return { terminated: terminatedJson(s.t) };
}

function containerStatusJson(c: ContainerRecord): Json {
  const spec = c.spec;
  const out: Json = {};
  if (c.containerID) out.containerID = c.containerID;
  out.image = c.image ?? spec.image;
  out.imageID = c.imageID ?? "";
  out.lastState = c.lastTerminated ? { terminated: terminatedJson(c.lastTerminated) } : {};
  out.name = c.name;
  out.ready = c.ready;
  const res = spec.resources as Json | undefined;
  if (c.containerID && res && (res.limits || res.requests)) out.resources = { ...(res.limits ? { limits: res.limits } : {}), ...(res.requests ? { requests: res.requests } : {}) };
  out.restartCount = c.restartCount;
  out.started = c.started;
  out.state = stateJson(c.state);
  if (c.user && c.containerID) out.user = { linux: { gid: c.user.gid, supplementalGroups: c.user.supplementalGroups, uid: c.user.uid } };
  const mounts = (spec.volumeMounts ?? []) as Json[];
  if (mounts.length && c.containerID)
    out.volumeMounts = mounts.map((m) => ({ mountPath: m.mountPath, name: m.name, ...(m.readOnly ? { readOnly: true, recursiveReadOnly: "Disabled" } : {}) }));
  return out;
}

function isSucceeded(c: ContainerRecord): boolean {
  return c.state.kind === "terminated" && c.state.t.exitCode === 0;
}

/** The phase from the containers (getPhase): init failures, waiting, running, finished. */
export function podPhase(rec: PodRecord, restartPolicy: string): string {
  if (rec.terminal) return rec.terminal;
  const all = [...rec.containers.values()];
  const inits = all.filter((c) => c.kind === "init");
  if (!rec.initialized) {
    const failed = inits.some((c) => (c.state.kind === "terminated" && c.state.t.exitCode !== 0) || (c.lastTerminated && c.state.kind === "waiting"));
    if (failed && restartPolicy === "Never") return "Failed";
    return "Pending";
  }
  let waiting = 0;
  let running = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const c of all.filter((x) => x.kind === "app")) {
    if (c.state.kind === "running") running++;
    else if (c.state.kind === "terminated") {
      stopped++;
      if (c.state.t.exitCode === 0) succeeded++;
    } else if (c.lastTerminated) stopped++;
    else waiting++;
  }
  if (waiting > 0) return "Pending";
  if (running > 0) return "Running";
  if (stopped > 0) {
    if (restartPolicy === "Always") return "Running";
    if (stopped === succeeded) return "Succeeded";
    if (restartPolicy === "Never") return "Failed";
    return "Running";
  }
  return "Pending";
}

function condition(type: string, ok: boolean, now: number, reason?: string, message?: string): Json {
  return { lastProbeTime: null, lastTransitionTime: iso(now), ...(message ? { message } : {}), ...(reason && !ok ? { reason } : {}), status: ok ? "True" : "False", type };
}

/** Keeps lastTransitionTime of a condition whose status did not change. */
function carry(old: Json[], next: Json[]): Json[] {
  return next.map((c) => {
    const prev = old.find((o) => o.type === c.type);
    return prev && prev.status === c.status ? { ...c, lastTransitionTime: prev.lastTransitionTime } : c;
  });
}

/**
 * The condition types the kubelet owns (pkg/kubelet/types/pod_status.go PodConditionsByKubelet, with the
 * PodReadyToStartContainers and resize conditions of v1.34). Others (DisruptionTarget from the taint eviction
 * controller, readiness gates) belong to other writers: generateAPIPodStatus keeps them, before its own.
 */
const kubeletConditionTypes = new Set(["PodScheduled", "Ready", "Initialized", "ContainersReady", "PodReadyToStartContainers", "PodResizePending", "PodResizeInProgress"]);

export function generatePodStatus(rec: PodRecord, now: number): Json {
  const pod = rec.pod;
  const spec = pod.spec as Json;
  const old = (pod.status ?? {}) as Json;
  const restartPolicy = (spec.restartPolicy as string) ?? "Always";
  const phase = podPhase(rec, restartPolicy);
  const all = [...rec.containers.values()];
  const inits = all.filter((c) => c.kind !== "app");
  const apps = all.filter((c) => c.kind === "app");
  const done = phase === "Succeeded" || phase === "Failed";

  const incomplete = inits.filter((c) => (c.kind === "init" ? !isSucceeded(c) && !rec.initialized : !c.started && !rec.initialized)).map((c) => c.name);
  const unready = [...inits.filter((c) => c.kind === "sidecar"), ...apps].filter((c) => !c.ready).map((c) => c.name);
  const initializedOk = rec.initialized || incomplete.length === 0;
  const readyOk = !done && initializedOk && unready.length === 0;
  const notReadyReason = done ? "PodCompleted" : "ContainersNotReady";
  const notReadyMessage = done ? undefined : `containers with unready status: [${unready.join(" ")}]`;
  const scheduled = ((old.conditions ?? []) as Json[]).find((c) => c.type === "PodScheduled") ?? condition("PodScheduled", true, now);
  // "preserve all conditions not owned by the kubelet" (kubelet_pods.go generateAPIPodStatus)
  const foreign = ((old.conditions ?? []) as Json[]).filter((c) => !kubeletConditionTypes.has(c.type as string));
  const conditions = carry((old.conditions ?? []) as Json[], [
    condition("PodReadyToStartContainers", !!rec.podIP && !done, now),
    initializedOk ? condition("Initialized", true, now) : condition("Initialized", false, now, "ContainersNotInitialized", `containers with incomplete status: [${incomplete.join(" ")}]`),
    condition("Ready", readyOk, now, notReadyReason, readyOk ? undefined : notReadyMessage),
    condition("ContainersReady", readyOk, now, notReadyReason, readyOk ? undefined : notReadyMessage),
  ]);
  conditions.push(scheduled);
  conditions.unshift(...foreign);
  const hostIP = rec.hostIP;
  const status: Json = {
    conditions,
    containerStatuses: apps.map(containerStatusJson).sort((a, b) => String(a.name).localeCompare(String(b.name))),
    hostIP,
    hostIPs: [{ ip: hostIP }],
  };
  if (inits.length) status.initContainerStatuses = inits.map(containerStatusJson);
  status.phase = phase;
  if (rec.podIP) {
    status.podIP = rec.podIP;
    status.podIPs = [{ ip: rec.podIP }];
  }
  if (old.qosClass) status.qosClass = old.qosClass;
  status.startTime = iso(rec.startTime);
  return status;
}
