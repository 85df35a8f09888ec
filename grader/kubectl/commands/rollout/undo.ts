// `kubectl rollout undo` (k8s.io/kubectl/pkg/cmd/rollout/rollout_undo.go,
// polymorphichelpers/rollback.go; DaemonSets and StatefulSets in controller-history.ts).
// Deployments (DeploymentRollbacker): the
// template of the previous (or --to-revision) ReplicaSet replaces spec.template
// by a JSON patch, with the ReplicaSet's annotations carried over.
import type { KubeObject } from "../../../apiserver/types";
import { formatCommandErrors } from "../check-err";
import { Output, type CommandHandler } from "../command";
import { dryRunStrategy, numberFlag, operationLine, outputFormat, printsObjects, printWriteObjects } from "../write-flags";
import { ownedReplicaSets, revisionOf, rolloutTargets } from "./rollout-targets";
import { hasControllerHistory, rollbackFromHistory, templateText } from "./controller-history";

const hashLabel = "pod-template-hash";
// Kept from the Deployment rather than copied from the ReplicaSet (rollback.go annotationsToSkip).
const annotationsToSkip = new Set([
  "kubectl.kubernetes.io/last-applied-configuration",
  "deployment.kubernetes.io/revision",
  "deployment.kubernetes.io/revision-history",
  "deployment.kubernetes.io/desired-replicas",
  "deployment.kubernetes.io/max-replicas",
  "deprecated.deployment.rollback.to",
]);

type Template = { metadata?: { labels?: Record<string, string> } } & Record<string, unknown>;

function templateOf(obj: KubeObject): Template {
  return structuredClone(((obj.spec as { template?: Template } | undefined)?.template ?? {}) as Template);
}

function withoutHash(template: Template): Template {
  const copy = structuredClone(template);
  if (copy.metadata?.labels) delete copy.metadata.labels[hashLabel];
  return copy;
}

/** A JSON comparison with keys sorted (apiequality.Semantic.DeepEqual on the decoded templates). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** deploymentRevision: the ReplicaSet of `toRevision`, or the second newest for 0. */
function revisionToRestore(rsList: KubeObject[], toRevision: number, deploymentName: string): KubeObject {
  let latest: { rev: number; rs?: KubeObject } = { rev: -1 };
  let previous: { rev: number; rs?: KubeObject } = { rev: -1 };
  for (const rs of rsList) {
    const v = revisionOf(rs);
    if (v === undefined) continue;
    if (toRevision === 0) {
      if (latest.rev < v) {
        previous = latest;
        latest = { rev: v, rs };
      } else if (previous.rev < v) previous = { rev: v, rs };
    } else if (toRevision === v) return rs;
  }
  if (toRevision > 0) throw new Error(`unable to find specified revision ${toRevision} in history`);
  if (!previous.rs) throw new Error(`no rollout history found for deployment "${deploymentName}"`);
  return previous.rs;
}

export const rolloutUndoCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const dryRun = dryRunStrategy(cmd);
  const format = outputFormat(cmd, io);
  const toRevision = numberFlag(cmd, "to-revision");
  const selection = rolloutTargets(cmd, io);
  const errors: unknown[] = [...selection.errors];
  const printed: KubeObject[] = [];
  for (const target of selection.objects) {
    try {
      if (hasControllerHistory(target.resource)) {
        const operation = rollbackFromHistory(io, io.cluster.api.get(target.gvr, target.namespace, target.name), target.resource, toRevision, dryRun);
        if (printsObjects(format)) printed.push(target.live);
        else out.out(operationLine(target.live, operation, format, dryRun));
        continue;
      }
      if (target.live.kind !== "Deployment") {
        const kind = target.resource.group ? `${target.resource.kind}.${target.resource.group}` : target.resource.kind;
        throw new Error(`no rollbacker has been implemented for "${kind}"`);
      }
      if (toRevision < 0) throw new Error(`unable to find specified revision ${toRevision} in history`);
      const deployment = io.cluster.api.get(target.gvr, target.namespace, target.name);
      const rs = revisionToRestore(ownedReplicaSets(io, deployment), toRevision, target.name);
      if (dryRun === "client") {
        // DeploymentRollbacker prints the revision's template as it is, hash label included (printTemplate).
        if (printsObjects(format)) printed.push(target.live);
        else out.out(operationLine(target.live, templateText(rs), format, dryRun));
        continue;
      }
      if ((deployment.spec as { paused?: boolean } | undefined)?.paused) {
        throw new Error("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again");
      }
      let operation = "rolled back";
      if (canonical(withoutHash(templateOf(rs))) === canonical(withoutHash(templateOf(deployment)))) {
        operation = `skipped rollback (current template already matches revision ${toRevision})`;
      } else {
        const annotations: Record<string, string> = {};
        for (const [k, v] of Object.entries(deployment.metadata.annotations ?? {})) if (annotationsToSkip.has(k)) annotations[k] = v;
        for (const [k, v] of Object.entries(rs.metadata.annotations ?? {})) if (!annotationsToSkip.has(k)) annotations[k] = v;
        const patch = [
          { op: "replace", path: "/spec/template", value: withoutHash(templateOf(rs)) },
          { op: "replace", path: "/metadata/annotations", value: annotations },
        ];
        try {
          io.cluster.api.patch(target.gvr, target.namespace, target.name, "json", patch, { dryRun: dryRun === "server" });
        } catch (e) {
          throw new Error(`failed restoring revision ${toRevision}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
        }
      }
      // The printer is given the object as the builder fetched it, before the rollback.
      if (printsObjects(format)) printed.push(target.live);
      else out.out(operationLine(target.live, operation, format, dryRun));
    } catch (e) {
      errors.push(e);
    }
  }
  if (printed.length > 0) out.out(printWriteObjects(printed, format, cmd, io));
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
};
