// `kubectl delete` (k8s.io/kubectl/pkg/cmd/delete/delete.go): v1.34 prints
// `pod "x" deleted from default namespace`; --wait (default) waits for the
// objects to be gone; --force --grace-period=0 warns first.
import { isNotFound } from "../../apiserver/errors";
import type { PropagationPolicy } from "../../apiserver/api-interface";
import { selectObjects, type SelectedObject } from "../resource-builder";
import { addSourceToErr, formatCommandErrors } from "./check-err";
import { Output, type CommandHandler } from "./command";
import { foreverMs, longestSimulatedWaitMs, settleUntil } from "./wait-for";
import { boolFlag, dryRunStrategy, numberFlag, stringFlag } from "./write-flags";

const cascadeValues: Record<string, PropagationPolicy> = {
  background: "Background",
  true: "Background",
  foreground: "Foreground",
  orphan: "Orphan",
  false: "Orphan",
};

/** `pod`, `deployment.apps`: the kind string delete prints. */
export function kindString(obj: SelectedObject): string {
  const kind = obj.resource.kind.toLowerCase();
  return obj.resource.group ? `${kind}.${obj.resource.group}` : kind;
}

export const deleteCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const cascade = cascadeValues[stringFlag(cmd, "cascade")];
  if (!cascade) {
    out.err(`error: invalid cascade value (${stringFlag(cmd, "cascade")}). Must be "background", "foreground", or "orphan".\n`);
    return out.result(1);
  }
  const output = stringFlag(cmd, "output");
  if (output !== "" && output !== "name") {
    out.err(`error: unexpected -o output mode: ${output}. We only support '-o name'\n`);
    return out.result(1);
  }
  if (boolFlag(cmd, "all") && stringFlag(cmd, "selector")) {
    out.err("error: cannot set --all and --selector at the same time\n");
    return out.result(1);
  }
  const dryRun = dryRunStrategy(cmd);
  let grace = numberFlag(cmd, "grace-period");
  const force = boolFlag(cmd, "force");
  if (boolFlag(cmd, "now")) {
    if (grace !== -1) {
      out.err("error: --now and --grace-period cannot be specified together\n");
      return out.result(1);
    }
    grace = 1;
  }
  if (grace === 0 && !force) grace = 1; // --grace-period=0 alone means 1 (delete.go Complete)
  if (force && grace < 0) grace = 0;
  if (force && grace === 0) {
    out.err("Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n");
  } else if (force && grace > 0) {
    out.err("error: --force and --grace-period greater than 0 cannot be specified together\n");
    return out.result(1);
  }
  const bulk = boolFlag(cmd, "all") || stringFlag(cmd, "selector") !== "" || stringFlag(cmd, "field-selector") !== "";
  const ignoreNotFound = boolFlag(cmd, "ignore-not-found") || (bulk && !cmd.changed.includes("ignore-not-found"));

  const selection = selectObjects(cmd, io, cmd.args, { ignoreNotFound });
  const errors = [...selection.errors];
  const deleted: SelectedObject[] = [];
  for (const obj of selection.objects) {
    let operation = grace === 0 ? "force deleted" : "deleted";
    if (obj.resource.namespaced) operation += ` from ${obj.namespace} namespace`;
    if (dryRun === "client") operation += " (dry run)";
    if (dryRun === "server") operation += " (server dry run)";
    const line = output === "name" ? `${kindString(obj)}/${obj.name}\n` : `${kindString(obj)} "${obj.name}" ${operation}\n`;
    if (dryRun === "client") {
      out.out(line);
      deleted.push(obj);
      continue;
    }
    try {
      io.cluster.api.delete(obj.gvr, obj.namespace, obj.name, {
        dryRun: dryRun === "server",
        propagationPolicy: cascade,
        gracePeriodSeconds: grace >= 0 ? grace : undefined,
      });
      out.out(line);
      deleted.push(obj);
    } catch (e) {
      if (ignoreNotFound && isNotFound(e)) continue;
      errors.push(addSourceToErr("deleting", obj.source, e));
    }
  }
  if (deleted.length === 0 && errors.length === 0) out.out("No resources found\n");
  if (deleted.length > 0 && dryRun === "none" && boolFlag(cmd, "wait")) {
    const timeout = numberFlag(cmd, "timeout") || foreverMs;
    const gone = (obj: SelectedObject) => {
      try {
        return io.cluster.api.get(obj.gvr, obj.namespace, obj.name).metadata.uid !== obj.live.metadata.uid;
      } catch (e) {
        if (isNotFound(e)) return true;
        throw e;
      }
    };
    const done = settleUntil(io.cluster, () => deleted.every(gone), Math.min(timeout, longestSimulatedWaitMs));
    if (!done) {
      const first = deleted.find((o) => !gone(o));
      if (first) errors.push(new Error(`timed out waiting for the condition on ${first.resource.resource}/${first.name}`));
    }
  }
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
};
