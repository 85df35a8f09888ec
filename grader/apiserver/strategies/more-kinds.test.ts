// Validation of the kinds beyond Pods, Services and Deployments, through the
// message errors.NewInvalid builds. Each case cites its upstream file (v1.34).
import { describe, expect, it } from "vitest";
import { newInvalid } from "../errors";
import type { KubeObject } from "../types";
import { strategyFor } from "./index";
import { container, podSpec, stored } from "./test-fixtures";

/** `namespace` null builds a cluster-scoped object. */
function obj(apiVersion: string, kind: string, name: string, fields: Record<string, unknown>, namespace: string | null = "default"): KubeObject {
  return { apiVersion, kind, metadata: namespace ? { name, namespace } : { name }, ...fields };
}

const groupOf = (o: KubeObject) => (o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "");

function createMessage(o: KubeObject): string {
  const group = groupOf(o);
  const s = strategyFor(group, o.kind);
  const copy = structuredClone(o);
  s.prepareForCreate?.(copy);
  const errs = s.validate?.(copy) ?? [];
  return errs.length ? newInvalid(group, o.kind, o.metadata.name ?? "", errs).message : "";
}

function updateMessage(old: KubeObject, next: KubeObject): string {
  const group = groupOf(next);
  const s = strategyFor(group, next.kind);
  const copy = structuredClone(next);
  copy.metadata = { ...copy.metadata, uid: old.metadata.uid, resourceVersion: old.metadata.resourceVersion, generation: old.metadata.generation };
  s.prepareForUpdate?.(copy, old);
  const errs = s.validateUpdate?.(copy, old) ?? [];
  return errs.length ? newInvalid(group, next.kind, next.metadata.name ?? "", errs).message : "";
}

const template = (labels: Record<string, string>) => ({ metadata: { labels }, spec: podSpec() });

const ds = (name: string, spec: Record<string, unknown> = {}) =>
  obj("apps/v1", "DaemonSet", name, {
    spec: {
      selector: { matchLabels: { app: name } },
      template: template({ app: name }),
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
      revisionHistoryLimit: 10,
      ...spec,
    },
  });

const sts = (name: string, spec: Record<string, unknown> = {}) =>
  obj("apps/v1", "StatefulSet", name, {
    spec: {
      replicas: 1,
      serviceName: name,
      selector: { matchLabels: { app: name } },
      template: template({ app: name }),
      podManagementPolicy: "OrderedReady",
      updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 0 } },
      ...spec,
    },
  });

const ingress = (name: string, paths: unknown[], extra: Record<string, unknown> = {}) =>
  obj("networking.k8s.io/v1", "Ingress", name, { spec: { rules: [{ host: "shop.example.com", http: { paths } }], ...extra } });

const backend = { service: { name: "web", port: { number: 80 } } };

const hpa = (spec: Record<string, unknown>) =>
  obj("autoscaling/v2", "HorizontalPodAutoscaler", "web", {
    spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" }, minReplicas: 1, maxReplicas: 5, ...spec },
  });

const cases: { name: string; obj: KubeObject; want: string }[] = [
  {
    name: "a DaemonSet selector that does not match its template is rejected (apps validation ValidateDaemonSetSpec)",
    obj: ds("agent", { template: template({ app: "other" }) }),
    want: 'DaemonSet.apps "agent" is invalid: spec.template.metadata.labels: Invalid value: {"app":"other"}: `selector` does not match template `labels`',
  },
  {
    name: "a DaemonSet rolling update may not set both maxSurge and maxUnavailable (apps validation ValidateRollingUpdateDaemonSet)",
    obj: ds("agent", { updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 1 } } }),
    want: 'DaemonSet.apps "agent" is invalid: spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero',
  },
  {
    name: "a StatefulSet name must be a DNS label (apps validation ValidateStatefulSetName)",
    obj: sts("db.v1"),
    want: 'StatefulSet.apps "db.v1" is invalid: metadata.name: Invalid value: "db.v1": must not contain dots',
  },
  {
    name: "a StatefulSet with an empty selector is invalid (apps validation ValidateStatefulSetSpec)",
    obj: sts("db", { selector: {} }),
    want: 'StatefulSet.apps "db" is invalid: spec.selector: Invalid value: {}: empty selector is invalid for statefulset',
  },
  {
    name: "a ResourceQuota on an unknown resource name is rejected (core validation ValidateResourceQuotaResourceName)",
    obj: obj("v1", "ResourceQuota", "q", { spec: { hard: { gpus: "1" } } }),
    want: 'ResourceQuota "q" is invalid: spec.hard[gpus]: Invalid value: "gpus": must be a standard resource for quota',
  },
  {
    name: "a ResourceQuota pod count must be an integer (core validation ValidateResourceQuantityValue)",
    obj: obj("v1", "ResourceQuota", "q", { spec: { hard: { pods: "1500m" } } }),
    want: 'ResourceQuota "q" is invalid: spec.hard[pods]: Invalid value: "1500m": must be an integer',
  },
  {
    name: "BestEffort and NotBestEffort scopes conflict (core validation validateResourceQuotaScopes)",
    obj: obj("v1", "ResourceQuota", "q", { spec: { hard: { pods: "10" }, scopes: ["BestEffort", "NotBestEffort"] } }),
    want: 'ResourceQuota "q" is invalid: spec.scopes: Invalid value: ["BestEffort","NotBestEffort"]: conflicting scopes',
  },
  {
    name: "a LimitRange default above max is rejected (core validation ValidateLimitRange)",
    obj: obj("v1", "LimitRange", "lr", { spec: { limits: [{ type: "Container", max: { cpu: "500m" }, default: { cpu: "1" } }] } }),
    want: 'LimitRange "lr" is invalid: spec.limits[0].default[cpu]: Invalid value: "500m": default value 1 is greater than max value 500m',
  },
  {
    name: "a LimitRange min above defaultRequest is rejected (core validation ValidateLimitRange)",
    obj: obj("v1", "LimitRange", "lr", { spec: { limits: [{ type: "Container", min: { memory: "256Mi" }, defaultRequest: { memory: "128Mi" } }] } }),
    want: 'LimitRange "lr" is invalid: spec.limits[0].defaultRequest[memory]: Invalid value: "128Mi": min value 256Mi is greater than default request value 128Mi',
  },
  {
    name: "a Pod LimitRange item may not carry defaults (core validation ValidateLimitRange)",
    obj: obj("v1", "LimitRange", "lr", { spec: { limits: [{ type: "Pod", default: { cpu: "1" } }] } }),
    want: "LimitRange \"lr\" is invalid: spec.limits[0].default: Forbidden: may not be specified when `type` is 'Pod'",
  },
  {
    name: "a PDB may not set both minAvailable and maxUnavailable (policy validation ValidatePodDisruptionBudgetSpec)",
    obj: obj("policy/v1", "PodDisruptionBudget", "pdb", { spec: { minAvailable: 1, maxUnavailable: 1, selector: { matchLabels: { app: "web" } } } }),
    want: 'PodDisruptionBudget.policy "pdb" is invalid: spec: Invalid value: {"MinAvailable":1,"Selector":{"matchLabels":{"app":"web"}},"MaxUnavailable":1,"UnhealthyPodEvictionPolicy":null}: minAvailable and maxUnavailable cannot be both set',
  },
  {
    name: "an Ingress path without pathType is rejected (networking validation validateHTTPIngressPath)",
    obj: ingress("shop", [{ path: "/", backend }]),
    want: 'Ingress.networking.k8s.io "shop" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified',
  },
  {
    name: "an Ingress Prefix path must be absolute (networking validation validateHTTPIngressPath)",
    obj: ingress("shop", [{ path: "api", pathType: "Prefix", backend }]),
    want: 'Ingress.networking.k8s.io "shop" is invalid: spec.rules[0].http.paths[0].path: Invalid value: "api": must be an absolute path',
  },
  {
    name: "an Ingress pathType outside the three is unsupported (networking validation validateHTTPIngressPath)",
    obj: ingress("shop", [{ path: "/", pathType: "Regex", backend }]),
    want: 'Ingress.networking.k8s.io "shop" is invalid: spec.rules[0].http.paths[0].pathType: Unsupported value: "Regex": supported values: "Exact", "ImplementationSpecific", "Prefix"',
  },
  {
    name: "an Ingress backend needs a port (networking validation validateIngressBackend)",
    obj: ingress("shop", [{ path: "/", pathType: "Prefix", backend: { service: { name: "web" } } }]),
    want: 'Ingress.networking.k8s.io "shop" is invalid: spec.rules[0].http.paths[0].backend: Required value: port name or number is required',
  },
  {
    name: "an Ingress without rules or default backend is rejected (networking validation validateIngressSpec)",
    obj: obj("networking.k8s.io/v1", "Ingress", "shop", { spec: {} }),
    want: 'Ingress.networking.k8s.io "shop" is invalid: spec: Invalid value: null: either `defaultBackend` or `rules` must be specified',
  },
  {
    name: "a NetworkPolicy peer must name something (networking validation ValidateNetworkPolicyPeer)",
    obj: obj("networking.k8s.io/v1", "NetworkPolicy", "np", { spec: { podSelector: {}, ingress: [{ from: [{}] }] } }),
    want: 'NetworkPolicy.networking.k8s.io "np" is invalid: spec.ingress[0].from[0]: Required value: must specify a peer',
  },
  {
    name: "a NetworkPolicy policyType other than Ingress or Egress is unsupported (networking validation ValidateNetworkPolicySpec)",
    obj: obj("networking.k8s.io/v1", "NetworkPolicy", "np", { spec: { podSelector: {}, policyTypes: ["Both"] } }),
    want: 'NetworkPolicy.networking.k8s.io "np" is invalid: spec.policyTypes[0]: Unsupported value: "Both": supported values: "Ingress", "Egress"',
  },
  {
    name: "a NetworkPolicy port above 65535 is invalid (networking validation ValidateNetworkPolicyPort)",
    obj: obj("networking.k8s.io/v1", "NetworkPolicy", "np", { spec: { podSelector: {}, egress: [{ ports: [{ protocol: "TCP", port: 70000 }] }] } }),
    want: 'NetworkPolicy.networking.k8s.io "np" is invalid: spec.egress[0].ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
  },
  {
    name: "a Role rule without verbs is rejected (rbac validation ValidatePolicyRule)",
    obj: obj("rbac.authorization.k8s.io/v1", "Role", "reader", { rules: [{ apiGroups: [""], resources: ["pods"] }] }),
    want: 'Role.rbac.authorization.k8s.io "reader" is invalid: rules[0].verbs: Required value: verbs must contain at least one value',
  },
  {
    name: "a RoleBinding subject of unknown kind is unsupported (rbac validation ValidateRoleBindingSubject)",
    obj: obj("rbac.authorization.k8s.io/v1", "RoleBinding", "rb", {
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "reader" },
      subjects: [{ kind: "Robot", name: "r2" }],
    }),
    want: 'RoleBinding.rbac.authorization.k8s.io "rb" is invalid: subjects[0].kind: Unsupported value: "Robot": supported values: "ServiceAccount", "User", "Group"',
  },
  {
    name: "an HPA with maxReplicas below minReplicas is rejected (autoscaling validation validateHorizontalPodAutoscalerSpec)",
    obj: hpa({ minReplicas: 3, maxReplicas: 2 }),
    want: 'HorizontalPodAutoscaler.autoscaling "web" is invalid: spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`',
  },
  {
    name: "an HPA resource metric needs a target (autoscaling validation validateResourceSource)",
    obj: hpa({ metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization" } } }] }),
    want: 'HorizontalPodAutoscaler.autoscaling "web" is invalid: spec.metrics[0].resource.target.averageUtilization: Required value: must set either a target raw value or a target utilization',
  },
  {
    name: "a PVC needs an access mode (core validation ValidatePersistentVolumeClaimSpec)",
    obj: obj("v1", "PersistentVolumeClaim", "data", { spec: { resources: { requests: { storage: "1Gi" } }, volumeMode: "Filesystem" } }),
    want: 'PersistentVolumeClaim "data" is invalid: spec.accessModes: Required value: at least 1 access mode is required',
  },
  {
    name: "a PVC needs a storage request (core validation ValidatePersistentVolumeClaimSpec)",
    obj: obj("v1", "PersistentVolumeClaim", "data", { spec: { accessModes: ["ReadWriteOnce"], volumeMode: "Filesystem" } }),
    want: 'PersistentVolumeClaim "data" is invalid: spec.resources[storage]: Required value',
  },
  {
    name: "a PV access mode must be one of the four (core validation ValidatePersistentVolumeSpec)",
    obj: obj("v1", "PersistentVolume", "pv1", { spec: { accessModes: ["ReadWriteSometimes"], capacity: { storage: "1Gi" }, hostPath: { path: "/data" }, persistentVolumeReclaimPolicy: "Retain" } }, null),
    want: 'PersistentVolume "pv1" is invalid: spec.accessModes: Unsupported value: "ReadWriteSometimes": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"',
  },
  {
    name: "a Node taint effect must be one of the three (core validation validateNodeTaints)",
    obj: obj("v1", "Node", "node01", { spec: { taints: [{ key: "gpu", value: "true", effect: "NoRun" }] } }, null),
    want: 'Node "node01" is invalid: spec.taints[0].effect: Unsupported value: "NoRun": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
  },
  {
    name: "duplicate Node taints by key and effect are rejected (core validation validateNodeTaints)",
    obj: obj("v1", "Node", "node01", { spec: { taints: [{ key: "gpu", effect: "NoSchedule" }, { key: "gpu", value: "x", effect: "NoSchedule" }] } }, null),
    want: 'Node "node01" is invalid: spec.taints[1]: Duplicate value: {"Key":"gpu","Value":"x","Effect":"NoSchedule","TimeAdded":null}: taints must be unique by key and effect pair',
  },
  {
    name: "a user PriorityClass above one billion is forbidden (scheduling validation ValidatePriorityClass)",
    obj: obj("scheduling.k8s.io/v1", "PriorityClass", "urgent", { value: 2000000000 }, null),
    want: 'PriorityClass.scheduling.k8s.io "urgent" is invalid: value: Forbidden: maximum allowed value of a user defined priority is 1000000000',
  },
  {
    name: "a StorageClass without provisioner is rejected (storage validation ValidateStorageClass)",
    obj: obj("storage.k8s.io/v1", "StorageClass", "fast", { reclaimPolicy: "Delete", volumeBindingMode: "Immediate" }, null),
    want: 'StorageClass.storage.k8s.io "fast" is invalid: provisioner: Required value',
  },
  {
    name: "an IngressClass controller must be a domain-prefixed path (networking validation validateIngressClassSpec)",
    obj: obj("networking.k8s.io/v1", "IngressClass", "nginx", { spec: { controller: "nginx" } }, null),
    want: 'IngressClass.networking.k8s.io "nginx" is invalid: spec.controller: Invalid value: "nginx": must be a domain-prefixed path (such as "acme.io/foo")',
  },
];

describe("validation of the other kinds on create", () => {
  it.each(cases)("$name", ({ obj: o, want }) => {
    expect(createMessage(o)).toBe(want);
  });
});

describe("validation of the other kinds on update", () => {
  it("refuses a changed roleRef with the internal struct (rbac validation ValidateRoleBindingUpdate)", () => {
    const rb = (name: string) =>
      obj("rbac.authorization.k8s.io/v1", "RoleBinding", "rb", {
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name },
        subjects: [{ kind: "ServiceAccount", name: "app" }],
      });
    expect(updateMessage(stored(rb("reader")), rb("writer"))).toBe(
      'RoleBinding.rbac.authorization.k8s.io "rb" is invalid: roleRef: Invalid value: {"APIGroup":"rbac.authorization.k8s.io","Kind":"Role","Name":"writer"}: cannot change roleRef',
    );
  });

  it("refuses a changed StatefulSet serviceName (apps validation ValidateStatefulSetUpdate)", () => {
    expect(updateMessage(stored(sts("db")), sts("db", { serviceName: "other" }))).toBe(
      "StatefulSet.apps \"db\" is invalid: spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    );
  });

  it("refuses a changed DaemonSet selector (apps validation ValidateDaemonSetUpdate)", () => {
    const next = ds("agent", { selector: { matchLabels: { app: "x" } }, template: template({ app: "x" }) });
    expect(updateMessage(stored(ds("agent")), next)).toBe(
      'DaemonSet.apps "agent" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"x"}}: field is immutable',
    );
  });

  it("refuses a changed PriorityClass value (scheduling validation ValidatePriorityClassUpdate)", () => {
    const pc = (value: number) => obj("scheduling.k8s.io/v1", "PriorityClass", "high", { value }, null);
    expect(updateMessage(stored(pc(1000)), pc(2000))).toBe(
      'PriorityClass.scheduling.k8s.io "high" is invalid: value: Forbidden: may not be changed in an update.',
    );
  });

  it("accepts a StatefulSet that only changes replicas and image", () => {
    const next = sts("db", { replicas: 3, template: { metadata: { labels: { app: "db" } }, spec: podSpec({ containers: [container("app", { image: "nginx:1.28" })] }) } });
    expect(updateMessage(stored(sts("db")), next)).toBe("");
  });
});
