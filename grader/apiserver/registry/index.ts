export { builtinResources, storageKeyOf, type ResourceEntry } from "./builtin-resources";
export { ResourceRegistry, parseApiVersion, apiVersionOf, type ResolvedKind } from "./resource-registry";
export { NoKindMatchError, isNoKindMatchError } from "./no-kind-match-error";
export { removedVersions, removedIn, type RemovedVersion } from "./removed-versions";
export { apiResourceRows, formatApiResources, type ApiResourceRow } from "./api-resources";
export { resourceEntryFromCRD, compareKubeAwareVersions } from "./custom-resources";
export { toStorageVersion, fromStorageVersion } from "./version-conversion";

export { builtinRegistry, resolveResource, resolveKind } from "./builtin-registry";
