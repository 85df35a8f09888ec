// describeDeployment of k8s.io/kubectl/pkg/describe/describe.go v0.34.5, with the new and old
// ReplicaSets found as deploymentutil.GetAllReplicaSetsInChunks finds them.
import type { KubeObject } from "../../apiserver/types";
import { labelSelectorString } from "../../apiserver/printers/labels";
import type { LabelSelectorView } from "../../apiserver/printers/object-view";
import type { Cluster } from "../../cluster/cluster";
import { byCreation, equalIgnoreHash } from "../../controllers/deployment/replica-sets";
import type { ReplicaSet } from "../../controllers/deployment/types";
import { isControlledBy } from "../../controllers/replicaset/controller-ref";
import { selectorMatches } from "../../apiserver/validation/label-selector";
import { DescribeWriter } from "./describe-writer";
import { formatRFC1123Z, writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import { writePodTemplate, type PodTemplateView } from "./pod-template";

interface DeploymentView {
  metadata: KubeObject["metadata"];
  spec: {
    replicas?: number;
    selector?: LabelSelectorView;
    minReadySeconds?: number;
    strategy?: { type?: string; rollingUpdate?: { maxUnavailable?: number | string; maxSurge?: number | string } };
    template?: PodTemplateView;
  };
  status?: {
    replicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    unavailableReplicas?: number;
    conditions?: { type: string; status: string; reason?: string }[];
  };
}

interface ReplicaSetRef {
  metadata: KubeObject["metadata"];
  spec?: { replicas?: number };
  status?: { replicas?: number };
}

export interface DeploymentReplicaSets {
  oldReplicaSets: KubeObject[];
  newReplicaSet?: KubeObject;
}

const replicaSetsResource = { group: "apps", version: "v1", resource: "replicasets" };

/** GetAllReplicaSetsInChunks: the owned ReplicaSets; the oldest with the Deployment's template is the new one, all others are old. */
export function deploymentReplicaSets(cluster: Cluster, deployment: KubeObject): DeploymentReplicaSets {
  const d = deployment as unknown as DeploymentView;
  const owned = (cluster.api.list(replicaSetsResource, { namespace: deployment.metadata.namespace }).items as unknown as ReplicaSet[])
    .filter((rs) => selectorMatches(d.spec.selector as never, rs.metadata.labels) && isControlledBy(rs as unknown as KubeObject, deployment))
    .sort(byCreation);
  const newRS = owned.find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template as never));
  const old = owned.filter((rs) => rs !== newRS);
  return { oldReplicaSets: old as unknown as KubeObject[], newReplicaSet: newRS as unknown as KubeObject | undefined };
}

/** printReplicaSetsByLabels: `web-5d9c (3/3 replicas created)`, comma-separated, `<none>` when empty. */
function replicaSetsText(replicaSets: KubeObject[]): string {
  const list = (replicaSets as unknown as ReplicaSetRef[]).map((rs) => `${rs.metadata.name ?? ""} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`).join(", ");
  return list === "" ? "<none>" : list;
}

/** `kubectl describe deployment`: the text describeDeployment prints, Events included when given. */
export function describeDeployment(obj: KubeObject, replicaSets: DeploymentReplicaSets, events: KubeObject[] | undefined, now: number): string {
  const d = obj as unknown as DeploymentView;
  const status = d.status ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${d.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${d.metadata.namespace ?? ""}\n`);
  w.write(0, `CreationTimestamp:\t${formatRFC1123Z(d.metadata.creationTimestamp)}\n`);
  writeLabelsMultiline(w, "Labels", d.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", d.metadata.annotations);
  w.write(0, `Selector:\t${labelSelectorString(d.spec.selector)}\n`);
  w.write(0, `Replicas:\t${d.spec.replicas ?? 0} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable\n`);
  w.write(0, `StrategyType:\t${d.spec.strategy?.type ?? ""}\n`);
  w.write(0, `MinReadySeconds:\t${d.spec.minReadySeconds ?? 0}\n`);
  const ru = d.spec.strategy?.rollingUpdate;
  // IntOrString.String() of an unset value is the int 0.
  if (ru) w.write(0, `RollingUpdateStrategy:\t${String(ru.maxUnavailable ?? 0)} max unavailable, ${String(ru.maxSurge ?? 0)} max surge\n`);
  writePodTemplate(w, d.spec.template);
  if ((status.conditions ?? []).length > 0) {
    w.write(0, "Conditions:\n  Type\tStatus\tReason\n");
    w.write(1, "----\t------\t------\n");
    for (const c of status.conditions!) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ""}\n`);
  }
  if (replicaSets.oldReplicaSets.length > 0 || replicaSets.newReplicaSet) {
    w.write(0, `OldReplicaSets:\t${replicaSetsText(replicaSets.oldReplicaSets)}\n`);
    w.write(0, `NewReplicaSet:\t${replicaSetsText(replicaSets.newReplicaSet ? [replicaSets.newReplicaSet] : [])}\n`);
  }
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const deploymentDescriber = (cluster: Cluster, obj: KubeObject, settings: { showEvents: boolean }): string =>
  describeDeployment(obj, deploymentReplicaSets(cluster, obj), settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
