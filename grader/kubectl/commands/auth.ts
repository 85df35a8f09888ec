// `kubectl auth can-i VERB RESOURCE[/NAME]` and `--list` (kubectl pkg/cmd/auth/cani.go):
// a SelfSubjectAccessReview (or SelfSubjectRulesReview) answered by the RBAC
// authorizer of kubectl/rbac. Prints yes/no, exit 0/1.
import type { CommandHandler, KubectlResult } from "./command";
import { impersonatedUser, kubeconfigUser, rbacAllows, type AccessRequest } from "../rbac/authorizer";
import { authCanIListCommand } from "./auth-list";

export { impersonatedUser, kubeconfigUser, rbacAllows, ruleAllows, type AccessRequest, type RequestUser } from "../rbac/authorizer";

function fail(stderr: string): KubectlResult {
  return { stdout: "", stderr, exitCode: 1 };
}

export const authCanICommand: CommandHandler = (cmd, io) => {
  if (cmd.flags["list"] === true) {
    if (cmd.args.length !== 0) return fail("error: list option must be specified with no arguments\n");
    return authCanIListCommand(cmd, io);
  }
  if (cmd.args.length !== 2) {
    return fail("error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n");
  }
  if (cmd.flags["no-headers"] === true) return fail("error: --no-headers cannot be set without --list specified\n");
  const [verb, target] = cmd.args as [string, string];
  const allNamespaces = cmd.flags["all-namespaces"] === true;
  const namespace = allNamespaces ? "" : cmd.changed.includes("namespace") ? String(cmd.flags["namespace"]) : io.namespace;
  let stderr = "";
  const req: AccessRequest = { verb, group: "", resource: "", subresource: String(cmd.flags["subresource"] ?? ""), name: "", namespace, nonResourcePath: "" };
  if (target.startsWith("/")) {
    req.nonResourcePath = target;
    req.namespace = "";
  } else {
    const [resourceArg = "", name = ""] = target.split(/\/(.*)/s);
    req.name = name;
    const info = resourceArg === "*" ? undefined : io.cluster.api.registry.resolveResource(resourceArg);
    if (info) {
      req.group = info.group;
      req.resource = info.resource;
    } else {
      // resourceFor: an unknown type is asked about as typed, `resource.group` split at the first dot.
      const dot = resourceArg.indexOf(".");
      req.resource = dot < 0 ? resourceArg : resourceArg.slice(0, dot);
      req.group = dot < 0 ? "" : resourceArg.slice(dot + 1);
      if (resourceArg !== "*") stderr += `Warning: the server doesn't have a resource type '${req.resource}'\n`;
    }
  }
  const as = String(cmd.flags["as"] ?? "");
  const asGroups = Array.isArray(cmd.flags["as-group"]) ? (cmd.flags["as-group"] as unknown[]).map(String) : [];
  const user = as === "" ? kubeconfigUser : impersonatedUser(as, asGroups);
  const allowed = rbacAllows(io, user, req);
  const quiet = cmd.flags["quiet"] === true;
  return { stdout: quiet ? "" : allowed ? "yes\n" : "no\n", stderr, exitCode: allowed ? 0 : 1 };
};
