// The components every cluster runs, in the order settle() visits them.
import type { Component } from "../controllers/framework/component";
import { SchedulerComponent } from "../scheduler/component";
import { Kubelet } from "../kubelet/kubelet";
import { DeploymentController } from "../controllers/deployment";
import { ReplicaSetController } from "../controllers/replicaset";
import { JobController } from "../controllers/job";
import { StatefulSetController } from "../controllers/statefulset";
import { DaemonSetController } from "../controllers/daemonset";
import { CronJobController } from "../controllers/cronjob";
import { EndpointsController } from "../controllers/endpoints";
import { EndpointSliceController } from "../controllers/endpointslice";
import { DisruptionController } from "../controllers/disruption";
import { TTLAfterFinishedController } from "../controllers/ttlafterfinished";
import { TaintEvictionController } from "../controllers/tainteviction";
import { ClusterRoleAggregationController } from "../controllers/clusterroleaggregation";
import { persistentVolumeComponents } from "../controllers/persistentvolume";

export function defaultComponents(): Component[] {
  return [
    new SchedulerComponent(),
    new Kubelet(),
    new DeploymentController(),
    new ReplicaSetController(),
    new StatefulSetController(),
    new DaemonSetController(),
    new JobController(),
    new CronJobController(),
    new EndpointsController(),
    new EndpointSliceController(),
    new DisruptionController(),
    new TTLAfterFinishedController(),
    new TaintEvictionController(),
    new ClusterRoleAggregationController(),
    ...persistentVolumeComponents(),
  ];
}
