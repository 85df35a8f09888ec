// The bootstrap ClusterRoles of kube-apiserver v1.34 (plugin/pkg/auth/authorizer/
// rbac/bootstrappolicy/policy.go ClusterRoles(), as testdata/cluster-roles.yaml
// lists them), in upstream's order. admin/edit/view have no rules of their own:
// the ClusterRole aggregation controller fills them in.
import { eventsRule, readRule, rule, urls, type PolicyRule } from "./policy-rule";

export interface ClusterRoleData {
  name: string;
  rules: PolicyRule[] | null;
  /** Extra labels besides kubernetes.io/bootstrapping (the aggregate-to-* ones). */
  labels?: Record<string, string>;
  /** The label an aggregated role gathers roles by. */
  aggregateFrom?: string;
}

const aggregateTo = (role: "admin" | "edit" | "view") => ({ [`rbac.authorization.k8s.io/aggregate-to-${role}`]: "true" });
const modify = "create delete deletecollection patch update";
const readWrite = "create delete deletecollection get list patch update watch";

export const bootstrapClusterRoles: ClusterRoleData[] = [
  { name: "admin", rules: null, aggregateFrom: "rbac.authorization.k8s.io/aggregate-to-admin" },
  { name: "cluster-admin", rules: [rule("*", "*", "*"), urls("*", "*")] },
  { name: "edit", rules: null, labels: aggregateTo("admin"), aggregateFrom: "rbac.authorization.k8s.io/aggregate-to-edit" },
  {
    name: "system:aggregate-to-admin",
    labels: aggregateTo("admin"),
    rules: [rule("create", "authorization.k8s.io", "localsubjectaccessreviews"), rule(readWrite, "rbac.authorization.k8s.io", "rolebindings roles")],
  },
  {
    name: "system:aggregate-to-edit",
    labels: aggregateTo("edit"),
    rules: [
      readRule("core", "pods/attach pods/exec pods/portforward pods/proxy secrets services/proxy"),
      rule("impersonate", "core", "serviceaccounts"),
      rule(modify, "core", "pods pods/attach pods/exec pods/portforward pods/proxy"),
      rule("create", "core", "pods/eviction"),
      rule(modify, "core", "configmaps events persistentvolumeclaims replicationcontrollers replicationcontrollers/scale secrets serviceaccounts services services/proxy"),
      rule("create", "core", "serviceaccounts/token"),
      rule(modify, "apps", "daemonsets deployments deployments/rollback deployments/scale replicasets replicasets/scale statefulsets statefulsets/scale"),
      rule(modify, "autoscaling", "horizontalpodautoscalers"),
      rule(modify, "batch", "cronjobs jobs"),
      rule(modify, "extensions", "daemonsets deployments deployments/rollback deployments/scale ingresses networkpolicies replicasets replicasets/scale replicationcontrollers/scale"),
      rule(modify, "policy", "poddisruptionbudgets"),
      rule(modify, "networking.k8s.io", "ingresses networkpolicies"),
      rule(readWrite, "coordination.k8s.io", "leases"),
    ],
  },
  {
    name: "system:aggregate-to-view",
    labels: aggregateTo("view"),
    rules: [
      readRule("core", "configmaps endpoints persistentvolumeclaims persistentvolumeclaims/status pods replicationcontrollers replicationcontrollers/scale serviceaccounts services services/status"),
      readRule("core", "bindings events limitranges namespaces/status pods/log pods/status replicationcontrollers/status resourcequotas resourcequotas/status"),
      readRule("core", "namespaces"),
      readRule("discovery.k8s.io", "endpointslices"),
      readRule("apps", "controllerrevisions daemonsets daemonsets/status deployments deployments/scale deployments/status replicasets replicasets/scale replicasets/status statefulsets statefulsets/scale statefulsets/status"),
      readRule("autoscaling", "horizontalpodautoscalers horizontalpodautoscalers/status"),
      readRule("batch", "cronjobs cronjobs/status jobs jobs/status"),
      readRule("extensions", "daemonsets daemonsets/status deployments deployments/scale deployments/status ingresses ingresses/status networkpolicies replicasets replicasets/scale replicasets/status replicationcontrollers/scale"),
      readRule("policy", "poddisruptionbudgets poddisruptionbudgets/status"),
      readRule("networking.k8s.io", "ingresses ingresses/status networkpolicies"),
    ],
  },
  { name: "system:auth-delegator", rules: [rule("create", "authentication.k8s.io", "tokenreviews"), rule("create", "authorization.k8s.io", "subjectaccessreviews")] },
  {
    name: "system:basic-user",
    rules: [rule("create", "authorization.k8s.io", "selfsubjectaccessreviews selfsubjectrulesreviews"), rule("create", "authentication.k8s.io", "selfsubjectreviews")],
  },
  { name: "system:certificates.k8s.io:certificatesigningrequests:nodeclient", rules: [rule("create", "certificates.k8s.io", "certificatesigningrequests/nodeclient")] },
  { name: "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient", rules: [rule("create", "certificates.k8s.io", "certificatesigningrequests/selfnodeclient")] },
  { name: "system:certificates.k8s.io:kube-apiserver-client-approver", rules: [rule("approve", "certificates.k8s.io", "signers", "kubernetes.io/kube-apiserver-client")] },
  {
    name: "system:certificates.k8s.io:kube-apiserver-client-kubelet-approver",
    rules: [rule("approve", "certificates.k8s.io", "signers", "kubernetes.io/kube-apiserver-client-kubelet")],
  },
  { name: "system:certificates.k8s.io:kubelet-serving-approver", rules: [rule("approve", "certificates.k8s.io", "signers", "kubernetes.io/kubelet-serving")] },
  { name: "system:certificates.k8s.io:legacy-unknown-approver", rules: [rule("approve", "certificates.k8s.io", "signers", "kubernetes.io/legacy-unknown")] },
  { name: "system:discovery", rules: [urls("get", "/api /api/* /apis /apis/* /healthz /livez /openapi /openapi/* /readyz /version /version/")] },
  { name: "system:heapster", rules: [readRule("core", "events namespaces nodes pods"), readRule("extensions", "deployments")] },
  { name: "system:kube-aggregator", rules: [readRule("core", "endpoints services")] },
  {
    name: "system:kube-controller-manager",
    rules: [
      eventsRule(),
      rule("create", "coordination.k8s.io", "leases"),
      rule("get update", "coordination.k8s.io", "leases", "kube-controller-manager"),
      rule("create", "core", "secrets serviceaccounts"),
      rule("delete", "core", "secrets"),
      rule("get", "core", "configmaps namespaces secrets serviceaccounts"),
      rule("update", "core", "secrets serviceaccounts"),
      rule("create", "authentication.k8s.io", "tokenreviews"),
      rule("create", "authorization.k8s.io", "subjectaccessreviews"),
      rule("list watch", "*", "*"),
      rule("create", "core", "serviceaccounts/token"),
    ],
  },
  { name: "system:kube-dns", rules: [rule("list watch", "core", "endpoints services")] },
  {
    name: "system:kube-scheduler",
    rules: [
      eventsRule(),
      rule("create", "coordination.k8s.io", "leases"),
      rule("get update", "coordination.k8s.io", "leases", "kube-scheduler"),
      readRule("core", "nodes"),
      rule("delete get list watch", "core", "pods"),
      rule("create", "core", "bindings pods/binding"),
      rule("patch update", "core", "pods/status"),
      readRule("core", "replicationcontrollers services"),
      readRule("apps extensions", "replicasets"),
      readRule("apps", "statefulsets"),
      readRule("policy", "poddisruptionbudgets"),
      readRule("core", "persistentvolumeclaims persistentvolumes"),
      rule("create", "authentication.k8s.io", "tokenreviews"),
      rule("create", "authorization.k8s.io", "subjectaccessreviews"),
      readRule("storage.k8s.io", "csinodes"),
      readRule("core", "namespaces"),
      readRule("storage.k8s.io", "csidrivers"),
      readRule("storage.k8s.io", "csistoragecapacities"),
    ],
  },
  {
    name: "system:kubelet-api-admin",
    rules: [readRule("core", "nodes"), rule("proxy", "core", "nodes"), rule("*", "core", "nodes/log nodes/metrics nodes/proxy nodes/stats")],
  },
  { name: "system:monitoring", rules: [urls("get", "/healthz /healthz/* /livez /livez/* /metrics /metrics/slis /readyz /readyz/*")] },
  {
    name: "system:node",
    rules: [
      rule("create", "authentication.k8s.io", "tokenreviews"),
      rule("create", "authorization.k8s.io", "localsubjectaccessreviews subjectaccessreviews"),
      readRule("core", "services"),
      rule("create get list watch", "core", "nodes"),
      rule("patch update", "core", "nodes/status"),
      rule("patch update", "core", "nodes"),
      rule("create patch update", "core", "events"),
      readRule("core", "pods"),
      rule("create delete", "core", "pods"),
      rule("patch update", "core", "pods/status"),
      rule("create", "core", "pods/eviction"),
      readRule("core", "configmaps secrets"),
      rule("get", "core", "persistentvolumeclaims persistentvolumes"),
      rule("get", "core", "endpoints"),
      rule("create get list watch", "certificates.k8s.io", "certificatesigningrequests"),
      rule("create delete get patch update", "coordination.k8s.io", "leases"),
      rule("get", "storage.k8s.io", "volumeattachments"),
      rule("create", "core", "serviceaccounts/token"),
      rule("get patch update", "core", "persistentvolumeclaims/status"),
      readRule("storage.k8s.io", "csidrivers"),
      rule("create delete get patch update", "storage.k8s.io", "csinodes"),
      readRule("node.k8s.io", "runtimeclasses"),
    ],
  },
  { name: "system:node-bootstrapper", rules: [rule("create get list watch", "certificates.k8s.io", "certificatesigningrequests")] },
  { name: "system:node-problem-detector", rules: [rule("get", "core", "nodes"), rule("patch", "core", "nodes/status"), eventsRule()] },
  {
    name: "system:node-proxier",
    rules: [rule("list watch", "core", "endpoints services"), readRule("core", "nodes"), eventsRule(), rule("list watch", "discovery.k8s.io", "endpointslices")],
  },
  {
    name: "system:persistent-volume-provisioner",
    rules: [
      rule("create delete get list watch", "core", "persistentvolumes"),
      rule("get list update watch", "core", "persistentvolumeclaims"),
      readRule("storage.k8s.io", "storageclasses"),
      rule("watch", "core", "events"),
      eventsRule(),
    ],
  },
  { name: "system:public-info-viewer", rules: [urls("get", "/healthz /livez /readyz /version /version/")] },
  { name: "system:service-account-issuer-discovery", rules: [urls("get", "/.well-known/openid-configuration /openid/v1/jwks")] },
  {
    name: "system:volume-scheduler",
    rules: [rule("get list patch update watch", "core", "persistentvolumes"), readRule("storage.k8s.io", "storageclasses"), rule("get list patch update watch", "core", "persistentvolumeclaims")],
  },
  { name: "view", rules: null, labels: aggregateTo("edit"), aggregateFrom: "rbac.authorization.k8s.io/aggregate-to-view" },
];
