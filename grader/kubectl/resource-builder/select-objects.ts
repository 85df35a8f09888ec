// The objects a command names (k8s.io/cli-runtime/pkg/resource/builder.go):
// `TYPE NAME...`, `TYPE/NAME...`, `TYPE[,TYPE] -l SELECTOR|--all`, or `-f FILE`;
// each fetched from the server (the builder's Latest), in argument order.
import { isNotFound } from "../../apiserver/errors";
import type { ResourceInfo } from "../../apiserver/resource-info";
import type { KubeObject } from "../../apiserver/types";
import type { KubectlIO } from "../commands/command";
import type { ParsedCommand } from "../parse-args";
import { mapObjects, namespaceChoice, type ObjectInfo } from "./resource-infos";
import { readManifests } from "./read-manifests";

export interface SelectedObject extends ObjectInfo {
  /** The object as the server has it. */
  live: KubeObject;
}

export interface Selection {
  objects: SelectedObject[];
  errors: unknown[];
}

export const noResourcesText =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

export interface SelectOptions {
  /** Read `-f` files but do not fetch them (`--local`). */
  local?: boolean;
  /** NotFound errors are dropped (delete --ignore-not-found). */
  ignoreNotFound?: boolean;
  /** ResourceTypeOrNameArgs(allowEmptySelector: true): a bare type selects all its objects (edit). */
  allowEmptySelector?: boolean;
}

function flagText(cmd: ParsedCommand, name: string): string {
  const v = cmd.flags[name];
  return typeof v === "string" ? v : "";
}

function resolveType(io: KubectlIO, arg: string): ResourceInfo {
  const info = io.cluster.api.registry.resolveResource(arg);
  if (!info) throw new Error(`the server doesn't have a resource type "${arg}"`);
  return info;
}

function toInfo(resource: ResourceInfo, namespace: string, name: string, live: KubeObject, source = ""): SelectedObject {
  return {
    source,
    object: live,
    live,
    resource,
    gvr: { group: resource.group, version: resource.version, resource: resource.resource },
    namespace: resource.namespaced ? namespace : "",
    name,
  };
}

/** Objects named by the command line; throws for a malformed command line (kubectl's usage errors). */
export function selectObjects(cmd: ParsedCommand, io: KubectlIO, args: string[], opts: SelectOptions = {}): Selection {
  const { namespace } = namespaceChoice(cmd.flags, io);
  const allNamespaces = cmd.flags["all-namespaces"] === true;
  const selector = flagText(cmd, "selector");
  const fieldSelector = flagText(cmd, "field-selector");
  const all = cmd.flags["all"] === true;
  const filenames = Array.isArray(cmd.flags["filename"]) ? (cmd.flags["filename"] as string[]) : [];
  const result: Selection = { objects: [], errors: [] };
  const api = io.cluster.api;

  const fetch = (resource: ResourceInfo, ns: string, name: string, source = "") => {
    try {
      result.objects.push(toInfo(resource, ns, name, api.get({ group: resource.group, version: resource.version, resource: resource.resource }, resource.namespaced ? ns : "", name), source));
    } catch (e) {
      if (!(opts.ignoreNotFound && isNotFound(e))) result.errors.push(e);
    }
  };

  if (filenames.length > 0) {
    if (args.length > 0) throw new Error("resource(s) were provided, but no name was specified");
    const read = readManifests(filenames, io, cmd.flags["recursive"] === true);
    const mapped = mapObjects(read.objects, io, namespaceChoice(cmd.flags, io), { local: opts.local });
    result.errors.push(...read.errors, ...mapped.errors);
    for (const info of mapped.infos) {
      if (opts.local) result.objects.push({ ...info, live: info.object });
      else fetch(info.resource, info.namespace, info.name, info.source);
    }
    return result;
  }
  if (args.length === 0) throw new Error(noResourcesText);

  if (args[0].includes("/")) {
    for (const arg of args) {
      const slash = arg.indexOf("/");
      if (slash < 0) {
        throw new Error(
          "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
        );
      }
      const name = arg.slice(slash + 1);
      if (!name) throw new Error(`arguments in resource/name form must have a single resource and name`);
      fetch(resolveType(io, arg.slice(0, slash)), namespace, name);
    }
    return result;
  }

  const types = args[0].split(",").filter((t) => t !== "").map((t) => resolveType(io, t));
  const names = args.slice(1);
  if (names.some((n) => n.includes("/"))) {
    throw new Error(
      "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
    );
  }
  if (names.length > 0) {
    for (const t of types) for (const name of names) fetch(t, namespace, name);
    return result;
  }
  if (!all && !selector && !fieldSelector && !opts.allowEmptySelector) throw new Error("resource(s) were provided, but no name was specified");
  for (const t of types) {
    const gvr = { group: t.group, version: t.version, resource: t.resource };
    const list = api.list(gvr, {
      namespace: t.namespaced && !allNamespaces ? namespace : undefined,
      labelSelector: selector || undefined,
      fieldSelector: fieldSelector || undefined,
    });
    for (const item of list.items) result.objects.push(toInfo(t, item.metadata.namespace ?? "", item.metadata.name ?? "", item));
  }
  return result;
}
