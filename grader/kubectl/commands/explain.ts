// `kubectl explain TYPE[.FIELD...] [--recursive] [--api-version=G/V] [-o plaintext]`
// (kubectl pkg/cmd/explain/explain.go, pkg/explain/explain.go, pkg/explain/v2, v0.34):
// the resource is mapped as `kubectl get` maps it, the field path follows it, and
// the plaintext template renders the schema the simulated API server uses.
// Not simulated: -o plaintext-openapiv2 (the OpenAPI v2 printer) and custom resources.
import { apiVersionOf, parseApiVersion } from "../../apiserver/registry";
import { schemaFor } from "../../apiserver/schema";
import type { CommandHandler, KubectlResult } from "./command";

const fail = (message: string): KubectlResult => ({ stdout: "", stderr: message.endsWith("\n") ? message : message + "\n", exitCode: 1 });

const gvrString = (group: string, version: string, resource: string): string => `${apiVersionOf(group, version)}, Resource=${resource}`;

/** SplitAndParseResourceRequest(WithMatchingPrefix): the resource word, then field names. */
function splitRequest(arg: string): { resource: string; fields: string[] } | string {
  const parts = arg.replace(/\.$/, "").split(".");
  if (parts.some((p) => p === "" || !/^[\w/-]+$/.test(p))) return "invalid jsonpath syntax, all nodes must be field nodes";
  return { resource: parts[0], fields: parts.slice(1) };
}

export const explainCommand: CommandHandler = async (cmd, io) => {
  if (cmd.args.length === 0) {
    return fail('error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n');
  }
  if (cmd.args.length > 1) return fail("error: We accept only this format: explain RESOURCE\n");
  const arg = cmd.args[0];
  const split = splitRequest(arg);
  if (typeof split === "string") return fail(`error: ${split}`);
  const info = io.cluster.api.registry.resolveResource(split.resource);
  if (!info) return fail(`error: the server doesn't have a resource type "${split.resource}"`);
  let fields = split.fields;
  const apiVersionFlag = String(cmd.flags["api-version"] ?? "");
  // Without --api-version, `deployments.apps.spec` names the group: the fields start after it.
  const groupResource = info.group ? `${info.resource}.${info.group}` : info.resource;
  if (!apiVersionFlag && arg.startsWith(groupResource)) {
    const suffix = splitRequest("x" + arg.slice(groupResource.length));
    if (typeof suffix === "string") return fail(`error: ${suffix}`);
    fields = suffix.fields;
  }

  const output = String(cmd.flags["output"] ?? "plaintext");
  if (output === "plaintext-openapiv2") return fail('error: "kubectl explain -o plaintext-openapiv2" is not supported by this simulated cluster');
  if (output !== "plaintext") return fail(`error: unrecognized format: ${output}`);

  let { group, version } = info;
  if (apiVersionFlag) ({ group, version } = parseApiVersion(apiVersionFlag));
  const entry = io.cluster.api.registry.entries().find((e) => e.info.group === info.group && e.info.resource === info.resource);
  const groupServed = io.cluster.api.registry.entries().some((e) => e.info.group === group && e.versions.includes(version));
  if (!groupServed) return fail(`error: couldn't find resource for "${gvrString(group, version, info.resource)}"`);
  if (group !== info.group || !entry?.versions.includes(version)) {
    return fail(`error: GVR (${gvrString(group, version, info.resource)}) not found in OpenAPI schema`);
  }
  const root = schemaFor(apiVersionOf(group, version), info.kind);
  if (!root) return fail(`error: "kubectl explain" of custom resources is not supported by this simulated cluster`);
  // The model descriptions (≈ 400 KB of text) load only when explain runs.
  const { ExplainError, renderPlaintext } = await import("../explain/plaintext");
  try {
    return { stdout: renderPlaintext({ group, version, kind: info.kind, root }, fields, cmd.flags["recursive"] === true), stderr: "", exitCode: 0 };
  } catch (e) {
    if (e instanceof ExplainError) return fail(e.message);
    throw e;
  }
};
