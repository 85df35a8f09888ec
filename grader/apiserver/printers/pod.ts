// Pod columns of printers.go (printPod): the STATUS a candidate reads in `kubectl get pods`.
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn, wideColumn } from "./columns";
import type { ContainerView } from "./object-view";
import { view } from "./object-view";
import { humanDuration } from "../duration";
import { parseTimestamp, translateTimestampSince } from "./timestamps";

interface ContainerStateView {
  waiting?: { reason?: string };
  running?: { startedAt?: string };
  terminated?: { reason?: string; exitCode?: number; signal?: number; finishedAt?: string };
}

interface ContainerStatusView {
  name: string;
  ready?: boolean;
  started?: boolean;
  restartCount?: number;
  state?: ContainerStateView;
  lastState?: ContainerStateView;
}

interface PodView {
  metadata: { name?: string; creationTimestamp?: string; deletionTimestamp?: string };
  spec?: {
    nodeName?: string;
    containers?: ContainerView[];
    initContainers?: ContainerView[];
    readinessGates?: { conditionType: string }[];
  };
  status?: {
    phase?: string;
    reason?: string;
    nominatedNodeName?: string;
    podIPs?: { ip: string }[];
    conditions?: { type: string; status: string; reason?: string }[];
    initContainerStatuses?: ContainerStatusView[];
    containerStatuses?: ContainerStatusView[];
  };
}

/** The pod reason the node controller sets on pods of an unreachable node (pkg/util/node). */
const nodeUnreachablePodReason = "NodeLost";
/** v1.PodReasonSchedulingGated */
const podReasonSchedulingGated = "SchedulingGated";

const isRestartableInitContainer = (c: ContainerView | undefined): boolean => c?.restartPolicy === "Always";

function hasCondition(pod: PodView, type: string): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === type && c.status === "True");
}

// isPodInitializedConditionTrue looks at the first Initialized condition only.
function isPodInitialized(pod: PodView): boolean {
  const condition = (pod.status?.conditions ?? []).find((c) => c.type === "Initialized");
  return condition?.status === "True";
}

/** A time that only moves forward: the latest `finishedAt` of a last termination. */
class LatestTime {
  ms: number | undefined;
  observe(timestamp: string | undefined): void {
    const ms = parseTimestamp(timestamp);
    if (ms !== undefined && (this.ms === undefined || this.ms < ms)) this.ms = ms;
  }
}

function terminatedReason(prefix: string, t: NonNullable<ContainerStateView["terminated"]>): string {
  if (t.reason) return prefix + t.reason;
  if (t.signal) return `${prefix}Signal:${t.signal}`;
  return `${prefix}ExitCode:${t.exitCode ?? 0}`;
}

interface PodSummary {
  ready: string;
  status: string;
  restarts: string;
}

/** READY, STATUS and RESTARTS of a pod, following printPod step by step. */
export function summarizePod(pod: PodView, now: number): PodSummary {
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  let restarts = 0;
  let sidecarRestarts = 0;
  let totalContainers = (spec.containers ?? []).length;
  let readyContainers = 0;
  let lastRestart = new LatestTime();
  const lastSidecarRestart = new LatestTime();

  const phase = status.phase ?? "";
  let reason = status.reason ? status.reason : phase;
  for (const condition of status.conditions ?? []) {
    if (condition.type === "PodScheduled" && condition.reason === podReasonSchedulingGated) {
      reason = podReasonSchedulingGated;
    }
  }

  const initContainers = new Map<string, ContainerView>();
  for (const c of spec.initContainers ?? []) {
    initContainers.set(c.name ?? "", c);
    // Native sidecars count as containers of the pod.
    if (isRestartableInitContainer(c)) totalContainers++;
  }

  let initializing = false;
  const initStatuses = status.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const container = initStatuses[i];
    const state = container.state ?? {};
    const restartable = isRestartableInitContainer(initContainers.get(container.name));
    restarts += container.restartCount ?? 0;
    lastRestart.observe(container.lastState?.terminated?.finishedAt);
    if (restartable) {
      sidecarRestarts += container.restartCount ?? 0;
      lastSidecarRestart.observe(container.lastState?.terminated?.finishedAt);
    }
    if (state.terminated && (state.terminated.exitCode ?? 0) === 0) continue;
    if (restartable && container.started === true) {
      if (container.ready) readyContainers++;
      continue;
    }
    if (state.terminated) {
      reason = terminatedReason("Init:", state.terminated);
    } else if (state.waiting?.reason && state.waiting.reason !== "PodInitializing") {
      reason = "Init:" + state.waiting.reason;
    } else {
      reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
    }
    initializing = true;
    break;
  }

  if (!initializing || isPodInitialized(pod)) {
    restarts = sidecarRestarts;
    lastRestart = lastSidecarRestart;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    // Walked backwards so the first container's state has the last word.
    for (let i = statuses.length - 1; i >= 0; i--) {
      const container = statuses[i];
      const state = container.state ?? {};
      restarts += container.restartCount ?? 0;
      lastRestart.observe(container.lastState?.terminated?.finishedAt);
      if (state.waiting?.reason) {
        reason = state.waiting.reason;
      } else if (state.terminated) {
        reason = terminatedReason("", state.terminated);
      } else if (container.ready && state.running) {
        hasRunning = true;
        readyContainers++;
      }
    }
    if (reason === "Completed" && hasRunning) {
      reason = hasCondition(pod, "Ready") ? "Running" : "NotReady";
    }
  }

  if (pod.metadata.deletionTimestamp && status.reason === nodeUnreachablePodReason) {
    reason = "Unknown";
  } else if (pod.metadata.deletionTimestamp && phase !== "Succeeded" && phase !== "Failed") {
    reason = "Terminating";
  }

  let restartsText = String(restarts);
  if (restarts !== 0 && lastRestart.ms !== undefined) {
    restartsText = `${restarts} (${humanDuration(now - lastRestart.ms)} ago)`;
  }
  return { ready: `${readyContainers}/${totalContainers}`, status: reason, restarts: restartsText };
}

function readinessGatesCell(pod: PodView): string {
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return "<none>";
  let trueConditions = 0;
  for (const gate of gates) {
    const condition = (pod.status?.conditions ?? []).find((c) => c.type === gate.conditionType);
    if (condition?.status === "True") trueConditions++;
  }
  return `${trueConditions}/${gates.length}`;
}

export const podPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Ready", "string", "The aggregate readiness state of this pod for accepting traffic."),
    column("Status", "string", "The aggregate status of the containers in this pod."),
    column(
      "Restarts",
      "string",
      "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.",
    ),
    ageColumn,
    wideColumn("IP"),
    wideColumn("Node"),
    wideColumn("Nominated Node"),
    wideColumn("Readiness Gates"),
  ],
  row(obj, ctx) {
    const pod = view<PodView>(obj);
    const { ready, status, restarts } = summarizePod(pod, ctx.now);
    return [
      pod.metadata.name ?? "",
      ready,
      status,
      restarts,
      translateTimestampSince(pod.metadata.creationTimestamp, ctx.now),
      pod.status?.podIPs?.[0]?.ip || "<none>",
      pod.spec?.nodeName || "<none>",
      pod.status?.nominatedNodeName || "<none>",
      readinessGatesCell(pod),
    ];
  },
};
