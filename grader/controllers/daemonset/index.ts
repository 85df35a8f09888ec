export { DaemonSetController } from "./controller";
export { nodeShouldRunDaemonPod } from "./node-eligibility";
export { withDaemonTolerations } from "./tolerations";
export { templateGenerationLabel, daemonSetRevisionLabel } from "./pod-template";
