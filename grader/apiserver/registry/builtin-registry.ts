// Lookups among the built-in resources, for code that has no cluster at hand
// (a cluster's own ApiServer.registry also knows the resources of its CRDs).
import type { ResourceInfo } from "../resource-info";
import { ResourceRegistry, type ResolvedKind } from "./resource-registry";

export const builtinRegistry = new ResourceRegistry();

/** What `kubectl get <arg>` means: `deploy`, `deployments.apps`, `Deployment`. */
export function resolveResource(arg: string): ResourceInfo | undefined {
  return builtinRegistry.resolveResource(arg);
}

/** The resource of a manifest's apiVersion/kind; throws NoKindMatchError when not served. */
export function resolveKind(apiVersion: string, kind: string): ResolvedKind {
  return builtinRegistry.resolveKind(apiVersion, kind);
}
