export { StatefulSetController } from "./controller";
export { statefulSetPodNameLabel, podIndexLabel, statefulSetRevisionLabel } from "./identity";
export { controllerRevisionHashLabel, hashRevisionData, revisionPatch } from "./revision";
