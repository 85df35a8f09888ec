// The RBAC objects of a fresh kubeadm v1.34 cluster: kube-apiserver's
// bootstrap policy (roles, controller roles and their bindings, labelled
// kubernetes.io/bootstrapping=rbac-defaults and marked for auto-update) plus
// kubeadm's own, with admin/edit/view already aggregated as the
// clusterrole-aggregation-controller leaves them.
import type { ApiServer } from "../../apiserver/server/api-server";
import type { KubeObject } from "../../apiserver/types";
import { SeededRandom } from "../../random/seeded-random";
import { deepFreeze } from "../../apiserver/storage/deep-copy";
import { aggregatedRules, sameRules, type ClusterRoleLike } from "../../controllers/clusterroleaggregation/aggregate";
import { bootstrapClusterRoles } from "./cluster-roles";
import { controllerRolePrefix, controllerRoles } from "./controller-roles";
import { bootstrapClusterRoleBindings, serviceAccount, type BindingData } from "./cluster-role-bindings";
import { kubeadmClusterRoleBindings, kubeadmClusterRoles } from "./kubeadm";

const rbacGroup = "rbac.authorization.k8s.io";
const apiVersion = `${rbacGroup}/v1`;
const bootstrapLabels = { "kubernetes.io/bootstrapping": "rbac-defaults" };
const autoupdate = { "rbac.authorization.kubernetes.io/autoupdate": "true" };

function clusterRole(name: string, rules: unknown[] | null, labels: Record<string, string> | undefined, aggregateFrom?: string): ClusterRoleLike {
  const role: ClusterRoleLike = { apiVersion, kind: "ClusterRole", metadata: { name, labels, annotations: labels ? autoupdate : undefined } };
  if (!labels) delete role.metadata.labels;
  if (!labels) delete role.metadata.annotations;
  if (aggregateFrom) role.aggregationRule = { clusterRoleSelectors: [{ matchLabels: { [aggregateFrom]: "true" } }] };
  role.rules = rules;
  return role;
}

function binding(b: BindingData, bootstrap: boolean): KubeObject {
  const metadata: KubeObject["metadata"] = bootstrap ? { name: b.name, labels: { ...bootstrapLabels }, annotations: { ...autoupdate } } : { name: b.name };
  const obj: KubeObject = { apiVersion, kind: "ClusterRoleBinding", metadata, roleRef: { apiGroup: rbacGroup, kind: "ClusterRole", name: b.roleName } };
  if (b.subjects) obj.subjects = b.subjects; // subjects is omitempty
  return obj;
}

/** Fills the aggregated roles' rules until nothing changes (edit gathers view, admin gathers edit). */
function aggregateAll(roles: ClusterRoleLike[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const role of roles) {
      const rules = aggregatedRules(role, roles);
      if (rules !== undefined && !sameRules(rules, role.rules)) {
        role.rules = rules;
        changed = true;
      }
    }
  }
}

function buildManifests(): KubeObject[] {
  const roles: ClusterRoleLike[] = [
    ...bootstrapClusterRoles.map((r) => clusterRole(r.name, r.rules, { ...bootstrapLabels, ...r.labels }, r.aggregateFrom)),
    ...controllerRoles.map(([name, rules]) => clusterRole(controllerRolePrefix + name, rules, { ...bootstrapLabels })),
    ...kubeadmClusterRoles.map((r) => clusterRole(r.name, r.rules, undefined)),
  ];
  aggregateAll(roles);
  const controllerBindings: BindingData[] = controllerRoles.map(([name]) => ({
    name: controllerRolePrefix + name,
    roleName: controllerRolePrefix + name,
    subjects: [serviceAccount("kube-system", name)],
  }));
  return [
    ...roles,
    ...[...bootstrapClusterRoleBindings, ...controllerBindings].map((b) => binding(b, true)),
    ...kubeadmClusterRoleBindings.map((b) => binding(b, false)),
  ];
}

let manifests: KubeObject[] | undefined;

/** The manifests, built once per process (callers must not mutate them). */
export function defaultRbacManifests(): readonly KubeObject[] {
  manifests ??= buildManifests().map((m) => deepFreeze(m));
  return manifests;
}

/**
 * Creates the default RBAC objects through the API. Their uids come from a
 * side stream of the PRNG, so adding them left every other generated name
 * and uid of the cluster as it was.
 */
export function createDefaultRbac(api: ApiServer): void {
  const resume = api.random.state();
  api.random.restore(new SeededRandom("bootstrap-rbac").state());
  for (const m of defaultRbacManifests()) api.create(m);
  api.random.restore(resume);
}
