// What a Deployment sync works with: the API, the virtual clock, the event
// recorder of the deployment controller, and a way to look at it again later.
import type { ClusterApi } from "../../apiserver/api-interface";
import type { VirtualClock } from "../../clock/virtual-clock";
import type { EventRecorder } from "../framework/event-recorder";

export interface DeploymentSyncContext {
  api: ClusterApi;
  clock: VirtualClock;
  events: EventRecorder;
  /** Syncs this Deployment again after `ms` of virtual time (0: as soon as possible). */
  requeueAfter(ms: number): void;
}
