// The components every cluster runs, in the order settle() visits them.
import type { Component } from "../controllers/framework/component";
import { SchedulerComponent } from "../scheduler/component";
import { Kubelet } from "../kubelet/kubelet";
import { DeploymentController } from "../controllers/deployment";
import { ReplicaSetController } from "../controllers/replicaset";

export function defaultComponents(): Component[] {
  return [new SchedulerComponent(), new Kubelet(), new DeploymentController(), new ReplicaSetController()];
}
