export { ClusterRoleAggregationController } from "./controller";
export { aggregatedRules, sameRules, type ClusterRoleLike } from "./aggregate";
