export { startServiceAccountController, syncNamespace, defaultServiceAccountName } from "./controller";
export { startRootCAPublisher, syncRootCA, rootCAConfigMapName, simulatedRootCA } from "./root-ca-publisher";
