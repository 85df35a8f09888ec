// `kubectl replace -f` (k8s.io/kubectl/pkg/cmd/replace/replace.go v0.34.5):
// a PUT of each manifest object, its resourceVersion taken from the server when
// the file has none; --force deletes, waits for the object to be gone, creates.
import { createObject } from "./create-object";
import { isNotFound } from "../../apiserver/errors";
import type { KubeObject } from "../../apiserver/types";
import { lastAppliedAnnotation, withLastApplied } from "../apply/last-applied";
import { mapObjects, namespaceChoice, readManifests, type ObjectInfo } from "../resource-builder";
import { addSourceToErr, formatCommandErrors } from "./check-err";
import { Output, type CommandHandler } from "./command";
import { kindString } from "./delete";
import { settleUntil } from "./wait-for";
import { boolFlag, dryRunStrategy, kindName, numberFlag, outputFormat, stringFlag, printsObjects, printWriteObjects } from "./write-flags";

/** replace --force waits this long for the deleted object to go when --timeout is 0. */
const forceReplaceWaitMs = 5 * 60 * 1000;

/** util.CreateOrUpdateAnnotation: --save-config writes last-applied; an existing one is refreshed. */
function withApplyAnnotation(obj: KubeObject, saveConfig: boolean): KubeObject {
  if (saveConfig || obj.metadata.annotations?.[lastAppliedAnnotation] !== undefined) return withLastApplied(obj);
  return obj;
}

export const replaceCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const filenames = Array.isArray(cmd.flags.filename) ? (cmd.flags.filename as string[]) : [];
  // Complete: FilenameOptions.RequireFilenameOrKustomize, before Validate's checks.
  if (filenames.length === 0) throw new Error("must specify one of -f and -k");
  const dryRun = dryRunStrategy(cmd);
  const force = boolFlag(cmd, "force");
  if (numberFlag(cmd, "grace-period") >= 0 && !force) throw new Error("--grace-period must have --force specified");
  if (numberFlag(cmd, "timeout") !== 0 && !force) throw new Error("--timeout must have --force specified");
  if (force && dryRun !== "none") throw new Error("--dry-run can not be used when --force is set");
  const format = outputFormat(cmd, io);
  const saveConfig = boolFlag(cmd, "save-config");
  const read = readManifests(filenames, io, boolFlag(cmd, "recursive"));
  const mapped = mapObjects(read.objects, io, namespaceChoice(cmd.flags, io));
  const errors: unknown[] = [...read.errors, ...mapped.errors];
  const fieldManager = stringFlag(cmd, "field-manager") || "kubectl-replace";
  const print = (obj: KubeObject) => {
    if (printsObjects(format)) out.out(printWriteObjects([obj], format, cmd, io));
    else if (format === "name") out.out(`${kindName(obj)}\n`);
    else out.out(`${kindName(obj)} replaced${dryRun === "client" ? " (dry run)" : dryRun === "server" ? " (server dry run)" : ""}\n`);
  };

  if (force) {
    forceReplace(mapped.infos, cmd.flags, io, out, errors, (info) => {
      const created = createObject(io.cluster.api, withApplyAnnotation(info.object, saveConfig), { namespace: info.namespace || undefined, fieldManager });
      print(created);
    });
  } else {
    for (const info of mapped.infos) {
      const obj = withApplyAnnotation(info.object, saveConfig);
      if (dryRun === "client") {
        print(obj);
        continue;
      }
      try {
        // resource.Helper.Replace with overwrite: the server's resourceVersion when the file has none.
        const sent = structuredClone(obj);
        if (!sent.metadata.resourceVersion) sent.metadata.resourceVersion = io.cluster.api.get(info.gvr, info.namespace, info.name).metadata.resourceVersion;
        print(io.cluster.api.update(sent, { dryRun: dryRun === "server", fieldManager, subresource: stringFlag(cmd, "subresource") || undefined }));
      } catch (e) {
        errors.push(addSourceToErr("replacing", info.source, e));
      }
    }
  }
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
};

/** forceReplace: delete every object (DeleteResult's lines), wait until each is gone, then create them. */
function forceReplace(
  infos: ObjectInfo[],
  flags: Record<string, unknown>,
  io: Parameters<CommandHandler>[1],
  out: Output,
  errors: unknown[],
  create: (info: ObjectInfo) => void,
): void {
  const grace = typeof flags["grace-period"] === "number" ? (flags["grace-period"] as number) : -1;
  const deleted: ObjectInfo[] = [];
  for (const info of infos) {
    try {
      io.cluster.api.delete(info.gvr, info.namespace, info.name, { gracePeriodSeconds: grace >= 0 ? grace : undefined });
      const kind = kindString({ ...info, live: info.object });
      out.out(`${kind} "${info.name}" ${grace === 0 ? "force deleted" : "deleted"}${info.resource.namespaced ? ` from ${info.namespace} namespace` : ""}\n`);
      deleted.push(info);
    } catch (e) {
      if (!isNotFound(e)) {
        errors.push(e);
        return;
      }
    }
  }
  const timeout = (typeof flags.timeout === "number" && flags.timeout > 0 ? flags.timeout : 0) || forceReplaceWaitMs;
  const gone = (info: ObjectInfo) => {
    try {
      io.cluster.api.get(info.gvr, info.namespace, info.name);
      return false;
    } catch (e) {
      if (isNotFound(e)) return true;
      throw e;
    }
  };
  if (!settleUntil(io.cluster, () => deleted.every(gone), timeout)) {
    errors.push(new Error("timed out waiting for the condition"));
    return;
  }
  let count = 0;
  for (const info of infos) {
    try {
      create(info);
      count++;
    } catch (e) {
      errors.push(e);
      return;
    }
  }
  if (count === 0) errors.push(new Error("no objects passed to replace"));
}
