// `kubectl edit` (k8s.io/kubectl/pkg/cmd/edit/edit.go, pkg/cmd/util/editor/
// editoptions.go v0.34.5): the objects as YAML under upstream's header go to
// the editor (io.edit); the difference is sent as a strategic merge patch
// (merge patch for kinds without Go types); an invalid edit reopens the editor
// with the reasons, and leaving it unchanged keeps the file under /tmp. -o json edits JSON
// (edit-output.ts says what -o prints).
import { createHash } from "node:crypto";
import { isNotFound, isStatusError } from "../../apiserver/errors";
import { createTwoWayMergePatch, patchSchemaFor } from "../../apiserver/patch";
import type { KubeObject } from "../../apiserver/types";
import { deepEqual } from "../../apiserver/validation/deep-equal";
import { PrinterOutputError } from "../output/go-template-printer";
import { compactGoJson } from "../output/compact-json";
import { toJson } from "../output/json";
import { toYaml } from "../output/yaml";
import { decodeManifests, selectObjects, type ReadResult, type SelectedObject } from "../resource-builder";
import { formatCommandErrors } from "./check-err";
import { Output, type CommandHandler } from "./command";
import { editorFormat, printEditResult, type EditorFormat } from "./edit-output";
import { boolFlag, stringFlag } from "./write-flags";

type Json = Record<string, unknown>;

const editHeader =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

interface EditReason {
  head: string;
  other: string[];
}

/** editHeader.writeTo: the fixed text, then each reason as `# head:` and `# * cause` lines. */
export function headerText(reasons: EditReason[]): string {
  const hashed = (s: string) => s.replace(/\n/g, "\n# ");
  let text = editHeader;
  for (const r of reasons) {
    text += r.other.length > 0 ? `# ${hashed(r.head)}:\n` : `# ${hashed(r.head)}\n`;
    for (const o of r.other) text += `# * ${hashed(o)}\n`;
    text += "#\n";
  }
  return text;
}

/** cmdutil.StripComments: drops lines whose first non-blank character is `#`. */
const stripComments = (text: string) =>
  text
    .split("\n")
    .filter((l) => !l.trim().startsWith("#"))
    .join("\n");
/** cmdutil.ManualStrip: drops lines starting with `#`. */
const manualStrip = (text: string) =>
  text
    .split("\n")
    .filter((l) => !l.startsWith("#"))
    .join("\n");
const hasLines = (text: string) => text.split("\n").some((l) => l.trim().length > 0 && !l.trim().startsWith("#"));

/** os.CreateTemp's name for `kubectl-edit-*.yaml`: random upstream, derived from the content here so runs repeat. */
export function editTempFile(content: string, ext: EditorFormat["ext"] = "yaml"): string {
  const n = parseInt(createHash("sha256").update(content).digest("hex").slice(0, 8), 16);
  return `/tmp/kubectl-edit-${n}.${ext}`;
}

/** The editor's text: one object alone, several as the v1 List editFn builds (metadata `{}`). */
function editorText(objs: KubeObject[], format: EditorFormat["format"]): string {
  const doc = objs.length === 1 ? objs[0] : { apiVersion: "v1", items: objs, kind: "List", metadata: {} };
  return format === "json" ? toJson(doc, { sortKeys: true }) : toYaml(doc);
}

function withoutManagedFields(obj: KubeObject): KubeObject {
  const copy = structuredClone(obj);
  delete (copy.metadata as Json).managedFields;
  return copy;
}

/** `deployments.apps`: the resource string editResults.addError prints. */
function resourceString(target: SelectedObject): string {
  return target.gvr.group ? `${target.gvr.resource}.${target.gvr.group}` : target.gvr.resource;
}

export const editCommand: CommandHandler = async (cmd, io) => {
  const out = new Output();
  if (!io.edit) throw new Error("no editor is available");
  const selection = selectObjects(cmd, io, cmd.args, { allowEmptySelector: true });
  if (selection.errors.length > 0) {
    out.err(formatCommandErrors(selection.errors));
    return out.result(1);
  }
  if (selection.objects.length === 0) throw new Error("edit cancelled, no objects found");
  const editor = editorFormat(cmd);
  const targets = selection.objects;
  const originals = targets.map((t) => withoutManagedFields(t.live));
  const original = editorText(originals, editor.format);
  const file = editTempFile(original, editor.ext);
  const fieldManager = stringFlag(cmd, "field-manager") || "kubectl-edit";
  const kept = (err: unknown) => {
    out.err(`A copy of your changes has been stored to "${file}"\n`);
    out.err(formatCommandErrors([typeof err === "string" ? new Error(err) : err]));
    return out.result(1);
  };
  /** o.ToPrinter(operation).PrintObj; undefined when it printed, else the error editFn returns. */
  const printed = (obj: KubeObject, operation: string): unknown => {
    try {
      out.out(printEditResult(cmd, io, obj, operation));
      return undefined;
    } catch (e) {
      if (e instanceof PrinterOutputError) out.out(e.stdout);
      return e;
    }
  };

  let reasons: EditReason[] = [];
  let containsError = false;
  let edited = "";
  for (;;) {
    const buffer = (editor.header ? headerText(reasons) : "") + (containsError ? manualStrip(edited) : original);
    const previous = edited;
    // An editor closed without saving leaves the file as it was written.
    edited = (await io.edit(buffer, file)) ?? buffer;
    if (containsError && stripComments(previous) === stripComments(edited)) return kept("Edit cancelled, no valid changes were saved.");
    if (stripComments(original) === stripComments(edited)) {
      out.err("Edit cancelled, no changes made.\n");
      return out.result();
    }
    if (!hasLines(edited)) {
      out.err("Edit cancelled, saved file was empty.\n");
      return out.result();
    }
    const parsed: ReadResult = { objects: [], errors: [] };
    decodeManifests("edited-file", edited, parsed);
    reasons = [];
    if (parsed.errors.length > 0) {
      containsError = true;
      reasons.push({ head: `The edited file had a syntax error: ${(parsed.errors[0] as Error).message}`, other: [] });
      continue;
    }
    let toEditAgain = 0;
    let retryable = 0;
    let notFound = 0;
    for (const { object: updated } of parsed.objects) {
      const index = originals.findIndex((o) => o.metadata.uid === updated.metadata.uid);
      if (index < 0) return kept(`no original object found for ${updated.kind} ${JSON.stringify(updated.metadata.name ?? "")}`);
      const before = originals[index];
      const target = targets[index];
      if (deepEqual(before, updated)) {
        const failed = printed(updated, "skipped");
        if (failed) return kept(failed);
        continue;
      }
      if (before.apiVersion !== updated.apiVersion || before.kind !== updated.kind || before.metadata.name !== updated.metadata.name) {
        return kept("At least one of apiVersion, kind and name was changed");
      }
      const schema = patchSchemaFor(target.resource);
      const patchType = schema ? "strategic" : "merge";
      type JsonMap = Parameters<typeof createTwoWayMergePatch>[0];
      const patch = schema ? createTwoWayMergePatch(before as unknown as JsonMap, updated as unknown as JsonMap, schema) : updated;
      if (boolFlag(cmd, "output-patch")) out.out(`Patch: ${compactGoJson(patch)}\n`);
      let result: KubeObject;
      try {
        result = io.cluster.api.patch(target.gvr, target.namespace, target.name, patchType, patch, { fieldManager });
      } catch (e) {
        const what = `${resourceString(target)} "${target.name}"`;
        if (isStatusError(e) && e.status.reason === "Invalid") {
          toEditAgain++;
          reasons.push({ head: `${what} was not valid`, other: (e.status.details?.causes ?? []).map((c) => `${c.field ?? ""}: ${c.message ?? ""}`) });
          out.err(`error: ${what} is invalid\n`);
        } else if (isNotFound(e)) {
          notFound++;
          out.err(`error: ${what} could not be found on the server\n`);
        } else {
          retryable++;
          out.err(`error: ${what} could not be patched: ${isStatusError(e) ? e.status.message : String(e)}\n`);
        }
        continue;
      }
      const failed = printed(result, "edited");
      if (failed) return kept(failed);
    }
    if (retryable > 0) {
      out.err(`You can run \`kubectl replace -f ${file}\` to try this update again.\n`);
      return out.result(1);
    }
    if (notFound > 0) {
      out.err(`The edits you made on deleted resources have been saved to "${file}"\n`);
      return out.result(1);
    }
    if (toEditAgain === 0) return out.result();
    containsError = true;
  }
};
