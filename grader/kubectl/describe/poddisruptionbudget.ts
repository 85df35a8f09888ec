// describePodDisruptionBudgetV1 of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { formatLabelSelector } from "../../apiserver/printers/labels";
import type { LabelSelectorView } from "../../apiserver/printers/object-view";
import { DescribeWriter } from "./describe-writer";
import { searchEvents, writeEvents } from "./events";
import type { Describer } from "./describers";

interface PodDisruptionBudgetView {
  metadata: KubeObject["metadata"];
  spec?: { minAvailable?: number | string; maxUnavailable?: number | string; selector?: LabelSelectorView };
  status?: { disruptionsAllowed?: number; currentHealthy?: number; desiredHealthy?: number; expectedPods?: number };
}

/** `kubectl describe pdb`: the text describePodDisruptionBudgetV1 prints, Events included when given. */
export function describePodDisruptionBudget(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const pdb = obj as unknown as PodDisruptionBudgetView;
  const spec = pdb.spec ?? {};
  const status = pdb.status ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${pdb.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${pdb.metadata.namespace ?? ""}\n`);
  if (spec.minAvailable !== undefined && spec.minAvailable !== null) w.write(0, `Min available:\t${String(spec.minAvailable)}\n`);
  else if (spec.maxUnavailable !== undefined && spec.maxUnavailable !== null) w.write(0, `Max unavailable:\t${String(spec.maxUnavailable)}\n`);
  w.write(0, `Selector:\t${spec.selector ? formatLabelSelector(spec.selector) : "<unset>"}\n`);
  w.write(0, "Status:\n");
  w.write(2, `Allowed disruptions:\t${status.disruptionsAllowed ?? 0}\n`);
  w.write(2, `Current:\t${status.currentHealthy ?? 0}\n`);
  w.write(2, `Desired:\t${status.desiredHealthy ?? 0}\n`);
  w.write(2, `Total:\t${status.expectedPods ?? 0}\n`);
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const podDisruptionBudgetDescriber: Describer = (cluster, obj, settings) =>
  describePodDisruptionBudget(obj, settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
