// The history of StatefulSets and DaemonSets as kubectl reads it (k8s.io/kubectl/pkg/
// polymorphichelpers history.go daemonSetHistory/statefulSetHistory, rollback.go
// DaemonSetRollbacker/StatefulSetRollbacker): the ControllerRevisions the object's selector
// selects and that it controls; each revision's data is a strategic merge patch of the
// template (`$patch: replace`), applied to the live object to see that revision.
import { applyStrategicMergePatch } from "../../../apiserver/patch";
import type { ResourceInfo } from "../../../apiserver/resource-info";
import { labelSelectorFromMeta, labelSelectorMatches, type MetaLabelSelector } from "../../../apiserver/selectors";
import type { KubeObject } from "../../../apiserver/types";
import { goJsonMarshal } from "../../../controllers/statefulset/go-json";
import { revisionPatch } from "../../../controllers/statefulset/revision";
import { DescribeWriter } from "../../describe/describe-writer";
import { writePodTemplate, type PodTemplateView } from "../../describe/pod-template";
import type { KubectlIO } from "../command";
import type { DryRun } from "../../apply/apply-object";

const controllerRevisions = { group: "apps", version: "v1", resource: "controllerrevisions" };

export type Revision = KubeObject & { revision?: number; data?: unknown };

/** Whether kubectl's history helpers know the kind through ControllerRevisions. */
export function hasControllerHistory(resource: ResourceInfo): boolean {
  return resource.group === "apps" && (resource.kind === "DaemonSet" || resource.kind === "StatefulSet");
}

/** controlledHistory: revisions matching the owner's selector whose controller is the owner. */
export function controlledRevisions(io: KubectlIO, owner: KubeObject): Revision[] {
  const selector = labelSelectorFromMeta((owner.spec as { selector?: MetaLabelSelector } | undefined)?.selector);
  return (io.cluster.api.list(controllerRevisions, { namespace: owner.metadata.namespace }).items as Revision[]).filter(
    (r) => labelSelectorMatches(selector, r.metadata.labels) && (r.metadata.ownerReferences ?? []).some((ref) => ref.controller === true && ref.uid === owner.metadata.uid),
  );
}

/** Revision number → revision, sorted (printHistory keeps the last of equal numbers). */
export function revisionsByNumber(revisions: Revision[]): Map<number, Revision> {
  const byNumber = new Map<number, Revision>();
  for (const r of revisions) byNumber.set(r.revision ?? 0, r);
  return new Map([...byNumber.entries()].sort((a, b) => a[0] - b[0]));
}

/** applyDaemonSetHistory / applyStatefulSetHistory: the live object with the revision's template. */
export function appliedRevision(owner: KubeObject, revision: Revision, resource: ResourceInfo): KubeObject {
  return applyStrategicMergePatch(owner, revision.data ?? {}, resource);
}

/** printTemplate: DescribePodTemplate through a bare PrefixWriter. */
export function templateText(obj: KubeObject): string {
  const w = new DescribeWriter();
  writePodTemplate(w, (obj.spec as { template?: PodTemplateView } | undefined)?.template);
  return w.raw();
}

/**
 * DaemonSetRollbacker / StatefulSetRollbacker.Rollback: the operation text kubectl prints
 * after the object's name; throws upstream's errors.
 */
export function rollbackFromHistory(io: KubectlIO, owner: KubeObject, resource: ResourceInfo, toRevision: number, dryRun: DryRun): string {
  if (toRevision < 0) throw new Error(`unable to find specified revision ${toRevision} in history`);
  const history = controlledRevisions(io, owner);
  if (toRevision === 0 && history.length <= 1) throw new Error("no last revision to roll back to");
  // findHistory: 0 means the second highest revision number.
  const sorted = [...history].sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
  const target = toRevision === 0 ? sorted[sorted.length - 2] : history.find((h) => h.revision === toRevision);
  if (!target) throw new Error(`unable to find specified revision ${toRevision} in history`);
  if (dryRun === "client") return `will roll back to ${templateText(appliedRevision(owner, target, resource))}`;
  // daemonSetMatch / statefulsetMatch: the live template's patch bytes equal the revision's data.
  if (goJsonMarshal(revisionPatch(owner)) === goJsonMarshal(target.data)) return `skipped rollback (current template already matches revision ${toRevision})`;
  const gvr = { group: resource.group, version: resource.version, resource: resource.resource };
  try {
    io.cluster.api.patch(gvr, owner.metadata.namespace ?? "", owner.metadata.name ?? "", "strategic", target.data ?? {}, { dryRun: dryRun === "server" });
  } catch (e) {
    throw new Error(`failed restoring revision ${toRevision}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  return "rolled back";
}
