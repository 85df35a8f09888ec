// `kubectl scale` (k8s.io/kubectl/pkg/cmd/scale/scale.go, pkg/scale/scale.go):
// --replicas through the scale subresource, the --current-replicas and
// --resource-version preconditions, --timeout waiting for status.replicas.
import { StatusError } from "../../apiserver/errors";
import type { KubeObject } from "../../apiserver/types";
import { selectObjects, type SelectedObject } from "../resource-builder";
import { formatCommandErrors } from "./check-err";
import { Output, type CommandHandler } from "./command";
import { settleUntil, longestSimulatedWaitMs } from "./wait-for";
import { dryRunStrategy, numberFlag, operationLine, outputFormat, stringFlag, printsObjects, printWriteObjects } from "./write-flags";

/** What the scale subresource reports: spec.replicas (1 when unset, as defaulting does) and status.replicas. */
function replicasOf(obj: KubeObject): { spec: number; status: number } {
  const spec = (obj.spec as { replicas?: number } | undefined)?.replicas;
  const status = (obj.status as { replicas?: number } | undefined)?.replicas;
  return { spec: spec ?? 1, status: status ?? 0 };
}

/** The GET of `<resource>/<name>/scale` fails with a bare 404 when the kind has no scale subresource. */
function noScaleSubresource(): StatusError {
  return new StatusError({
    apiVersion: "v1",
    kind: "Status",
    metadata: {},
    status: "Failure",
    message: "the server could not find the requested resource",
    reason: "NotFound",
    details: {},
    code: 404,
  });
}

/** scale.PreconditionError. */
function preconditionError(what: string, expected: string, actual: string): Error {
  return new Error(`Expected ${what} to be ${expected}, was ${actual}`);
}

export const scaleCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const dryRun = dryRunStrategy(cmd);
  const format = outputFormat(cmd, io);
  const replicas = numberFlag(cmd, "replicas");
  const currentReplicas = numberFlag(cmd, "current-replicas");
  const resourceVersion = stringFlag(cmd, "resource-version");
  if (replicas < 0) throw new Error("The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0");
  if (currentReplicas < -1) throw new Error("The --current-replicas must specify an integer of -1 or greater");

  const selection = selectObjects(cmd, io, cmd.args);
  if (resourceVersion !== "" && selection.objects.length > 1) throw new Error("cannot use --resource-version with multiple resources");
  if (selection.objects.length === 0) {
    const cause = selection.errors[0];
    if (cause === undefined) throw new Error("no objects passed to scale");
    // fmt.Errorf("%w") hides the API status from checkErr: the plain message follows.
    throw new Error(`no objects passed to scale ${cause instanceof Error ? cause.message : String(cause)}`);
  }

  const printed: KubeObject[] = [];
  const print = (obj: SelectedObject) => {
    if (printsObjects(format)) printed.push(obj.live);
    else out.out(operationLine(obj.live, "scaled", format, dryRun));
  };
  const flush = () => {
    if (printed.length > 0) out.out(printWriteObjects(printed, format, cmd, io));
  };
  for (const obj of selection.objects) {
    if (dryRun === "client") {
      print(obj);
      continue;
    }
    try {
      if (!obj.resource.subresources?.includes("scale")) throw noScaleSubresource();
      const current = io.cluster.api.get(obj.gvr, obj.namespace, obj.name);
      if (currentReplicas !== -1 && replicasOf(current).spec !== currentReplicas) {
        throw preconditionError("replicas", String(currentReplicas), String(replicasOf(current).spec));
      }
      if (resourceVersion !== "" && current.metadata.resourceVersion !== resourceVersion) {
        throw preconditionError("resource version", resourceVersion, current.metadata.resourceVersion ?? "");
      }
      io.cluster.api.patch(obj.gvr, obj.namespace, obj.name, "merge", { spec: { replicas } }, { dryRun: dryRun === "server" });
      const timeout = numberFlag(cmd, "timeout");
      if (timeout > 0 && dryRun === "none") {
        // scaleHasDesiredReplicas: done when someone else changed spec.replicas, or status caught up.
        const synced = () => {
          const r = replicasOf(io.cluster.api.get(obj.gvr, obj.namespace, obj.name));
          return r.spec !== replicas || r.status === replicas;
        };
        if (!settleUntil(io.cluster, synced, Math.min(timeout, longestSimulatedWaitMs))) {
          throw new Error(`timed out waiting for "${obj.name}" to be synced`);
        }
      }
    } catch (e) {
      // RunScale returns at the first failing object.
      flush();
      out.err(formatCommandErrors([e]));
      return out.result(1);
    }
    print(obj);
  }
  flush();
  out.err(formatCommandErrors(selection.errors));
  return out.result(selection.errors.length > 0 ? 1 : 0);
};

