// What settle() drives: every active part of the cluster (controllers, the
// scheduler, each node's kubelet) is a Component with a work queue. Watch
// handlers only enqueue keys; `processNext` does one unit of work.
import type { ClusterApi } from "../../apiserver/api-interface";
import type { VirtualClock } from "../../clock/virtual-clock";
import type { SeededRandom } from "../../random/seeded-random";

export interface ComponentContext {
  api: ClusterApi;
  clock: VirtualClock;
  random: SeededRandom;
}

export interface Component {
  readonly name: string;
  /** Subscribes to what it watches and enqueues the existing objects; returns a stop function. */
  start(ctx: ComponentContext): () => void;
  /** Whether a key is waiting. */
  hasWork(): boolean;
  /** Processes one key. Errors are the component's to handle (requeue); a throw is a bug. */
  processNext(): void;
}
