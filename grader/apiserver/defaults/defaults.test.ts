import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { applyDefaults, defaultImagePullPolicy } from "./index";

// Expected objects: what `kubectl get -o yaml` shows on v1.34 minus status and
// server-set metadata, per pkg/apis/<group>/<version>/defaults.go (cited per case).

function defaulted(obj: Record<string, unknown>): KubeObject {
  const copy = structuredClone(obj) as KubeObject;
  applyDefaults(copy);
  return copy;
}

const defaultedContainer = (name: string, image: string, pull: string) => ({
  name,
  image,
  imagePullPolicy: pull,
  terminationMessagePath: "/dev/termination-log",
  terminationMessagePolicy: "File",
});
// SetDefaults_PodSpec (core/v1/defaults.go): what every pod spec, template or not, gets.
const podSpecDefaults = {
  dnsPolicy: "ClusterFirst",
  restartPolicy: "Always",
  schedulerName: "default-scheduler",
  securityContext: {},
  terminationGracePeriodSeconds: 30,
};

describe("applyDefaults", () => {
  const cases: { name: string; input: Record<string, unknown>; expected: Record<string, unknown> }[] = [
    {
      name: "kubectl run x --image=nginx gets the pod defaults of core/v1/defaults.go (SetDefaults_Pod, _PodSpec, _Container)",
      input: {
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name: "x", labels: { run: "x" } },
        spec: { containers: [{ name: "x", image: "nginx" }] },
      },
      expected: {
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name: "x", labels: { run: "x" } },
        spec: {
          containers: [defaultedContainer("x", "nginx", "Always")],
          enableServiceLinks: true,
          ...podSpecDefaults,
        },
      },
    },
    {
      name: "values already set are kept (restartPolicy Never, dnsPolicy Default, grace period 0)",
      input: {
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name: "x" },
        spec: {
          containers: [{ name: "x", image: "busybox:1.36", imagePullPolicy: "Never" }],
          restartPolicy: "Never",
          dnsPolicy: "Default",
          terminationGracePeriodSeconds: 0,
          enableServiceLinks: false,
        },
      },
      expected: {
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name: "x" },
        spec: {
          ...podSpecDefaults,
          containers: [{ ...defaultedContainer("x", "busybox:1.36", "Never") }],
          restartPolicy: "Never",
          dnsPolicy: "Default",
          terminationGracePeriodSeconds: 0,
          enableServiceLinks: false,
        },
      },
    },
    {
      name: "a pod's requests default to its limits, only where a request is missing (SetDefaults_Pod)",
      input: {
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name: "x" },
        spec: {
          containers: [{ name: "x", image: "nginx:1.25", resources: { limits: { cpu: "500m", memory: "128Mi" }, requests: { cpu: "100m" } } }],
          initContainers: [{ name: "i", image: "busybox:1.36", resources: { limits: { cpu: "1" } } }],
        },
      },
      expected: {
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name: "x" },
        spec: {
          containers: [
            {
              ...defaultedContainer("x", "nginx:1.25", "IfNotPresent"),
              resources: { limits: { cpu: "500m", memory: "128Mi" }, requests: { cpu: "100m", memory: "128Mi" } },
            },
          ],
          initContainers: [
            { ...defaultedContainer("i", "busybox:1.36", "IfNotPresent"), resources: { limits: { cpu: "1" }, requests: { cpu: "1" } } },
          ],
          enableServiceLinks: true,
          ...podSpecDefaults,
        },
      },
    },
    {
      name: "probes, ports, env fieldRef and volumes get their type defaults (SetDefaults_Probe, _HTTPGetAction, _ObjectFieldSelector, _Volume, volume sources, +default TCP)",
      input: {
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name: "x" },
        spec: {
          containers: [
            {
              name: "x",
              image: "nginx:1.25",
              ports: [{ containerPort: 80 }, { containerPort: 53, protocol: "UDP" }],
              livenessProbe: { httpGet: { port: 80 } },
              readinessProbe: { exec: { command: ["true"] }, periodSeconds: 5 },
              startupProbe: { grpc: { port: 9000 } },
              env: [{ name: "NODE", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } }],
            },
          ],
          volumes: [
            { name: "scratch" },
            { name: "cm", configMap: { name: "cfg" } },
            { name: "sec", secret: { secretName: "s" } },
            { name: "host", hostPath: { path: "/var/log" } },
            { name: "proj", projected: { sources: [{ serviceAccountToken: { path: "token" } }] } },
          ],
        },
      },
      expected: {
        apiVersion: "v1",
        kind: "Pod",
        metadata: { name: "x" },
        spec: {
          containers: [
            {
              ...defaultedContainer("x", "nginx:1.25", "IfNotPresent"),
              ports: [
                { containerPort: 80, protocol: "TCP" },
                { containerPort: 53, protocol: "UDP" },
              ],
              livenessProbe: {
                httpGet: { port: 80, path: "/", scheme: "HTTP" },
                timeoutSeconds: 1,
                periodSeconds: 10,
                successThreshold: 1,
                failureThreshold: 3,
              },
              readinessProbe: {
                exec: { command: ["true"] },
                timeoutSeconds: 1,
                periodSeconds: 5,
                successThreshold: 1,
                failureThreshold: 3,
              },
              startupProbe: {
                grpc: { port: 9000, service: "" },
                timeoutSeconds: 1,
                periodSeconds: 10,
                successThreshold: 1,
                failureThreshold: 3,
              },
              env: [{ name: "NODE", valueFrom: { fieldRef: { fieldPath: "spec.nodeName", apiVersion: "v1" } } }],
            },
          ],
          volumes: [
            { name: "scratch", emptyDir: {} },
            { name: "cm", configMap: { name: "cfg", defaultMode: 420 } },
            { name: "sec", secret: { secretName: "s", defaultMode: 420 } },
            { name: "host", hostPath: { path: "/var/log", type: "" } },
            {
              name: "proj",
              projected: { defaultMode: 420, sources: [{ serviceAccountToken: { path: "token", expirationSeconds: 3600 } }] },
            },
          ],
          enableServiceLinks: true,
          ...podSpecDefaults,
        },
      },
    },
    {
      name: "kubectl create deployment gets apps/v1 SetDefaults_Deployment and template pod defaults, without Pod-only ones",
      input: {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "web", labels: { app: "web" } },
        spec: {
          selector: { matchLabels: { app: "web" } },
          template: {
            metadata: { labels: { app: "web" } },
            spec: { containers: [{ name: "nginx", image: "nginx", resources: { limits: { cpu: "1" } } }] },
          },
        },
      },
      expected: {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "web", labels: { app: "web" } },
        spec: {
          replicas: 1,
          revisionHistoryLimit: 10,
          progressDeadlineSeconds: 600,
          strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: "25%", maxSurge: "25%" } },
          selector: { matchLabels: { app: "web" } },
          template: {
            metadata: { labels: { app: "web" } },
            spec: {
              containers: [{ ...defaultedContainer("nginx", "nginx", "Always"), resources: { limits: { cpu: "1" } } }],
              ...podSpecDefaults,
            },
          },
        },
      },
    },
    {
      name: "a Recreate deployment gets no rollingUpdate (SetDefaults_Deployment)",
      input: {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "web" },
        spec: { replicas: 3, strategy: { type: "Recreate" }, template: { spec: { containers: [] } } },
      },
      expected: {
        apiVersion: "apps/v1",
        kind: "Deployment",
        metadata: { name: "web" },
        spec: {
          replicas: 3,
          revisionHistoryLimit: 10,
          progressDeadlineSeconds: 600,
          strategy: { type: "Recreate" },
          template: { spec: { containers: [], ...podSpecDefaults } },
        },
      },
    },
    {
      name: "a StatefulSet gets OrderedReady, partition 0, Retain PVC policy, and its claim templates PVC defaults (apps/v1 SetDefaults_StatefulSet, core _PersistentVolumeClaim)",
      input: {
        apiVersion: "apps/v1",
        kind: "StatefulSet",
        metadata: { name: "db" },
        spec: {
          serviceName: "db",
          template: { spec: { containers: [] } },
          volumeClaimTemplates: [{ metadata: { name: "data" }, spec: { accessModes: ["ReadWriteOnce"] } }],
        },
      },
      expected: {
        apiVersion: "apps/v1",
        kind: "StatefulSet",
        metadata: { name: "db" },
        spec: {
          serviceName: "db",
          replicas: 1,
          revisionHistoryLimit: 10,
          podManagementPolicy: "OrderedReady",
          updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 0 } },
          persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
          template: { spec: { containers: [], ...podSpecDefaults } },
          volumeClaimTemplates: [
            {
              metadata: { name: "data" },
              spec: { accessModes: ["ReadWriteOnce"], volumeMode: "Filesystem" },
              status: { phase: "Pending" },
            },
          ],
        },
      },
    },
    {
      name: "a DaemonSet gets RollingUpdate 1/0 and revisionHistoryLimit 10 (apps/v1 SetDefaults_DaemonSet)",
      input: { apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: "ds" }, spec: { template: { spec: { containers: [] } } } },
      expected: {
        apiVersion: "apps/v1",
        kind: "DaemonSet",
        metadata: { name: "ds" },
        spec: {
          updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
          revisionHistoryLimit: 10,
          template: { spec: { containers: [], ...podSpecDefaults } },
        },
      },
    },
    {
      name: "kubectl create job gets batch/v1 SetDefaults_Job and takes its labels from the template",
      input: {
        apiVersion: "batch/v1",
        kind: "Job",
        metadata: { name: "pi" },
        spec: {
          template: {
            metadata: { labels: { job: "pi" } },
            spec: { containers: [{ name: "pi", image: "perl:5.34" }], restartPolicy: "Never" },
          },
        },
      },
      expected: {
        apiVersion: "batch/v1",
        kind: "Job",
        metadata: { name: "pi", labels: { job: "pi" } },
        spec: {
          backoffLimit: 6,
          completionMode: "NonIndexed",
          completions: 1,
          manualSelector: false,
          parallelism: 1,
          podReplacementPolicy: "TerminatingOrFailed",
          suspend: false,
          template: {
            metadata: { labels: { job: "pi" } },
            spec: { ...podSpecDefaults, containers: [defaultedContainer("pi", "perl:5.34", "IfNotPresent")], restartPolicy: "Never" },
          },
        },
      },
    },
    {
      name: "a job with parallelism only keeps completions unset; a pod failure policy makes replacement Failed (SetDefaults_Job)",
      input: {
        apiVersion: "batch/v1",
        kind: "Job",
        metadata: { name: "j", labels: { own: "yes" } },
        spec: {
          parallelism: 3,
          podFailurePolicy: { rules: [{ action: "Ignore", onPodConditions: [{ type: "DisruptionTarget" }] }] },
          template: { metadata: { labels: { t: "1" } }, spec: { containers: [] } },
        },
      },
      expected: {
        apiVersion: "batch/v1",
        kind: "Job",
        metadata: { name: "j", labels: { own: "yes" } },
        spec: {
          parallelism: 3,
          backoffLimit: 6,
          completionMode: "NonIndexed",
          suspend: false,
          manualSelector: false,
          podReplacementPolicy: "Failed",
          podFailurePolicy: { rules: [{ action: "Ignore", onPodConditions: [{ type: "DisruptionTarget", status: "True" }] }] },
          template: { metadata: { labels: { t: "1" } }, spec: { containers: [], ...podSpecDefaults } },
        },
      },
    },
    {
      name: "a CronJob gets SetDefaults_CronJob; its jobTemplate gets pod template defaults only",
      input: {
        apiVersion: "batch/v1",
        kind: "CronJob",
        metadata: { name: "c" },
        spec: {
          schedule: "*/5 * * * *",
          jobTemplate: { spec: { template: { spec: { containers: [{ name: "c", image: "busybox" }], restartPolicy: "OnFailure" } } } },
        },
      },
      expected: {
        apiVersion: "batch/v1",
        kind: "CronJob",
        metadata: { name: "c" },
        spec: {
          schedule: "*/5 * * * *",
          concurrencyPolicy: "Allow",
          suspend: false,
          successfulJobsHistoryLimit: 3,
          failedJobsHistoryLimit: 1,
          jobTemplate: {
            spec: {
              template: {
                spec: { ...podSpecDefaults, containers: [defaultedContainer("c", "busybox", "Always")], restartPolicy: "OnFailure" },
              },
            },
          },
        },
      },
    },
    {
      name: "kubectl expose-style ClusterIP service gets SetDefaults_Service and the allocator's single-stack family",
      input: {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "web" },
        spec: { selector: { app: "web" }, ports: [{ port: 80 }, { name: "https", port: 443, targetPort: "https" }] },
      },
      expected: {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "web" },
        spec: {
          selector: { app: "web" },
          ports: [
            { port: 80, protocol: "TCP", targetPort: 80 },
            { name: "https", port: 443, protocol: "TCP", targetPort: "https" },
          ],
          type: "ClusterIP",
          sessionAffinity: "None",
          internalTrafficPolicy: "Cluster",
          ipFamilyPolicy: "SingleStack",
          ipFamilies: ["IPv4"],
        },
      },
    },
    {
      name: "a NodePort service also gets externalTrafficPolicy Cluster; ClientIP affinity gets its 10800s timeout",
      input: {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "np" },
        spec: { type: "NodePort", sessionAffinity: "ClientIP", selector: { a: "b" }, ports: [{ port: 80, targetPort: 8080 }] },
      },
      expected: {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "np" },
        spec: {
          type: "NodePort",
          sessionAffinity: "ClientIP",
          sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } },
          selector: { a: "b" },
          ports: [{ port: 80, targetPort: 8080, protocol: "TCP" }],
          externalTrafficPolicy: "Cluster",
          internalTrafficPolicy: "Cluster",
          ipFamilyPolicy: "SingleStack",
          ipFamilies: ["IPv4"],
        },
      },
    },
    {
      name: "an ExternalName service gets neither traffic policies nor IP families",
      input: { apiVersion: "v1", kind: "Service", metadata: { name: "ext" }, spec: { type: "ExternalName", externalName: "example.com" } },
      expected: {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "ext" },
        spec: { type: "ExternalName", externalName: "example.com", sessionAffinity: "None" },
      },
    },
    {
      name: "a secret without a type is Opaque (SetDefaults_Secret)",
      input: { apiVersion: "v1", kind: "Secret", metadata: { name: "s" }, data: { a: "Yg==" } },
      expected: { apiVersion: "v1", kind: "Secret", metadata: { name: "s" }, data: { a: "Yg==" }, type: "Opaque" },
    },
    {
      name: "a namespace gets its metadata.name label and status Active (SetDefaults_Namespace, _NamespaceStatus)",
      input: { apiVersion: "v1", kind: "Namespace", metadata: { name: "shop" }, status: {} },
      expected: {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name: "shop", labels: { "kubernetes.io/metadata.name": "shop" } },
        status: { phase: "Active" },
      },
    },
    {
      name: "a PVC gets volumeMode Filesystem and phase Pending (SetDefaults_PersistentVolumeClaim, _Spec)",
      input: {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name: "data" },
        spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
      },
      expected: {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: { name: "data" },
        spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } }, volumeMode: "Filesystem" },
        status: { phase: "Pending" },
      },
    },
    {
      name: "a container LimitRange item defaults default from max and defaultRequest from default (SetDefaults_LimitRangeItem)",
      input: {
        apiVersion: "v1",
        kind: "LimitRange",
        metadata: { name: "lr" },
        spec: { limits: [{ type: "Container", max: { cpu: "1", memory: "1Gi" }, default: { memory: "512Mi" }, min: { cpu: "50m" } }] },
      },
      expected: {
        apiVersion: "v1",
        kind: "LimitRange",
        metadata: { name: "lr" },
        spec: {
          limits: [
            {
              type: "Container",
              max: { cpu: "1", memory: "1Gi" },
              min: { cpu: "50m" },
              default: { memory: "512Mi", cpu: "1" },
              defaultRequest: { memory: "512Mi", cpu: "1" },
            },
          ],
        },
      },
    },
    {
      name: "a NetworkPolicy with egress rules gets both policy types and TCP ports (networking/v1 defaults.go)",
      input: {
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: { name: "np" },
        spec: { podSelector: {}, egress: [{ ports: [{ port: 53, protocol: "UDP" }, { port: 443 }] }] },
      },
      expected: {
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: { name: "np" },
        spec: {
          podSelector: {},
          egress: [{ ports: [{ port: 53, protocol: "UDP" }, { port: 443, protocol: "TCP" }] }],
          policyTypes: ["Ingress", "Egress"],
        },
      },
    },
    {
      name: "a NetworkPolicy without egress rules is Ingress only",
      input: { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "deny" }, spec: { podSelector: {} } },
      expected: {
        apiVersion: "networking.k8s.io/v1",
        kind: "NetworkPolicy",
        metadata: { name: "deny" },
        spec: { podSelector: {}, policyTypes: ["Ingress"] },
      },
    },
    {
      name: "RoleBinding subjects: users and groups get the rbac group, service accounts none (rbac/v1 defaults.go)",
      input: {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "RoleBinding",
        metadata: { name: "rb" },
        roleRef: { kind: "Role", name: "r" },
        subjects: [
          { kind: "User", name: "jane" },
          { kind: "ServiceAccount", name: "sa", namespace: "x" },
        ],
      },
      expected: {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "RoleBinding",
        metadata: { name: "rb" },
        roleRef: { kind: "Role", name: "r", apiGroup: "rbac.authorization.k8s.io" },
        subjects: [
          { kind: "User", name: "jane", apiGroup: "rbac.authorization.k8s.io" },
          { kind: "ServiceAccount", name: "sa", namespace: "x" },
        ],
      },
    },
    {
      name: "kubectl autoscale's HPA gets minReplicas 1 and an 80% CPU metric (autoscaling/v2 defaults.go)",
      input: {
        apiVersion: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        metadata: { name: "web" },
        spec: { maxReplicas: 5, scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" } },
      },
      expected: {
        apiVersion: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        metadata: { name: "web" },
        spec: {
          maxReplicas: 5,
          minReplicas: 1,
          scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" },
          metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 80 } } }],
        },
      },
    },
    {
      name: "an HPA behavior is completed with the default scale-up and scale-down rules",
      input: {
        apiVersion: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        metadata: { name: "web" },
        spec: { maxReplicas: 5, minReplicas: 2, metrics: [], behavior: { scaleDown: { stabilizationWindowSeconds: 60 } } },
      },
      expected: {
        apiVersion: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        metadata: { name: "web" },
        spec: {
          maxReplicas: 5,
          minReplicas: 2,
          metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 80 } } }],
          behavior: {
            scaleUp: {
              stabilizationWindowSeconds: 0,
              selectPolicy: "Max",
              policies: [
                { type: "Pods", value: 4, periodSeconds: 15 },
                { type: "Percent", value: 100, periodSeconds: 15 },
              ],
            },
            scaleDown: { stabilizationWindowSeconds: 60, selectPolicy: "Max", policies: [{ type: "Percent", value: 100, periodSeconds: 15 }] },
          },
        },
      },
    },
    {
      name: "a StorageClass gets Delete and Immediate; a PriorityClass PreemptLowerPriority (storage/v1, scheduling/v1 defaults.go)",
      input: { apiVersion: "storage.k8s.io/v1", kind: "StorageClass", metadata: { name: "fast" }, provisioner: "x" },
      expected: {
        apiVersion: "storage.k8s.io/v1",
        kind: "StorageClass",
        metadata: { name: "fast" },
        provisioner: "x",
        reclaimPolicy: "Delete",
        volumeBindingMode: "Immediate",
      },
    },
    {
      name: "an Ingress path's pathType is not defaulted, and a PDB gets nothing",
      input: {
        apiVersion: "networking.k8s.io/v1",
        kind: "Ingress",
        metadata: { name: "i" },
        spec: { rules: [{ http: { paths: [{ path: "/", backend: { service: { name: "web", port: { number: 80 } } } }] } }] },
      },
      expected: {
        apiVersion: "networking.k8s.io/v1",
        kind: "Ingress",
        metadata: { name: "i" },
        spec: { rules: [{ http: { paths: [{ path: "/", backend: { service: { name: "web", port: { number: 80 } } } }] } }] },
      },
    },
    {
      name: "custom resources are left untouched",
      input: { apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" }, spec: { containers: [{ image: "nginx" }] } },
      expected: { apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" }, spec: { containers: [{ image: "nginx" }] } },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(defaulted(c.input)).toEqual(c.expected);
    });
  }

  it("is idempotent: defaulting a defaulted deployment changes nothing", () => {
    const once = defaulted(cases[4].input);
    expect(defaulted(once)).toEqual(once);
  });
});

describe("defaultImagePullPolicy (core/v1 SetDefaults_Container, pkg/util/parsers ParseImageName)", () => {
  const images: [string, string][] = [
    ["nginx", "Always"],
    ["nginx:latest", "Always"],
    ["nginx:1.25", "IfNotPresent"],
    ["registry.example.com:5000/team/app", "Always"],
    ["localhost:5000/app:v2", "IfNotPresent"],
    ["nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "IfNotPresent"],
    ["nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "Always"],
    ["NGINX", "IfNotPresent"],
    ["", "IfNotPresent"],
  ];
  for (const [image, policy] of images) {
    it(`${JSON.stringify(image)} pulls ${policy}`, () => expect(defaultImagePullPolicy(image)).toBe(policy));
  }
  it("answers remembered images as the pattern does, also after the memory is full and cleared", () => {
    for (let round = 0; round < 2; round++) for (const [image, policy] of images) expect(defaultImagePullPolicy(image)).toBe(policy);
    for (let i = 0; i < 5000; i++) expect(defaultImagePullPolicy(`img${i}:${i % 3 ? "v1" : "latest"}`)).toBe(i % 3 ? "IfNotPresent" : "Always");
    for (const [image, policy] of images) expect(defaultImagePullPolicy(image)).toBe(policy);
  });
});
