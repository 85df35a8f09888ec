// What the kubelet remembers about a pod and each of its containers between
// syncs: the runtime's view (processes, logs, back-off), from which the API
// status is generated.
import type { KubeObject } from "../apiserver/types";
import type { ContainerProcess, LogSink } from "../runtime";
import type { DirNode } from "../runtime/vfs/nodes";
import type { QuietSync } from "./quiet-sync";

export type Json = Record<string, unknown>;

export type ContainerKind = "init" | "sidecar" | "app";

export interface Terminated {
  containerID: string;
  exitCode: number;
  finishedAt: number;
  reason: string;
  message?: string;
  startedAt: number;
}

export type ContainerState =
  | { kind: "waiting"; reason: string; message?: string }
  | { kind: "running"; startedAt: number }
  | { kind: "terminated"; t: Terminated };

export interface ProbeCounters {
  successes: number;
  failures: number;
}

export interface ContainerRecord {
  name: string;
  kind: ContainerKind;
  spec: Json;
  state: ContainerState;
  lastTerminated?: Terminated;
  restartCount: number;
  /** Instances started so far (the next container id derives from it). */
  instances: number;
  containerID?: string;
  image?: string;
  imageID?: string;
  process?: ContainerProcess;
  logs?: LogSink;
  previousLogs?: LogSink;
  ready: boolean;
  started: boolean;
  /** A pull or a kill is under way: leave the container alone. */
  busy: boolean;
  probes: Map<string, ProbeCounters>;
  /** The running instance was killed by a failed liveness/startup probe: restart it even under OnFailure. */
  probeKilled?: boolean;
  /** No new attempt before this time (the pod worker's next sync after ErrImagePull). */
  notBefore?: number;
  user?: { uid: number; gid: number; supplementalGroups: number[] };
}

export interface PodRecord {
  key: string;
  uid: string;
  node: string;
  pod: KubeObject;
  podIP?: string;
  hostIP: string;
  startTime: number;
  volumes?: Map<string, DirNode>;
  containers: Map<string, ContainerRecord>;
  initialized: boolean;
  /** Succeeded/Failed: nothing runs or restarts any more. */
  terminal?: "Succeeded" | "Failed";
  terminating?: { killAt: number };
  /** Each timer the record holds, so a deleted pod leaves none behind. */
  timers: Set<number>;
  /** What the last complete sync saw, to skip the next if nothing changed (quiet-sync.ts). */
  quiet?: QuietSync;
}
