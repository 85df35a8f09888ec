export { EndpointsController, endpointSubsetsFor, lastChangeTriggerTimeAnnotation } from "./controller";
export { repackSubsets, spewEndpointPort, type EndpointSubset, type EndpointAddress, type EndpointPort } from "./repack";
export { findPort, shouldPodBeInEndpoints } from "./pod-endpoint";
