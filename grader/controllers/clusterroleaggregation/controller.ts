// The ClusterRole aggregation controller of kube-controller-manager
// (pkg/controller/clusterroleaggregation): a ClusterRole with an
// aggregationRule gets the rules of every ClusterRole its selectors match.
// Any ClusterRole change re-syncs every aggregated role (upstream's
// enqueueAll). The bootstrap roles of a fresh cluster are already aggregated,
// so starting costs nothing.
import { isStatusError } from "../../apiserver/errors";
import type { GroupVersionResource } from "../../apiserver/types";
import type { ComponentContext } from "../framework/component";
import { QueuedController } from "../framework/queued-controller";
import { aggregatedRules, sameRules, type ClusterRoleLike } from "./aggregate";

const clusterRolesGVR: GroupVersionResource = { group: "rbac.authorization.k8s.io", version: "v1", resource: "clusterroles" };

export class ClusterRoleAggregationController extends QueuedController {
  readonly name = "clusterrole-aggregation-controller";

  protected watch(ctx: ComponentContext): () => void {
    return ctx.api.watch(clusterRolesGVR, {}, () => {
      for (const role of ctx.api.list(clusterRolesGVR, { readOnly: true }).items as ClusterRoleLike[]) {
        if (role.aggregationRule) this.queue.add(role.metadata.name ?? "");
      }
    });
  }

  protected sync(name: string): void {
    const all = this.ctx.api.list(clusterRolesGVR, { readOnly: true }).items as ClusterRoleLike[];
    const role = all.find((r) => r.metadata.name === name);
    if (!role) return;
    const rules = aggregatedRules(role, all);
    if (rules === undefined || sameRules(rules, role.rules)) return;
    try {
      this.ctx.api.update({ ...role, metadata: { ...role.metadata }, rules });
    } catch (e) {
      if (isStatusError(e) && (e.reason === "Conflict" || e.reason === "NotFound")) this.queue.add(name);
      else throw e;
    }
  }
}
