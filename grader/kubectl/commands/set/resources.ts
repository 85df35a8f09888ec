// `kubectl set resources` (k8s.io/kubectl/pkg/cmd/set/set_resources.go):
// --limits/--requests `cpu=200m,memory=512Mi` (generate/versioned/run.go
// populateResourceListV1, quantities in canonical form) merged into the
// selected containers' resources; `deployment.apps/web resource requirements updated`.
import { parseQuantity } from "../../../apiserver/quantity";
import type { KubeObject } from "../../../apiserver/types";
import { selectObjects } from "../../resource-builder";
import { formatCommandErrors } from "../check-err";
import { Output, type CommandHandler } from "../command";
import { boolFlag, dryRunStrategy, operationLine, outputFormat, stringFlag, printsObjects, printWriteObjects } from "../write-flags";
import { selectedContainers } from "./container-selector";
import { editablePodSpec, podSpecOf } from "./pod-template";
import { podSpecPatch } from "./template-patch";

type ResourceList = Record<string, string>;

/** populateResourceListV1: `name=quantity,...`, each quantity canonicalised; throws upstream's texts. */
export function parseResourceList(spec: string): ResourceList | undefined {
  if (spec === "") return undefined;
  const result: ResourceList = {};
  for (const statement of spec.split(",")) {
    const parts = statement.split("=");
    if (parts.length !== 2) throw new Error(`Invalid argument syntax ${statement}, expected <resource>=<value>`);
    result[parts[0]] = parseQuantity(parts[1]).toString();
  }
  return result;
}

export const setResourcesCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const fail = (message: string) => {
    out.err(formatCommandErrors([new Error(message)]));
    return out.result(1);
  };
  const local = boolFlag(cmd, "local");
  const dryRun = dryRunStrategy(cmd);
  const limitsText = stringFlag(cmd, "limits");
  const requestsText = stringFlag(cmd, "requests");
  if (local && cmd.args.length > 0) {
    return fail("you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'");
  }
  if (local && dryRun === "server") return fail("cannot specify --local and --dry-run=server - did you mean --dry-run=client?");
  if (boolFlag(cmd, "all") && stringFlag(cmd, "selector")) return fail("cannot set --all and --selector at the same time");
  if (limitsText === "" && requestsText === "") return fail("you must specify an update to requests or limits (in the form of --requests/--limits)");
  let limits: ResourceList | undefined;
  let requests: ResourceList | undefined;
  try {
    limits = parseResourceList(limitsText);
    requests = parseResourceList(requestsText);
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  const format = outputFormat(cmd, io);
  const selector = stringFlag(cmd, "containers") || "*";
  const selection = selectObjects(cmd, io, cmd.args, { local });
  const errors: unknown[] = [...selection.errors];
  const printed: KubeObject[] = [];
  const print = (obj: KubeObject) => {
    if (printsObjects(format)) printed.push(obj);
    else out.out(operationLine(obj, "resource requirements updated", format, dryRun));
  };
  for (const target of selection.objects) {
    const editable = editablePodSpec(target, local);
    if ("error" in editable) {
      errors.push(editable.error);
      continue;
    }
    const { updated, spec } = editable;
    const containers = selectedContainers(spec, selector);
    if (containers.length === 0) errors.push(new Error(`error: unable to find container named ${selector}`));
    for (const c of containers) {
      const resources = { ...((c.resources as { limits?: ResourceList; requests?: ResourceList } | undefined) ?? {}) };
      if (limits) resources.limits = { ...resources.limits, ...limits };
      if (requests) resources.requests = { ...resources.requests, ...requests };
      c.resources = resources;
    }
    if (JSON.stringify(updated) === JSON.stringify(target.live)) continue;
    if (local || dryRun === "client") {
      print(updated);
      continue;
    }
    try {
      const patch = podSpecPatch(updated, podSpecOf(updated), ["containers", "initContainers"]);
      print(io.cluster.api.patch(target.gvr, target.namespace, target.name, "merge", patch, { dryRun: dryRun === "server" }));
    } catch (e) {
      errors.push(new Error(`failed to patch resources update to pod template ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  if (printed.length > 0) out.out(printWriteObjects(printed, format, cmd, io, { typed: local || dryRun === "client" }));
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
};
