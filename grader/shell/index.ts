export { Workstation, workstationLimits, type WorkstationOptions, type WorkstationResult } from "./workstation";
export { type WorkstationFiles } from "./workstation-fs";
export { defaultKubeconfig, type KubeconfigState } from "./kubeconfig";
export { type EditHook } from "./editor";
