// A manifest object mapped to its REST resource, as the builder's mapper does
// (k8s.io/cli-runtime/pkg/resource/mapper.go), with the namespace it goes to.
import type { ResourceInfo } from "../../apiserver/resource-info";
import { isNoKindMatchError } from "../../apiserver/registry";
import type { GroupVersionResource, KubeObject } from "../../apiserver/types";
import type { KubectlIO } from "../commands/command";
import type { ManifestObject } from "./read-manifests";

export interface ObjectInfo {
  source: string;
  object: KubeObject;
  resource: ResourceInfo;
  gvr: GroupVersionResource;
  /** "" for cluster-scoped kinds. */
  namespace: string;
  name: string;
}

export interface NamespaceChoice {
  /** -n, else the context's namespace. */
  namespace: string;
  /** -n was given: an object in another namespace is refused. */
  enforce: boolean;
}

/** The namespace kubectl uses for a command: `-n` wins over the context's. */
export function namespaceChoice(flags: Record<string, unknown>, io: KubectlIO): NamespaceChoice {
  const flag = typeof flags.namespace === "string" ? flags.namespace : "";
  return { namespace: flag || io.namespace || "default", enforce: flag !== "" };
}

/** `cmd.Flags().GetString("namespace")`-aware mapping of each object; errors are kubectl's texts. */
export function mapObjects(
  objects: ManifestObject[],
  io: KubectlIO,
  ns: NamespaceChoice,
  opts: { local?: boolean } = {},
): { infos: ObjectInfo[]; errors: Error[] } {
  const infos: ObjectInfo[] = [];
  const errors: Error[] = [];
  for (const { source, object } of objects) {
    const name = object.metadata.name ?? "";
    const own = object.metadata.namespace ?? "";
    let resource: ResourceInfo;
    try {
      const resolved = io.cluster.api.registry.resolveKind(object.apiVersion, object.kind);
      resource = { ...resolved.entry.info, version: resolved.version };
    } catch (e) {
      if (!isNoKindMatchError(e)) throw e;
      errors.push(
        new Error(`resource mapping not found for name: "${name}" namespace: "${own}" from "${source}": ${e.message}\nensure CRDs are installed first`),
      );
      continue;
    }
    let namespace = "";
    if (resource.namespaced) {
      if (ns.enforce && own && own !== ns.namespace) {
        errors.push(
          new Error(
            `the namespace from the provided object "${own}" does not match the namespace "${ns.namespace}". You must pass '--namespace=${own}' to perform this operation.`,
          ),
        );
        continue;
      }
      namespace = own || ns.namespace;
      // The builder's SetNamespace visitor: the object sent (and last-applied) names it.
      // (--local objects are printed as read: no namespace added).
      if (!opts.local) object.metadata.namespace = namespace;
    }
    infos.push({
      source,
      object,
      resource,
      gvr: { group: resource.group, version: resource.version, resource: resource.resource },
      namespace,
      name,
    });
  }
  return { infos, errors };
}

/** `pod/x`, `deployment.apps/web`: how kubectl names an object in its messages. */
export function objectName(resource: Pick<ResourceInfo, "group" | "resource" | "singular" | "kind">, name: string): string {
  const kind = resource.kind.toLowerCase();
  return `${kind}${resource.group ? `.${resource.group}` : ""}/${name}`;
}
