// `kubectl set serviceaccount` (k8s.io/kubectl/pkg/cmd/set/set_serviceaccount.go):
// the last argument is the account, set as the pod spec's serviceAccountName;
// printed even when unchanged: `deployment.apps/web serviceaccount updated`.
import type { KubeObject } from "../../../apiserver/types";
import { selectObjects } from "../../resource-builder";
import { formatCommandErrors } from "../check-err";
import { Output, type CommandHandler } from "../command";
import { boolFlag, dryRunStrategy, operationLine, outputFormat, printsObjects, printWriteObjects } from "../write-flags";
import { editablePodSpec } from "./pod-template";
import { podSpecPatch } from "./template-patch";

export const setServiceAccountCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const local = boolFlag(cmd, "local");
  const dryRun = dryRunStrategy(cmd);
  const fail = (message: string) => {
    out.err(formatCommandErrors([new Error(message)]));
    return out.result(1);
  };
  if (local && dryRun === "server") return fail("cannot specify --local and --dry-run=server - did you mean --dry-run=client?");
  const format = outputFormat(cmd, io);
  if (cmd.args.length === 0) return fail("serviceaccount is required");
  const account = cmd.args[cmd.args.length - 1];
  // With --local the builder reads only the files: resource arguments are ignored.
  const selection = selectObjects(cmd, io, local ? [] : cmd.args.slice(0, -1), { local });
  const errors: unknown[] = [...selection.errors];
  const printed: KubeObject[] = [];
  const print = (obj: KubeObject) => {
    if (printsObjects(format)) printed.push(obj);
    else out.out(operationLine(obj, "serviceaccount updated", format, dryRun));
  };
  for (const target of selection.objects) {
    const editable = editablePodSpec(target, local);
    if ("error" in editable) {
      errors.push(editable.error);
      continue;
    }
    const { updated, spec } = editable;
    spec.serviceAccountName = account;
    if (local || dryRun === "client") {
      print(updated);
      continue;
    }
    try {
      const patch = podSpecPatch(updated, spec, ["serviceAccountName"]);
      print(io.cluster.api.patch(target.gvr, target.namespace, target.name, "merge", patch, { dryRun: dryRun === "server" }));
    } catch (e) {
      errors.push(new Error(`failed to patch ServiceAccountName ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  if (printed.length > 0) out.out(printWriteObjects(printed, format, cmd, io, { typed: local || dryRun === "client" }));
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
};
