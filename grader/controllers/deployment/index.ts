export { DeploymentController } from "./controller";
export { computePodTemplateHash, safeEncodeString, fnv32a, canonicalJson } from "./pod-template-hash";
export * from "./annotation-keys";
export * from "./conditions";
export { scalingReplicaSetReason } from "./sync";
