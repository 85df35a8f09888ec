// `kubectl set image` (k8s.io/kubectl/pkg/cmd/set/set_image.go): CONTAINER=IMAGE
// pairs (`*` for every container) applied to the pod template, sent as a patch
// only when something changed; `deployment.apps/web image updated`.
import type { KubeObject } from "../../../apiserver/types";
import { selectObjects } from "../../resource-builder";
import { formatCommandErrors } from "../check-err";
import { Output, type CommandHandler } from "../command";
import { boolFlag, dryRunStrategy, operationLine, outputFormat, stringFlag, printsObjects, printWriteObjects } from "../write-flags";
import { editablePodSpec, podSpecOf, parseSetPairs, resourcesAndPairs, type ContainerLike } from "./pod-template";

/** setImage: true when some container matched. */
function setImage(containers: ContainerLike[] | undefined, name: string, image: string): boolean {
  let found = false;
  for (const c of containers ?? []) {
    if (c.name === name || name === "*") {
      found = true;
      c.image = image;
    }
  }
  return found;
}

export const setImageCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const { resources, pairs } = resourcesAndPairs(cmd.args, "image");
  const images = parseSetPairs(pairs, "image");
  const local = boolFlag(cmd, "local");
  const dryRun = dryRunStrategy(cmd);
  const files = Array.isArray(cmd.flags.filename) ? (cmd.flags.filename as string[]) : [];
  if (local && resources.length > 0) {
    throw new Error("you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'");
  }
  const invalid: string[] = [];
  if (boolFlag(cmd, "all") && stringFlag(cmd, "selector")) invalid.push("cannot set --all and --selector at the same time");
  if (resources.length < 1 && files.length === 0) invalid.push("one or more resources must be specified as <resource> <name> or <resource>/<name>");
  if (images.size < 1) invalid.push("at least one image update is required");
  else if (images.size > 1 && images.has("*")) invalid.push("all containers are already specified by *, but saw more than one container_name=container_image pairs");
  if (local && dryRun === "server") invalid.push("cannot specify --local and --dry-run=server - did you mean --dry-run=client?");
  if (invalid.length > 0) {
    out.err(formatCommandErrors(invalid.map((m) => new Error(m))));
    return out.result(1);
  }
  const format = outputFormat(cmd, io);
  const selection = selectObjects(cmd, io, resources, { local });
  const errors: unknown[] = [...selection.errors];
  const printed: KubeObject[] = [];
  const print = (obj: KubeObject) => {
    if (printsObjects(format)) printed.push(obj);
    else out.out(operationLine(obj, "image updated", format, dryRun));
  };
  for (const target of selection.objects) {
    const editable = editablePodSpec(target, local);
    if ("error" in editable) {
      errors.push(editable.error);
      continue;
    }
    const { updated, spec } = editable;
    for (const [name, image] of images) {
      const inInit = setImage(spec.initContainers, name, image);
      const inMain = setImage(spec.containers, name, image);
      if (!inInit && !inMain) errors.push(new Error(`error: unable to find container named "${name}"`));
    }
    // CalculatePatches: an empty patch means nothing to send and nothing to print.
    if (JSON.stringify(updated) === JSON.stringify(target.live)) continue;
    if (local || dryRun === "client") {
      print(updated);
      continue;
    }
    const template = podSpecOf(updated);
    try {
      const patch = patchFor(updated, template);
      print(io.cluster.api.patch(target.gvr, target.namespace, target.name, "merge", patch, { dryRun: dryRun === "server" }));
    } catch (e) {
      errors.push(new Error(`failed to patch image update to pod template: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  if (printed.length > 0) out.out(printWriteObjects(printed, format, cmd, io));
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
};

/** A merge patch carrying the whole edited container lists (the strategic patch merges them by name to the same result). */
function patchFor(obj: KubeObject, podSpec: ReturnType<typeof podSpecOf>): Record<string, unknown> {
  const lists: Record<string, unknown> = { containers: podSpec.containers };
  if (podSpec.initContainers) lists.initContainers = podSpec.initContainers;
  if (obj.kind === "Pod") return { spec: lists };
  if (obj.kind === "CronJob") return { spec: { jobTemplate: { spec: { template: { spec: lists } } } } };
  return { spec: { template: { spec: lists } } };
}
