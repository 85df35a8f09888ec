// What `kubectl get ARGS` asks the server for (cli-runtime pkg/resource/builder.go as get.go
// configures it): `TYPE[,TYPE]` lists, `TYPE NAME...` and `TYPE/NAME...` gets, the `all`
// category expanded over the served resources, `-f FILE` gets of the objects it names.
import type { ResourceInfo } from "../../apiserver/resource-info";
import type { KubectlIO } from "../commands/command";
import type { ParsedCommand } from "../parse-args";
import { mapObjects, namespaceChoice, readManifests } from "../resource-builder";

export interface GetRequest {
  resource: ResourceInfo;
  /** undefined: list the resource. */
  name?: string;
  /** The namespace asked; undefined = all namespaces (or cluster-scoped). */
  namespace?: string;
}

export interface GetRequests {
  requests: GetRequest[];
  /** One object was named (`pod x`, `pod/x`, `-f` of one object): print it alone, not as a List. */
  singleItemImplied: boolean;
  /** Several types were asked (`a,b`, `all`, `a/x b/y`): names get their `kind/` prefix. */
  multipleTypesRequested: boolean;
  errors: Error[];
}

const resourceNameFormError =
  "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";

/** Resources in a category (`all`), in the order discovery lists them (categories.go). */
function expandType(io: KubectlIO, arg: string): ResourceInfo[] {
  const info = io.cluster.api.registry.resolveResource(arg);
  if (info) return [info];
  const inCategory = io.cluster.api.registry
    .entries()
    .map((e) => e.info)
    .filter((i) => i.categories.includes(arg.toLowerCase()));
  if (inCategory.length > 0) return inCategory;
  throw new Error(`the server doesn't have a resource type "${arg}"`);
}

/** Throws the Error kubectl prints for a malformed request. */
export function getRequests(cmd: ParsedCommand, io: KubectlIO, args: string[]): GetRequests {
  const { namespace } = namespaceChoice(cmd.flags, io);
  const allNamespaces = cmd.flags["all-namespaces"] === true;
  const selector = String(cmd.flags["selector"] ?? "");
  const filenames = (cmd.flags["filename"] as string[] | undefined) ?? [];
  const result: GetRequests = { requests: [], singleItemImplied: false, multipleTypesRequested: false, errors: [] };
  const nsFor = (r: ResourceInfo): string | undefined => (r.namespaced && !allNamespaces ? namespace : r.namespaced ? undefined : undefined);

  if (filenames.length > 0) {
    if (args.length > 0) throw new Error("when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well");
    const read = readManifests(filenames, io, cmd.flags["recursive"] === true);
    const mapped = mapObjects(read.objects, io, namespaceChoice(cmd.flags, io));
    result.errors.push(...read.errors, ...mapped.errors);
    for (const info of mapped.infos) result.requests.push({ resource: info.resource, name: info.name, namespace: info.resource.namespaced ? info.namespace : undefined });
    result.singleItemImplied = result.requests.length === 1;
    return result;
  }
  if (args.length === 0) {
    throw new Error(
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n' +
        "error: Required resource not specified.\n" +
        'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n' +
        "See 'kubectl get -h' for help and examples",
    );
  }

  const byName = (resource: ResourceInfo, name: string): GetRequest => {
    if (allNamespaces && resource.namespaced) throw new Error("a resource cannot be retrieved by name across all namespaces");
    return { resource, name, namespace: resource.namespaced ? namespace : undefined };
  };

  if (args.some((a) => a.includes("/"))) {
    if (!args.every((a) => a.includes("/"))) throw new Error(resourceNameFormError);
    if (selector) throw new Error("name cannot be provided when a selector is specified");
    const types = new Set<string>();
    for (const arg of args) {
      const slash = arg.indexOf("/");
      const name = arg.slice(slash + 1);
      if (name === "" || name.includes("/")) throw new Error("arguments in resource/name form must have a single resource and name");
      const resource = expandType(io, arg.slice(0, slash))[0];
      types.add(resource.resource);
      result.requests.push(byName(resource, name));
    }
    result.singleItemImplied = args.length === 1;
    result.multipleTypesRequested = types.size > 1;
    return result;
  }

  const typeArgs = args[0].split(",").filter((t) => t !== "");
  const types = typeArgs.flatMap((t) => expandType(io, t));
  result.multipleTypesRequested = typeArgs.length > 1 || typeArgs.some((t) => t.toLowerCase() === "all");
  const names = args.slice(1);
  if (names.length > 0) {
    if (selector) throw new Error("name cannot be provided when a selector is specified");
    for (const resource of types) for (const name of names) result.requests.push(byName(resource, name));
    result.singleItemImplied = names.length === 1 && types.length === 1;
    return result;
  }
  for (const resource of types) result.requests.push({ resource, namespace: nsFor(resource) });
  return result;
}
