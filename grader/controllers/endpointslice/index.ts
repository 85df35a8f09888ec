export { EndpointSliceController, endpointSlicesGVR, serviceNameLabel, managedByLabel, controllerName } from "./controller";
