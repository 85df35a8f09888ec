// The REST mapping of one cluster: built-in resources plus the custom
// resources its CRDs define. Lookups by kind (manifests) and by the names a
// person types after `kubectl get` (plural, singular, short name, with an
// optional `.group` or `.version.group`).
import type { GroupVersionResource } from "../types";
import type { ResourceInfo } from "../resource-info";
import { builtinResources, type ResourceEntry } from "./builtin-resources";
import { NoKindMatchError } from "./no-kind-match-error";

/** `apps/v1` → ["apps", "v1"]; `v1` → ["", "v1"]. */
export function parseApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf("/");
  if (slash < 0) return { group: "", version: apiVersion };
  return { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

export function apiVersionOf(group: string, version: string): string {
  return group ? `${group}/${version}` : version;
}

const noEntries: readonly ResourceEntry[] = [];

/** group → name → the entries of that group and name, in `entries`' order. */
function indexEntries(
  entries: readonly ResourceEntry[],
  nameOf: (info: ResourceInfo) => string,
): Map<string, Map<string, ResourceEntry[]>> {
  const index = new Map<string, Map<string, ResourceEntry[]>>();
  for (const entry of entries) {
    let byName = index.get(entry.info.group);
    if (!byName) index.set(entry.info.group, (byName = new Map()));
    const name = nameOf(entry.info);
    const list = byName.get(name);
    if (list) list.push(entry);
    else byName.set(name, [entry]);
  }
  return index;
}

export interface ResolvedKind {
  entry: ResourceEntry;
  /** The version the request named (one of entry.versions). */
  version: string;
}

export class ResourceRegistry {
  private readonly custom = new Map<string, ResourceEntry>(); // by storage key
  private all: readonly ResourceEntry[] = builtinResources; // recomputed when custom resources change
  // The entries by group, then resource or kind, in the order of `all` (lookups run on every request).
  private byResource = indexEntries(builtinResources, (info) => info.resource);
  private byKind = indexEntries(builtinResources, (info) => info.kind);

  /** Every served resource: built-ins in discovery order, then custom ones by group and name. Do not modify. */
  entries(): readonly ResourceEntry[] {
    return this.all;
  }

  /** Serves a custom resource (a CRD was created or changed). */
  registerCustom(entry: ResourceEntry): void {
    this.custom.set(entry.storageKey, entry);
    this.recompute();
  }

  /** Stops serving a custom resource (its CRD was deleted). */
  unregisterCustom(storageKey: string): void {
    if (this.custom.delete(storageKey)) this.recompute();
  }

  private recompute(): void {
    const custom = [...this.custom.values()].sort((a, b) =>
      a.info.group === b.info.group ? (a.info.resource < b.info.resource ? -1 : 1) : a.info.group < b.info.group ? -1 : 1,
    );
    this.all = [...builtinResources, ...custom];
    this.byResource = indexEntries(this.all, (info) => info.resource);
    this.byKind = indexEntries(this.all, (info) => info.kind);
  }

  customEntries(): ResourceEntry[] {
    return [...this.custom.values()];
  }

  /** The resource a manifest's apiVersion/kind names; NoKindMatchError when not served (removed or unknown). */
  resolveKind(apiVersion: string, kind: string): ResolvedKind {
    const { group, version } = parseApiVersion(apiVersion);
    for (const entry of this.byKind.get(group)?.get(kind) ?? noEntries) {
      if (entry.versions.includes(version)) return { entry, version };
    }
    throw new NoKindMatchError(group, kind, [version]);
  }

  /** The resource a GVR names (version "" = preferred); undefined when not served. */
  byGVR(gvr: GroupVersionResource): ResolvedKind | undefined {
    for (const entry of this.byResource.get(gvr.group)?.get(gvr.resource) ?? noEntries) {
      if (!gvr.version) return { entry, version: entry.info.version };
      if (entry.versions.includes(gvr.version)) return { entry, version: gvr.version };
    }
    return undefined;
  }

  /**
   * What `kubectl get <arg>` means: `deploy`, `deployments`, `Deployment`,
   * `deployments.apps`, `deploy.v1.apps`. Case-insensitive, as kubectl lowercases
   * the resource. Core resources win over same-named ones in other groups (events).
   */
  resolveResource(arg: string): ResourceInfo | undefined {
    const lower = arg.toLowerCase();
    const candidates: { name: string; group?: string; version?: string }[] = [{ name: lower }];
    const dot = lower.indexOf(".");
    if (dot > 0) {
      const name = lower.slice(0, dot);
      const rest = lower.slice(dot + 1);
      candidates.unshift({ name, group: rest });
      const dot2 = rest.indexOf(".");
      if (dot2 > 0) candidates.unshift({ name, version: rest.slice(0, dot2), group: rest.slice(dot2 + 1) });
    }
    const entries = this.entries();
    for (const c of candidates) {
      for (const matchBy of ["resource", "singular", "shortNames"] as const) {
        for (const entry of entries) {
          const info = entry.info;
          if (c.group !== undefined && info.group !== c.group) continue;
          if (c.version !== undefined && !entry.versions.includes(c.version)) continue;
          const hit =
            matchBy === "shortNames" ? info.shortNames.includes(c.name) : info[matchBy] === c.name;
          if (!hit) continue;
          if (c.version !== undefined && c.version !== info.version) return { ...info, version: c.version };
          return info;
        }
      }
    }
    return undefined;
  }
}
