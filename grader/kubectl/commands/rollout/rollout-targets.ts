// What every `kubectl rollout` subcommand shares (k8s.io/kubectl/pkg/cmd/rollout):
// the Validate check, the builder with ResourceTypeOrNameArgs(true, ...) (a bare
// TYPE means every object of it), and the ReplicaSets a Deployment owns.
import type { KubeObject } from "../../../apiserver/types";
import type { ParsedCommand } from "../../parse-args";
import { namespaceChoice, selectObjects, type Selection } from "../../resource-builder";
import type { KubectlIO } from "../command";

const replicaSets = { group: "apps", version: "v1", resource: "replicasets" };
/** deploymentutil.RevisionAnnotation. */
export const revisionAnnotation = "deployment.kubernetes.io/revision";

/** The objects named on the command line; a lone TYPE selects all of its kind. */
export function rolloutTargets(cmd: ParsedCommand, io: KubectlIO): Selection {
  const files = Array.isArray(cmd.flags.filename) ? (cmd.flags.filename as string[]) : [];
  if (cmd.args.length === 0 && files.length === 0) throw new Error("required resource not specified");
  const selectAll = cmd.args.length === 1 && !cmd.args[0].includes("/") && files.length === 0;
  // ResourceTypeOrNameArgs(true, ...): `rollout pause deployment` is as if --all were given.
  const effective = selectAll && cmd.flags.selector === "" ? { ...cmd, flags: { ...cmd.flags, all: true } } : cmd;
  return selectObjects(effective, io, cmd.args);
}

/** The namespace a `No resources found in X namespace.` line names. */
export function rolloutNamespace(cmd: ParsedCommand, io: KubectlIO): string {
  return namespaceChoice(cmd.flags, io).namespace;
}

/** `deployments.apps`: how the patch errors name the resource. */
export function resourceString(gvr: { group: string; resource: string }): string {
  return gvr.group ? `${gvr.resource}.${gvr.group}` : gvr.resource;
}

/** deploymentutil.Revision: the revision annotation as a number, undefined when absent or malformed. */
export function revisionOf(obj: KubeObject): number | undefined {
  const text = obj.metadata.annotations?.[revisionAnnotation];
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

/** The ReplicaSets whose controller is the Deployment (deploymentutil.GetAllReplicaSets). */
export function ownedReplicaSets(io: KubectlIO, deployment: KubeObject): KubeObject[] {
  const list = io.cluster.api.list(replicaSets, { namespace: deployment.metadata.namespace });
  return list.items.filter((rs) => (rs.metadata.ownerReferences ?? []).some((ref) => ref.controller === true && ref.uid === deployment.metadata.uid));
}
