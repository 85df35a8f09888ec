// The ClusterRoles of kube-controller-manager's controllers
// (bootstrappolicy/controller_policy.go buildControllerRoles(), as
// testdata/controller-roles.yaml lists them), with v1.34's default feature
// gates: DynamicResourceAllocation on (GA), DRADeviceTaints off (alpha).
// Each is bound to the service account kube-system/<name without the prefix>.
import { eventsRule, readRule, rule, type PolicyRule } from "./policy-rule";

export const controllerRolePrefix = "system:controller:";

const scale = (verbs: string) => rule(verbs, "*", "*/scale");

/** Controller name (after system:controller:) → rules. */
export const controllerRoles: [string, PolicyRule[]][] = [
  [
    "attachdetach-controller",
    [
      rule("list watch", "core", "persistentvolumeclaims persistentvolumes"),
      readRule("core", "nodes"),
      rule("patch update", "core", "nodes/status"),
      rule("list watch", "core", "pods"),
      eventsRule(),
      rule("create delete get list watch", "storage.k8s.io", "volumeattachments"),
      readRule("storage.k8s.io", "csidrivers"),
      readRule("storage.k8s.io", "csinodes"),
    ],
  ],
  [
    "certificate-controller",
    [
      rule("delete get list watch", "certificates.k8s.io", "certificatesigningrequests"),
      rule("update", "certificates.k8s.io", "certificatesigningrequests/approval certificatesigningrequests/status"),
      rule("approve", "certificates.k8s.io", "signers", "kubernetes.io/kube-apiserver-client-kubelet"),
      rule("sign", "certificates.k8s.io", "signers", "kubernetes.io/kube-apiserver-client kubernetes.io/kube-apiserver-client-kubelet kubernetes.io/kubelet-serving kubernetes.io/legacy-unknown"),
      rule("create", "authorization.k8s.io", "subjectaccessreviews"),
      eventsRule(),
    ],
  ],
  ["clusterrole-aggregation-controller", [rule("escalate get list patch update watch", "rbac.authorization.k8s.io", "clusterroles")]],
  [
    "cronjob-controller",
    [
      rule("get list update watch", "batch", "cronjobs"),
      rule("create delete get list patch update watch", "batch", "jobs"),
      rule("update", "batch", "cronjobs/status"),
      rule("update", "batch", "cronjobs/finalizers"),
      rule("delete list watch", "core", "pods"),
      eventsRule(),
    ],
  ],
  [
    "daemon-set-controller",
    [
      readRule("apps extensions", "daemonsets"),
      rule("update", "apps extensions", "daemonsets/status"),
      rule("update", "apps extensions", "daemonsets/finalizers"),
      rule("list watch", "core", "nodes"),
      rule("create delete list patch watch", "core", "pods"),
      rule("create", "core", "pods/binding"),
      rule("create delete get list patch update watch", "apps", "controllerrevisions"),
      eventsRule(),
    ],
  ],
  [
    "deployment-controller",
    [
      rule("get list update watch", "apps extensions", "deployments"),
      rule("update", "apps extensions", "deployments/status"),
      rule("update", "apps extensions", "deployments/finalizers"),
      rule("create delete get list patch update watch", "apps extensions", "replicasets"),
      rule("get list update watch", "core", "pods"),
      eventsRule(),
    ],
  ],
  [
    "disruption-controller",
    [
      readRule("apps extensions", "deployments"),
      readRule("apps extensions", "replicasets"),
      readRule("core", "replicationcontrollers"),
      readRule("policy", "poddisruptionbudgets"),
      readRule("apps", "statefulsets"),
      rule("update", "policy", "poddisruptionbudgets/status"),
      rule("patch update", "core", "pods/status"),
      scale("get"),
      eventsRule(),
    ],
  ],
  ["endpoint-controller", [readRule("core", "pods services"), rule("create delete get list update watch", "core", "endpoints"), rule("create", "core", "endpoints/restricted"), eventsRule()]],
  [
    "endpointslice-controller",
    [
      readRule("core", "nodes pods services"),
      rule("update", "core", "services/finalizers"),
      rule("create delete get list update watch", "discovery.k8s.io", "endpointslices"),
      eventsRule(),
    ],
  ],
  [
    "endpointslicemirroring-controller",
    [
      readRule("core", "endpoints services"),
      rule("update", "core", "services/finalizers"),
      rule("update", "core", "endpoints/finalizers"),
      rule("create delete get list update watch", "discovery.k8s.io", "endpointslices"),
      eventsRule(),
    ],
  ],
  [
    "ephemeral-volume-controller",
    [readRule("core", "pods"), rule("update", "core", "pods/finalizers"), rule("create get list watch", "core", "persistentvolumeclaims"), eventsRule()],
  ],
  [
    "expand-controller",
    [
      rule("get list patch update watch", "core", "persistentvolumes"),
      rule("patch update", "core", "persistentvolumeclaims/status"),
      readRule("core", "persistentvolumeclaims"),
      eventsRule(),
    ],
  ],
  ["generic-garbage-collector", [rule("delete get list patch update watch", "*", "*"), eventsRule()]],
  [
    "horizontal-pod-autoscaler",
    [
      readRule("autoscaling", "horizontalpodautoscalers"),
      rule("update", "autoscaling", "horizontalpodautoscalers/status"),
      scale("get update"),
      rule("list watch", "core", "pods"),
      rule("list watch", "metrics.k8s.io", "pods"),
      readRule("custom.metrics.k8s.io", "*"),
      readRule("external.metrics.k8s.io", "*"),
      eventsRule(),
    ],
  ],
  [
    "job-controller",
    [
      rule("get list patch update watch", "batch", "jobs"),
      rule("update", "batch", "jobs/status"),
      rule("update", "batch", "jobs/finalizers"),
      rule("create delete list patch watch", "core", "pods"),
      eventsRule(),
    ],
  ],
  [
    "legacy-service-account-token-cleaner",
    [rule("get", "core", "configmaps", "kube-apiserver-legacy-service-account-token-tracking"), rule("delete patch", "core", "secrets")],
  ],
  [
    "namespace-controller",
    [rule("delete get list watch", "core", "namespaces"), rule("update", "core", "namespaces/finalize namespaces/status"), rule("delete deletecollection get list watch", "*", "*")],
  ],
  [
    "node-controller",
    [
      rule("delete get list patch update watch", "core", "nodes"),
      rule("patch update", "core", "nodes/status"),
      rule("patch update", "core", "pods/status"),
      rule("delete get list watch", "core", "pods"),
      eventsRule(),
    ],
  ],
  [
    "persistent-volume-binder",
    [
      rule("create delete get list update watch", "core", "persistentvolumes"),
      rule("update", "core", "persistentvolumes/status"),
      rule("get list update watch", "core", "persistentvolumeclaims"),
      rule("update", "core", "persistentvolumeclaims/status"),
      rule("create delete get list watch", "core", "pods"),
      readRule("storage.k8s.io", "storageclasses"),
      rule("list watch", "core", "nodes"),
      eventsRule(),
      rule("watch", "core", "events"),
    ],
  ],
  ["pod-garbage-collector", [rule("delete list watch", "core", "pods"), readRule("core", "nodes"), rule("patch", "core", "pods/status")]],
  ["pv-protection-controller", [rule("get list update watch", "core", "persistentvolumes"), eventsRule()]],
  [
    "pvc-protection-controller",
    [rule("get list update watch", "core", "persistentvolumeclaims"), rule("update", "core", "persistentvolumeclaims/status"), readRule("core", "pods"), eventsRule()],
  ],
  [
    "replicaset-controller",
    [
      rule("get list update watch", "apps extensions", "replicasets"),
      rule("update", "apps extensions", "replicasets/status"),
      rule("update", "apps extensions", "replicasets/finalizers"),
      rule("create delete list patch watch", "core", "pods"),
      eventsRule(),
    ],
  ],
  [
    "replication-controller",
    [
      rule("get list update watch", "core", "replicationcontrollers"),
      rule("update", "core", "replicationcontrollers/status"),
      rule("update", "core", "replicationcontrollers/finalizers"),
      rule("create delete list patch watch", "core", "pods"),
      eventsRule(),
    ],
  ],
  [
    "resource-claim-controller",
    [
      readRule("core", "pods"),
      rule("update", "core", "pods/finalizers"),
      rule("create delete get list watch", "resource.k8s.io", "resourceclaims"),
      rule("patch update", "resource.k8s.io", "resourceclaims resourceclaims/status"),
      rule("patch update", "core", "pods/status"),
      eventsRule(),
    ],
  ],
  ["resourcequota-controller", [rule("list watch", "*", "*"), rule("update", "core", "resourcequotas/status"), eventsRule()]],
  ["root-ca-cert-publisher", [rule("create update", "core", "configmaps"), eventsRule()]],
  ["route-controller", [rule("list watch", "core", "nodes"), rule("patch", "core", "nodes/status"), eventsRule()]],
  [
    "selinux-warning-controller",
    [eventsRule(), readRule("core", "persistentvolumes"), readRule("core", "persistentvolumeclaims"), readRule("core", "pods"), readRule("storage.k8s.io", "csidrivers")],
  ],
  ["service-account-controller", [rule("create", "core", "serviceaccounts"), eventsRule()]],
  [
    "service-cidrs-controller",
    [
      rule("get list patch update watch", "networking.k8s.io", "servicecidrs"),
      rule("patch update", "networking.k8s.io", "servicecidrs/finalizers"),
      rule("patch update", "networking.k8s.io", "servicecidrs/status"),
      readRule("networking.k8s.io", "ipaddresses"),
      eventsRule(),
    ],
  ],
  ["service-controller", [readRule("core", "services"), rule("patch update", "core", "services/status"), rule("list watch", "core", "nodes"), eventsRule()]],
  [
    "statefulset-controller",
    [
      rule("list watch", "core", "pods"),
      readRule("apps", "statefulsets"),
      rule("update", "apps", "statefulsets/status"),
      rule("update", "apps", "statefulsets/finalizers"),
      rule("create delete get patch update", "core", "pods"),
      rule("create delete get list patch update watch", "apps", "controllerrevisions"),
      rule("create get list watch", "core", "persistentvolumeclaims"),
      rule("delete update", "core", "persistentvolumeclaims"),
      rule("update", "core", "pods/finalizers"),
      eventsRule(),
    ],
  ],
  ["ttl-after-finished-controller", [rule("delete get list watch", "batch", "jobs"), eventsRule()]],
  ["ttl-controller", [rule("list patch update watch", "core", "nodes"), eventsRule()]],
  [
    "validatingadmissionpolicy-status-controller",
    [
      readRule("admissionregistration.k8s.io", "validatingadmissionpolicies"),
      rule("get patch update", "admissionregistration.k8s.io", "validatingadmissionpolicies/status"),
      eventsRule(),
    ],
  ],
  [
    "volumeattributesclass-protection-controller",
    [readRule("core", "persistentvolumeclaims"), readRule("core", "persistentvolumes"), rule("get list update watch", "storage.k8s.io", "volumeattributesclasses"), eventsRule()],
  ],
];
