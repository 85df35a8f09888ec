// Versions a grade records: results name the grader that produced them.
export const graderVersion = "0.1.0";
/** The Kubernetes release whose behaviour the simulated cluster reproduces. */
export const kubernetesVersion = "v1.34.0";
