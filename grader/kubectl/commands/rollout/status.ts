// `kubectl rollout status` (k8s.io/kubectl/pkg/cmd/rollout/rollout_status.go,
// polymorphichelpers/rollout_status.go; StatefulSet and DaemonSet viewers in status-viewers.ts):
// a watch on the object prints a status line per ADDED/MODIFIED event until the
// rollout is done, --watch=false, or --timeout passes.
import type { KubeObject } from "../../../apiserver/types";
import { formatCommandErrors } from "../check-err";
import { Output, type CommandHandler } from "../command";
import { longestSimulatedWaitMs, settleUntil } from "../wait-for";
import { boolFlag, numberFlag } from "../write-flags";
import { revisionOf, rolloutNamespace, rolloutTargets } from "./rollout-targets";
import { daemonSetRolloutStatus, statefulSetRolloutStatus } from "./status-viewers";

interface DeploymentState {
  metadata: { name?: string; generation?: number; annotations?: Record<string, string> };
  spec?: { replicas?: number };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    conditions?: { type: string; reason?: string }[];
  };
}

export interface RolloutStatus {
  message: string;
  done: boolean;
}

/** DeploymentStatusViewer.Status; throws what upstream returns as an error. */
export function deploymentRolloutStatus(obj: KubeObject, revision: number): RolloutStatus {
  const d = obj as unknown as DeploymentState;
  const name = d.metadata.name ?? "";
  if (revision > 0) {
    const running = revisionOf(obj);
    if (running === undefined) throw new Error(`cannot get the revision of deployment "${name}": strconv.ParseInt: parsing "": invalid syntax`);
    if (running !== revision) throw new Error(`desired revision (${revision}) is different from the running revision (${running})`);
  }
  const status = d.status ?? {};
  if ((d.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) return { message: "Waiting for deployment spec update to be observed...\n", done: false };
  const progressing = status.conditions?.find((c) => c.type === "Progressing");
  if (progressing?.reason === "ProgressDeadlineExceeded") throw new Error(`deployment "${name}" exceeded its progress deadline`);
  const updated = status.updatedReplicas ?? 0;
  const replicas = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  if (d.spec?.replicas !== undefined && updated < d.spec.replicas) {
    return { message: `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${d.spec.replicas} new replicas have been updated...\n`, done: false };
  }
  if (replicas > updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${replicas - updated} old replicas are pending termination...\n`, done: false };
  if (available < updated) return { message: `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...\n`, done: false };
  return { message: `deployment "${name}" successfully rolled out\n`, done: true };
}

type StatusViewer = (obj: KubeObject, revision: number) => RolloutStatus;

/** StatusViewerFor: the viewer of a kind, or upstream's error (GroupKind printed as `Kind.group`). */
function statusViewerFor(group: string, kind: string): StatusViewer | string {
  if (group === "apps" && kind === "Deployment") return deploymentRolloutStatus;
  if (group === "apps" && kind === "DaemonSet") return daemonSetRolloutStatus;
  if (group === "apps" && kind === "StatefulSet") return statefulSetRolloutStatus;
  return `no status viewer has been implemented for ${group ? `${kind}.${group}` : kind}`;
}

export const rolloutStatusCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const revision = numberFlag(cmd, "revision");
  if (revision < 0) throw new Error(`revision must be a positive integer: ${revision}`);
  const selection = rolloutTargets(cmd, io);
  if (selection.errors.length > 0) {
    out.err(formatCommandErrors(selection.errors));
    return out.result(1);
  }
  if (selection.objects.length === 0) {
    out.err(`No resources found in ${rolloutNamespace(cmd, io)} namespace.\n`);
    return out.result(0);
  }
  const watch = boolFlag(cmd, "watch");
  const timeout = numberFlag(cmd, "timeout");
  for (const target of selection.objects) {
    const viewer = statusViewerFor(target.resource.group, target.resource.kind);
    if (typeof viewer === "string") {
      out.err(formatCommandErrors([new Error(viewer)]));
      return out.result(1);
    }
    let finished = false;
    let failure: unknown;
    const observe = (obj: KubeObject) => {
      if (finished) return;
      try {
        const status = viewer(obj, revision);
        out.out(status.message);
        if (status.done || !watch) finished = true;
      } catch (e) {
        failure = e;
        finished = true;
      }
    };
    // UntilWithSync: the listed object first, then every change to it.
    observe(target.live);
    let deleted = false;
    const stop = io.cluster.api.watch(target.gvr, { namespace: target.namespace, fieldSelector: `metadata.name=${target.name}` }, (e) => {
      if (finished) return;
      if (e.type === "DELETED") {
        deleted = true;
        finished = true;
      } else observe(e.object);
    });
    try {
      // --timeout=0 means no timeout; the simulated wait still ends where nothing more can change.
      const done = settleUntil(io.cluster, () => finished, timeout > 0 ? Math.min(timeout, longestSimulatedWaitMs) : longestSimulatedWaitMs);
      if (!done) failure = new Error("timed out waiting for the condition");
      if (deleted) failure = new Error("object has been deleted");
    } finally {
      stop();
    }
    if (failure !== undefined) {
      out.err(formatCommandErrors([failure]));
      return out.result(1);
    }
  }
  return out.result(0);
};
