// `kubectl rollout pause|resume|restart` (k8s.io/kubectl/pkg/cmd/rollout/
// rollout_pause.go, rollout_resume.go, rollout_restart.go with
// polymorphichelpers objectpauser.go, objectresumer.go, objectrestarter.go):
// each computes a patch per object, reports `error: deployments.apps "web" ...`
// when the helper refuses, and prints `deployment.apps/web paused`.
import { formatRFC3339 } from "../../../clock/rfc3339";
import type { KubeObject } from "../../../apiserver/types";
import type { ParsedCommand } from "../../parse-args";
import { formatCommandErrors } from "../check-err";
import { Output, type CommandHandler, type KubectlIO, type KubectlResult } from "../command";
import { operationLine, outputFormat, printsObjects, printWriteObjects } from "../write-flags";
import { resourceString, rolloutNamespace, rolloutTargets } from "./rollout-targets";

/** A merge patch, "empty" (nothing to send), or the helper's refusal. */
type PatchResult = { patch: Record<string, unknown> } | { empty: true } | { refused: string };

interface PatchingCommand {
  done: string;
  unchanged: string;
  patchFor(obj: KubeObject, io: KubectlIO): PatchResult;
}

const restartedAtAnnotation = "kubectl.kubernetes.io/restartedAt";

interface DeploymentLike {
  spec?: { paused?: boolean; template?: { metadata?: { annotations?: Record<string, string> } } };
}

const pauser: PatchingCommand = {
  done: "paused",
  unchanged: "already paused",
  patchFor(obj) {
    if (obj.kind !== "Deployment") return { refused: "pausing is not supported" };
    if ((obj as DeploymentLike).spec?.paused) return { refused: "is already paused" };
    return { patch: { spec: { paused: true } } };
  },
};

const resumer: PatchingCommand = {
  done: "resumed",
  unchanged: "already resumed",
  patchFor(obj) {
    if (obj.kind !== "Deployment") return { refused: "resuming is not supported" };
    if (!(obj as DeploymentLike).spec?.paused) return { refused: "is not paused" };
    // Paused is omitempty: the computed strategic merge patch deletes the field.
    return { patch: { spec: { paused: null } } };
  },
};

const restartableKinds = new Set(["Deployment", "DaemonSet", "StatefulSet"]);

const restarter: PatchingCommand = {
  done: "restarted",
  unchanged: "",
  patchFor(obj, io) {
    if (!restartableKinds.has(obj.kind)) return { refused: `restarting is not supported` };
    const spec = (obj as DeploymentLike).spec;
    if (obj.kind === "Deployment" && spec?.paused) return { refused: "can't restart paused deployment (run rollout resume first)" };
    const at = formatRFC3339(io.cluster.clock.now());
    if (spec?.template?.metadata?.annotations?.[restartedAtAnnotation] === at) return { empty: true };
    return { patch: { spec: { template: { metadata: { annotations: { [restartedAtAnnotation]: at } } } } } };
  },
};

function runPatching(command: PatchingCommand, cmd: ParsedCommand, io: KubectlIO): KubectlResult {
  const out = new Output();
  const format = outputFormat(cmd, io);
  const selection = rolloutTargets(cmd, io);
  const errors: unknown[] = [...selection.errors];
  if (selection.objects.length === 0 && errors.length === 0) {
    out.err(`No resources found in ${rolloutNamespace(cmd, io)} namespace.\n`);
    return out.result(0);
  }
  const printed: KubeObject[] = [];
  const print = (obj: KubeObject, operation: string) => {
    if (printsObjects(format)) printed.push(obj);
    else out.out(operationLine(obj, operation, format, "none"));
  };
  for (const target of selection.objects) {
    const result = command.patchFor(target.live, io);
    if ("refused" in result) {
      errors.push(new Error(`error: ${resourceString(target.gvr)} "${target.name}" ${result.refused}`));
      continue;
    }
    if ("empty" in result) {
      if (command === restarter) {
        errors.push(new Error(`failed to create patch for ${target.name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`));
      } else print(target.live, command.unchanged);
      continue;
    }
    try {
      print(io.cluster.api.patch(target.gvr, target.namespace, target.name, "merge", result.patch), command.done);
    } catch (e) {
      errors.push(new Error(`failed to patch: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  if (printed.length > 0) out.out(printWriteObjects(printed, format, cmd, io));
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
}

export const rolloutPauseCommand: CommandHandler = (cmd, io) => runPatching(pauser, cmd, io);
export const rolloutResumeCommand: CommandHandler = (cmd, io) => runPatching(resumer, cmd, io);
export const rolloutRestartCommand: CommandHandler = (cmd, io) => runPatching(restarter, cmd, io);
