// `kubectl patch` (k8s.io/kubectl/pkg/cmd/patch/patch.go v0.34.5): -p or
// --patch-file as JSON or YAML, --type strategic|merge|json, --subresource,
// --local -f (patched here and printed), `deployment.apps/web patched`.
import { load, YAMLException } from "js-yaml";
import type { PatchType } from "../../apiserver/api-interface";
import { isStatusError } from "../../apiserver/errors";
import { applyPatch } from "../../apiserver/patch";
import type { KubeObject } from "../../apiserver/types";
import { deepEqual } from "../../apiserver/validation/deep-equal";
import type { ParsedCommand } from "../parse-args";
import { selectObjects } from "../resource-builder";
import { goYamlErrorText } from "../resource-builder/yaml-errors";
import { formatCommandErrors } from "./check-err";
import { Output, type CommandHandler, type KubectlIO } from "./command";
import { boolFlag, dryRunStrategy, kindName, outputFormat, stringFlag, printsObjects, printWriteObjects } from "./write-flags";

const patchTypes: Record<string, PatchType> = { json: "json", merge: "merge", strategic: "strategic" };

/** A patch body whose bytes are not JSON: what each patch type says about it when applied. */
class UnparsablePatch {
  constructor(readonly text: string) {}
}

/** apimachinery yaml.ToJSON: text starting with `{` is taken as JSON unchanged; anything else is YAML. */
export function patchBody(text: string): unknown {
  if (text.trimStart().startsWith("{")) {
    try {
      return JSON.parse(text);
    } catch {
      return new UnparsablePatch(text);
    }
  }
  try {
    return load(text) ?? null;
  } catch (e) {
    if (e instanceof YAMLException) throw new Error(`unable to parse ${JSON.stringify(text)}: ${goYamlErrorText(e, text)}`, { cause: e });
    throw e;
  }
}

/** getPatchedJSON, as --local and --dry-run=client compute it. */
function patchLocally(type: PatchType, obj: KubeObject, body: unknown, io: KubectlIO): KubeObject {
  if (body instanceof UnparsablePatch) throw new Error(type === "merge" ? "Invalid JSON Patch" : type === "strategic" ? "invalid JSON document" : "invalid character looking for beginning of object key string");
  if (type === "strategic" && (typeof body !== "object" || body === null || Array.isArray(body))) throw new Error("invalid JSON document");
  const resource = io.cluster.api.registry.resolveKind(obj.apiVersion, obj.kind);
  // schema.GroupVersionKind.String(): `apps/v1, Kind=Deployment`, `/v1, Kind=Pod`.
  const kind = `${obj.apiVersion.includes("/") ? obj.apiVersion : `/${obj.apiVersion}`}, Kind=${obj.kind}`;
  try {
    return applyPatch(type, obj, body, { ...resource.entry.info, version: resource.version });
  } catch (e) {
    if (isStatusError(e)) {
      if (e.status.reason === "UnsupportedMediaType") throw new Error(`strategic merge patch is not supported for ${kind} locally, try --type merge`, { cause: e });
      throw new Error(e.status.message ?? "", { cause: e });
    }
    throw e;
  }
}

export const patchCommand: CommandHandler = (cmd: ParsedCommand, io) => {
  const out = new Output();
  const patchText = stringFlag(cmd, "patch");
  const patchFile = stringFlag(cmd, "patch-file");
  const local = boolFlag(cmd, "local");
  const dryRun = dryRunStrategy(cmd);
  const format = outputFormat(cmd, io);
  if (patchText && patchFile) throw new Error("cannot specify --patch and --patch-file together");
  if (!patchText && !patchFile) throw new Error("must specify --patch or --patch-file containing the contents of the patch");
  if (local && cmd.args.length !== 0) throw new Error("cannot specify --local and server resources");
  if (local && dryRun === "server") throw new Error("cannot specify --local and --dry-run=server - did you mean --dry-run=client?");
  const typeFlag = stringFlag(cmd, "type") || "strategic";
  const type = patchTypes[typeFlag.toLowerCase()];
  if (!type) throw new Error(`--type must be one of [json merge strategic], not ${JSON.stringify(typeFlag)}`);
  let text = patchText;
  if (patchFile) {
    try {
      text = io.readFile(patchFile);
    } catch {
      throw new Error(`unable to read patch file: open ${patchFile}: no such file or directory`);
    }
  }
  const body = patchBody(text);
  const subresource = stringFlag(cmd, "subresource") || undefined;
  const selection = selectObjects(cmd, io, cmd.args, { local });
  const errors = [...selection.errors];
  let count = 0;
  for (const target of selection.objects) {
    count++;
    let result: KubeObject;
    try {
      if (!local && dryRun !== "client") {
        if (body instanceof UnparsablePatch) throw new Error(type === "merge" ? "Invalid JSON Patch" : "invalid JSON document");
        const fieldManager = stringFlag(cmd, "field-manager") || "kubectl-patch";
        result = io.cluster.api.patch(target.gvr, target.namespace, target.name, type, body, { dryRun: dryRun === "server", fieldManager, subresource });
      } else {
        result = patchLocally(type, target.live, body, io);
      }
    } catch (e) {
      errors.push(e);
      break;
    }
    const operation = deepEqual(target.live, result) ? "patched (no change)" : "patched";
    if (printsObjects(format)) out.out(printWriteObjects([result], format, cmd, io));
    else if (format === "name") out.out(`${kindName(result)}\n`);
    else out.out(`${kindName(result)} ${operation}\n`);
  }
  if (errors.length === 0 && count === 0) errors.push(new Error("no objects passed to patch"));
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
};
