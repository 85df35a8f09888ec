export { ReplicaSetController, burstReplicas } from "./controller";
export { isPodReady, isPodAvailable, isPodActive } from "./pod-readiness";
export { controllerOf, isControlledBy, newControllerRef } from "./controller-ref";
export { podsToDelete, podDeletionCostAnnotation } from "./pods-to-delete";
export { kubeApiQPS, kubeApiBurst } from "./client-rate-limit";
