// The public face of the grader package: the simulated cluster and (later) grade().
export const graderVersion = "0.1.0";
export const kubernetesVersion = "v1.34.0";
