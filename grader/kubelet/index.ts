export { Kubelet, containerID } from "./kubelet";
export { ExecError } from "./pod-access";
export type { LogOptions, RunningContainer } from "./pod-access";
export { BackOff, goDuration } from "./backoff";
export { podGracefulDeletion, installGracefulPodDeletion } from "./graceful-deletion";
