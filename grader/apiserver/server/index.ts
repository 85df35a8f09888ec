export { ApiServer, type ApiServerOptions, type GracefulDeletion } from "./api-server";
export { checkRequestLimits, maxRequestBodyBytes, maxNestingDepth } from "./request-limits";
export { generateName } from "./object-meta";
