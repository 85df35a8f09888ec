// Expected text derived from the column handlers of pkg/printers/internalversion/printers.go (v1.34),
// the API server's default table convertor (apiserver pkg/registry/rest/table.go) and kubectl's
// table printer (cli-runtime pkg/printers/tableprinter.go, tabwriter padding 3).
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { ago, agoDays, agoMinutes, kubectlGet } from "./fixtures";

function obj(apiVersion: string, kind: string, name: string, created: string, rest: Record<string, unknown> = {}): KubeObject {
  const { metadata, ...fields } = rest as { metadata?: Record<string, unknown> };
  return { apiVersion, kind, metadata: { name, namespace: "default", creationTimestamp: created, ...metadata }, ...fields };
}

const lines = (...rows: string[]): string => rows.join("\n") + "\n";
const podTemplate = (containers: { name: string; image: string }[], nodeSelector?: Record<string, string>) => ({
  metadata: { labels: { app: "web" } },
  spec: { containers, ...(nodeSelector ? { nodeSelector } : {}) },
});

interface Case {
  name: string;
  group: string;
  kind: string;
  objs: KubeObject[];
  wide?: boolean;
  want: string;
}

const cases: Case[] = [
  // Node (printNode)
  {
    name: "a ready control-plane node and a cordoned worker show their roles and Ready,SchedulingDisabled",
    group: "",
    kind: "Node",
    objs: [
      obj("v1", "Node", "controlplane", agoDays(10), {
        metadata: { namespace: undefined, labels: { "node-role.kubernetes.io/control-plane": "" } },
        status: { conditions: [{ type: "Ready", status: "True" }], nodeInfo: { kubeletVersion: "v1.34.0" } },
      }),
      obj("v1", "Node", "node01", agoDays(10), {
        spec: { unschedulable: true },
        status: { conditions: [{ type: "Ready", status: "True" }], nodeInfo: { kubeletVersion: "v1.34.0" } },
      }),
    ],
    want: lines(
      "NAME           STATUS                     ROLES           AGE   VERSION",
      "controlplane   Ready                      control-plane   10d   v1.34.0",
      "node01         Ready,SchedulingDisabled   <none>          10d   v1.34.0",
    ),
  },
  {
    name: "a node that is not ready shows NotReady and, wide, its addresses and system info",
    group: "",
    kind: "Node",
    wide: true,
    objs: [
      obj("v1", "Node", "node02", agoDays(2), {
        status: {
          conditions: [{ type: "Ready", status: "False" }],
          addresses: [
            { type: "Hostname", address: "node02" },
            { type: "InternalIP", address: "172.18.0.3" },
          ],
          nodeInfo: {
            kubeletVersion: "v1.34.0",
            osImage: "Debian GNU/Linux 12 (bookworm)",
            kernelVersion: "6.8.0-45-generic",
            containerRuntimeVersion: "containerd://2.1.3",
          },
        },
      }),
    ],
    want: lines(
      "NAME     STATUS     ROLES    AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE                         KERNEL-VERSION     CONTAINER-RUNTIME",
      "node02   NotReady   <none>   2d    v1.34.0   172.18.0.3    <none>        Debian GNU/Linux 12 (bookworm)   6.8.0-45-generic   containerd://2.1.3",
    ),
  },
  {
    name: "a node without a Ready condition reads Unknown",
    group: "",
    kind: "Node",
    objs: [obj("v1", "Node", "new", ago(30), { status: { nodeInfo: { kubeletVersion: "v1.34.0" } } })],
    want: lines("NAME   STATUS    ROLES    AGE   VERSION", "new    Unknown   <none>   30s   v1.34.0"),
  },
  // Namespace (printNamespace)
  {
    name: "namespaces show their phase",
    group: "",
    kind: "Namespace",
    objs: [
      obj("v1", "Namespace", "default", agoDays(10), { status: { phase: "Active" } }),
      obj("v1", "Namespace", "old", ago(5), { status: { phase: "Terminating" } }),
    ],
    want: lines("NAME      STATUS        AGE", "default   Active        10d", "old       Terminating   5s"),
  },
  // Service (printService)
  {
    name: "ClusterIP, NodePort and a LoadBalancer with no address yet show <none>, 80:30080/TCP and <pending>",
    group: "",
    kind: "Service",
    objs: [
      obj("v1", "Service", "kubernetes", agoDays(10), {
        spec: { type: "ClusterIP", clusterIPs: ["10.96.0.1"], ports: [{ port: 443, protocol: "TCP" }] },
      }),
      obj("v1", "Service", "web", agoMinutes(2), {
        spec: { type: "NodePort", clusterIPs: ["10.96.120.15"], ports: [{ port: 80, nodePort: 30080, protocol: "TCP" }] },
      }),
      obj("v1", "Service", "lb", ago(90), {
        spec: { type: "LoadBalancer", clusterIPs: ["10.96.200.7"], ports: [{ port: 80, nodePort: 31234, protocol: "TCP" }] },
        status: { loadBalancer: {} },
      }),
    ],
    want: lines(
      "NAME         TYPE           CLUSTER-IP     EXTERNAL-IP   PORT(S)        AGE",
      "kubernetes   ClusterIP      10.96.0.1      <none>        443/TCP        10d",
      "web          NodePort       10.96.120.15   <none>        80:30080/TCP   2m",
      "lb           LoadBalancer   10.96.200.7    <pending>     80:31234/TCP   90s",
    ),
  },
  {
    name: "a headless service, an ExternalName service and a LoadBalancer with an ingress IP, wide with selectors",
    group: "",
    kind: "Service",
    wide: true,
    objs: [
      obj("v1", "Service", "db", agoMinutes(1), {
        spec: { type: "ClusterIP", clusterIPs: ["None"], selector: { app: "db", tier: "data" }, ports: [{ port: 5432, protocol: "TCP" }] },
      }),
      obj("v1", "Service", "ext", agoMinutes(1), { spec: { type: "ExternalName", externalName: "example.com" } }),
      obj("v1", "Service", "public", agoMinutes(1), {
        spec: { type: "LoadBalancer", clusterIPs: ["10.96.3.3"], selector: { app: "web" }, ports: [{ port: 443, nodePort: 30443, protocol: "TCP" }, { port: 53, nodePort: 30053, protocol: "UDP" }] },
        status: { loadBalancer: { ingress: [{ ip: "203.0.113.10" }] } },
      }),
    ],
    want: lines(
      "NAME     TYPE           CLUSTER-IP   EXTERNAL-IP    PORT(S)                      AGE   SELECTOR",
      "db       ClusterIP      None         <none>         5432/TCP                     60s   app=db,tier=data",
      "ext      ExternalName   <none>       example.com    <none>                       60s   <none>",
      "public   LoadBalancer   10.96.3.3    203.0.113.10   443:30443/TCP,53:30053/UDP   60s   app=web",
    ),
  },
  // Endpoints (formatEndpoints) and EndpointSlice
  {
    name: "endpoints list three addresses then + N more..., and <none> without subsets",
    group: "",
    kind: "Endpoints",
    objs: [
      obj("v1", "Endpoints", "web", agoMinutes(3), {
        subsets: [
          {
            addresses: [{ ip: "10.244.1.2" }, { ip: "10.244.1.3" }, { ip: "10.244.2.4" }, { ip: "10.244.2.5" }],
            ports: [{ port: 80, protocol: "TCP" }],
          },
        ],
      }),
      obj("v1", "Endpoints", "empty", agoMinutes(3)),
    ],
    want: lines(
      "NAME    ENDPOINTS                                               AGE",
      "web     10.244.1.2:80,10.244.1.3:80,10.244.2.4:80 + 1 more...   3m",
      "empty   <none>                                                  3m",
    ),
  },
  {
    name: "an endpoint slice shows its address type, ports and addresses, <unset> when empty",
    group: "discovery.k8s.io",
    kind: "EndpointSlice",
    objs: [
      obj("discovery.k8s.io/v1", "EndpointSlice", "web-abc12", agoMinutes(3), {
        addressType: "IPv4",
        ports: [{ name: "http", port: 80, protocol: "TCP" }],
        endpoints: [{ addresses: ["10.244.1.2"] }, { addresses: ["10.244.1.3"] }],
      }),
      obj("discovery.k8s.io/v1", "EndpointSlice", "db-xyz98", agoMinutes(3), { addressType: "IPv4", endpoints: [] }),
    ],
    want: lines(
      "NAME        ADDRESSTYPE   PORTS     ENDPOINTS               AGE",
      "web-abc12   IPv4          80        10.244.1.2,10.244.1.3   3m",
      "db-xyz98    IPv4          <unset>   <unset>                 3m",
    ),
  },
  // ConfigMap, Secret, ServiceAccount
  {
    name: "a config map counts data and binaryData keys",
    group: "",
    kind: "ConfigMap",
    objs: [
      obj("v1", "ConfigMap", "app-config", agoMinutes(7), { data: { "app.properties": "a=b" }, binaryData: { logo: "AAE=" } }),
      obj("v1", "ConfigMap", "kube-root-ca.crt", agoDays(10), { data: { "ca.crt": "..." } }),
    ],
    want: lines("NAME               DATA   AGE", "app-config         2      7m", "kube-root-ca.crt   1      10d"),
  },
  {
    name: "secrets show their type and number of keys",
    group: "",
    kind: "Secret",
    objs: [
      obj("v1", "Secret", "db-pass", agoMinutes(1), { type: "Opaque", data: { password: "czNjcjN0" } }),
      obj("v1", "Secret", "tls", agoMinutes(1), { type: "kubernetes.io/tls", data: { "tls.crt": "", "tls.key": "" } }),
    ],
    want: lines("NAME      TYPE                DATA   AGE", "db-pass   Opaque              1      60s", "tls       kubernetes.io/tls   2      60s"),
  },
  {
    name: "service accounts count their secrets",
    group: "",
    kind: "ServiceAccount",
    objs: [obj("v1", "ServiceAccount", "default", agoDays(10)), obj("v1", "ServiceAccount", "robot", ago(40), { secrets: [{ name: "robot-token" }] })],
    want: lines("NAME      SECRETS   AGE", "default   0         10d", "robot     1         40s"),
  },
  // Workloads
  {
    name: "a deployment shows READY as ready/desired and, wide, containers, images and selector",
    group: "apps",
    kind: "Deployment",
    wide: true,
    objs: [
      obj("apps/v1", "Deployment", "web", agoMinutes(5), {
        spec: {
          replicas: 3,
          selector: { matchLabels: { app: "web" } },
          template: podTemplate([{ name: "nginx", image: "nginx:1.27" }, { name: "log", image: "busybox:1.36" }]),
        },
        status: { replicas: 3, updatedReplicas: 3, readyReplicas: 2, availableReplicas: 2 },
      }),
    ],
    want: lines(
      "NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES                    SELECTOR",
      "web    2/3     3            2           5m    nginx,log    nginx:1.27,busybox:1.36   app=web",
    ),
  },
  {
    name: "a deployment scaled to zero with no status reads 0/0 0 0",
    group: "apps",
    kind: "Deployment",
    objs: [obj("apps/v1", "Deployment", "idle", agoMinutes(1), { spec: { replicas: 0, template: podTemplate([]) } })],
    want: lines("NAME   READY   UP-TO-DATE   AVAILABLE   AGE", "idle   0/0     0            0           60s"),
  },
  {
    name: "a replica set shows desired, current and ready counts",
    group: "apps",
    kind: "ReplicaSet",
    objs: [
      obj("apps/v1", "ReplicaSet", "web-7d4b9c8f5d", agoMinutes(5), {
        spec: { replicas: 3, selector: { matchLabels: { app: "web", "pod-template-hash": "7d4b9c8f5d" } }, template: podTemplate([{ name: "nginx", image: "nginx:1.27" }]) },
        status: { replicas: 3, readyReplicas: 1 },
      }),
    ],
    want: lines("NAME             DESIRED   CURRENT   READY   AGE", "web-7d4b9c8f5d   3         3         1       5m"),
  },
  {
    name: "a replica set's wide selector joins matchLabels and expressions sorted by key",
    group: "apps",
    kind: "ReplicaSet",
    wide: true,
    objs: [
      obj("apps/v1", "ReplicaSet", "api", agoMinutes(5), {
        spec: {
          replicas: 1,
          selector: { matchLabels: { tier: "backend" }, matchExpressions: [{ key: "env", operator: "In", values: ["prod", "dev"] }] },
          template: podTemplate([{ name: "api", image: "api:2" }]),
        },
        status: { replicas: 1, readyReplicas: 1 },
      }),
    ],
    want: lines(
      "NAME   DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES   SELECTOR",
      "api    1         1         1       5m    api          api:2    env in (dev,prod),tier=backend",
    ),
  },
  {
    name: "a stateful set shows READY as ready/desired",
    group: "apps",
    kind: "StatefulSet",
    objs: [
      obj("apps/v1", "StatefulSet", "db", agoMinutes(12), {
        spec: { replicas: 3, template: podTemplate([{ name: "postgres", image: "postgres:16" }]) },
        status: { replicas: 2, readyReplicas: 2 },
      }),
    ],
    want: lines("NAME   READY   AGE", "db     2/3     12m"),
  },
  {
    name: "a daemon set shows its scheduling counts and node selector",
    group: "apps",
    kind: "DaemonSet",
    objs: [
      obj("apps/v1", "DaemonSet", "kube-proxy", agoDays(10), {
        spec: { template: podTemplate([{ name: "kube-proxy", image: "registry.k8s.io/kube-proxy:v1.34.0" }], { "kubernetes.io/os": "linux" }) },
        status: { desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 2, updatedNumberScheduled: 2, numberAvailable: 2 },
      }),
      obj("apps/v1", "DaemonSet", "logger", agoMinutes(1), {
        spec: { template: podTemplate([{ name: "fluent", image: "fluent-bit:3" }]) },
        status: { desiredNumberScheduled: 2, currentNumberScheduled: 1, numberReady: 0 },
      }),
    ],
    want: lines(
      "NAME         DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE",
      "kube-proxy   2         2         2       2            2           kubernetes.io/os=linux   10d",
      "logger       2         1         0       0            0           <none>                   60s",
    ),
  },
  // Job and CronJob
  {
    name: "jobs show Complete with their duration, Running since start, Failed and Suspended",
    group: "batch",
    kind: "Job",
    objs: [
      obj("batch/v1", "Job", "pi", agoMinutes(3), {
        spec: { completions: 1, parallelism: 1, template: podTemplate([{ name: "pi", image: "perl" }]) },
        status: { succeeded: 1, startTime: ago(180), completionTime: ago(168), conditions: [{ type: "SuccessCriteriaMet", status: "True" }, { type: "Complete", status: "True" }] },
      }),
      obj("batch/v1", "Job", "batch", agoMinutes(2), {
        spec: { completions: 3, parallelism: 1, template: podTemplate([{ name: "w", image: "busybox" }]) },
        status: { succeeded: 1, active: 1, startTime: ago(119) },
      }),
      obj("batch/v1", "Job", "broken", agoMinutes(10), {
        spec: { completions: 1, template: podTemplate([{ name: "w", image: "busybox" }]) },
        status: { failed: 7, startTime: ago(600), conditions: [{ type: "FailureTarget", status: "True" }, { type: "Failed", status: "True" }] },
      }),
      obj("batch/v1", "Job", "paused", agoMinutes(10), {
        spec: { completions: 1, suspend: true, template: podTemplate([{ name: "w", image: "busybox" }]) },
        status: { conditions: [{ type: "Suspended", status: "True" }] },
      }),
    ],
    want: lines(
      "NAME     STATUS      COMPLETIONS   DURATION   AGE",
      "pi       Complete    1/1           12s        3m",
      "batch    Running     1/3           119s       2m",
      "broken   Failed      0/1           10m        10m",
      "paused   Suspended   0/1                      10m",
    ),
  },
  {
    name: "a work-queue job without completions shows succeeded/1 of parallelism",
    group: "batch",
    kind: "Job",
    objs: [
      obj("batch/v1", "Job", "queue", agoMinutes(1), {
        spec: { parallelism: 2, template: podTemplate([{ name: "w", image: "busybox" }]) },
        status: { active: 2, startTime: ago(60) },
      }),
    ],
    want: lines("NAME    STATUS    COMPLETIONS   DURATION   AGE", "queue   Running   0/1 of 2      60s        60s"),
  },
  {
    name: "cron jobs show schedule, <none> time zone, False/True suspend, active count and last schedule",
    group: "batch",
    kind: "CronJob",
    objs: [
      obj("batch/v1", "CronJob", "backup", agoMinutes(30), {
        spec: { schedule: "*/5 * * * *", suspend: false, jobTemplate: { spec: { template: podTemplate([{ name: "b", image: "busybox" }]) } } },
        status: { active: [{ name: "backup-29000000" }], lastScheduleTime: ago(180) },
      }),
      obj("batch/v1", "CronJob", "report", ago(20), {
        spec: { schedule: "0 3 * * *", timeZone: "Europe/Paris", suspend: true, jobTemplate: { spec: { template: podTemplate([{ name: "r", image: "busybox" }]) } } },
      }),
    ],
    want: lines(
      "NAME     SCHEDULE      TIMEZONE       SUSPEND   ACTIVE   LAST SCHEDULE   AGE",
      "backup   */5 * * * *   <none>         False     1        3m              30m",
      "report   0 3 * * *     Europe/Paris   True      0        <none>          20s",
    ),
  },
  // HorizontalPodAutoscaler (formatHPAMetrics)
  {
    name: "autoscalers show cpu: 40%/50%, cpu: <unknown>/50% before metrics arrive, and <unset> min pods",
    group: "autoscaling",
    kind: "HorizontalPodAutoscaler",
    objs: [
      obj("autoscaling/v2", "HorizontalPodAutoscaler", "web", agoMinutes(5), {
        spec: {
          scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" },
          minReplicas: 1,
          maxReplicas: 10,
          metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 50 } } }],
        },
        status: { currentReplicas: 2, currentMetrics: [{ type: "Resource", resource: { name: "cpu", current: { averageUtilization: 40, averageValue: "40m" } } }] },
      }),
      obj("autoscaling/v2", "HorizontalPodAutoscaler", "api", ago(15), {
        spec: {
          scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "api" },
          maxReplicas: 5,
          metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 50 } } }],
        },
        status: { currentReplicas: 0 },
      }),
    ],
    want: lines(
      "NAME   REFERENCE        TARGETS              MINPODS   MAXPODS   REPLICAS   AGE",
      "web    Deployment/web   cpu: 40%/50%         1         10        2          5m",
      "api    Deployment/api   cpu: <unknown>/50%   <unset>   5         0          15s",
    ),
  },
  {
    name: "an autoscaler with three metrics shows two and + 1 more..., memory by average value",
    group: "autoscaling",
    kind: "HorizontalPodAutoscaler",
    objs: [
      obj("autoscaling/v2", "HorizontalPodAutoscaler", "busy", agoMinutes(5), {
        spec: {
          scaleTargetRef: { apiVersion: "apps/v1", kind: "StatefulSet", name: "busy" },
          minReplicas: 2,
          maxReplicas: 4,
          metrics: [
            { type: "Resource", resource: { name: "memory", target: { type: "AverageValue", averageValue: "500Mi" } } },
            { type: "Pods", pods: { metric: { name: "qps" }, target: { type: "AverageValue", averageValue: "1k" } } },
            { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 80 } } },
          ],
        },
        status: {
          currentReplicas: 2,
          currentMetrics: [{ type: "Resource", resource: { name: "memory", current: { averageValue: "300Mi" } } }],
        },
      }),
    ],
    want: lines(
      "NAME   REFERENCE          TARGETS                                         MINPODS   MAXPODS   REPLICAS   AGE",
      "busy   StatefulSet/busy   memory: 300Mi/500Mi, <unknown>/1k + 1 more...   2         4         2          5m",
    ),
  },
  // PodDisruptionBudget
  {
    name: "disruption budgets show the set bound and N/A for the other",
    group: "policy",
    kind: "PodDisruptionBudget",
    objs: [
      obj("policy/v1", "PodDisruptionBudget", "web-pdb", agoMinutes(2), { spec: { minAvailable: 2 }, status: { disruptionsAllowed: 1 } }),
      obj("policy/v1", "PodDisruptionBudget", "db-pdb", agoMinutes(2), { spec: { maxUnavailable: "25%" }, status: { disruptionsAllowed: 0 } }),
    ],
    want: lines(
      "NAME      MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE",
      "web-pdb   2               N/A               1                     2m",
      "db-pdb    N/A             25%               0                     2m",
    ),
  },
  // Ingress, IngressClass, NetworkPolicy
  {
    name: "ingresses show class, hosts, address and 80, 443 with TLS; * and <none> when unset",
    group: "networking.k8s.io",
    kind: "Ingress",
    objs: [
      obj("networking.k8s.io/v1", "Ingress", "shop", agoMinutes(4), {
        spec: { ingressClassName: "nginx", tls: [{ hosts: ["shop.example.com"] }], rules: [{ host: "shop.example.com" }, { host: "api.example.com" }] },
        status: { loadBalancer: { ingress: [{ ip: "172.18.0.2" }] } },
      }),
      obj("networking.k8s.io/v1", "Ingress", "catch-all", agoMinutes(4), { spec: { defaultBackend: { service: { name: "web", port: { number: 80 } } } } }),
    ],
    want: lines(
      "NAME        CLASS    HOSTS                              ADDRESS      PORTS     AGE",
      "shop        nginx    shop.example.com,api.example.com   172.18.0.2   80, 443   4m",
      "catch-all   <none>   *                                               80        4m",
    ),
  },
  {
    name: "an ingress class shows its controller and parameters kind.group/name",
    group: "networking.k8s.io",
    kind: "IngressClass",
    objs: [
      obj("networking.k8s.io/v1", "IngressClass", "nginx", agoDays(1), { spec: { controller: "k8s.io/ingress-nginx" } }),
      obj("networking.k8s.io/v1", "IngressClass", "external-lb", agoDays(1), {
        spec: { controller: "example.com/ingress-controller", parameters: { apiGroup: "k8s.example.com", kind: "IngressParameters", name: "external-lb" } },
      }),
    ],
    want: lines(
      "NAME          CONTROLLER                       PARAMETERS                                      AGE",
      "nginx         k8s.io/ingress-nginx             <none>                                          24h",
      "external-lb   example.com/ingress-controller   IngressParameters.k8s.example.com/external-lb   24h",
    ),
  },
  {
    name: "network policies show their pod selector, <none> for all pods",
    group: "networking.k8s.io",
    kind: "NetworkPolicy",
    objs: [
      obj("networking.k8s.io/v1", "NetworkPolicy", "default-deny", agoMinutes(1), { spec: { podSelector: {}, policyTypes: ["Ingress"] } }),
      obj("networking.k8s.io/v1", "NetworkPolicy", "db-allow", agoMinutes(1), { spec: { podSelector: { matchLabels: { app: "db" } } } }),
    ],
    want: lines("NAME           POD-SELECTOR   AGE", "default-deny   <none>         60s", "db-allow       app=db         60s"),
  },
  // ResourceQuota and LimitRange
  {
    name: "a resource quota lists used/hard per resource sorted, limits.* in LIMIT",
    group: "",
    kind: "ResourceQuota",
    objs: [
      obj("v1", "ResourceQuota", "compute", agoMinutes(6), {
        spec: { hard: { pods: "2", "requests.cpu": "1", "requests.memory": "1Gi", "limits.cpu": "2" } },
        status: {
          hard: { pods: "2", "requests.cpu": "1", "requests.memory": "1Gi", "limits.cpu": "2" },
          used: { pods: "1", "requests.cpu": "500m", "requests.memory": "256Mi", "limits.cpu": "1" },
        },
      }),
    ],
    want: lines(
      "NAME      REQUEST                                                       LIMIT             AGE",
      "compute   pods: 1/2, requests.cpu: 500m/1, requests.memory: 256Mi/1Gi   limits.cpu: 1/2   6m",
    ),
  },
  {
    name: "a quota not yet counted by the controller shows 0 as used",
    group: "",
    kind: "ResourceQuota",
    objs: [obj("v1", "ResourceQuota", "objects", ago(1), { status: { hard: { "count/deployments.apps": "1", services: "3" } } })],
    want: lines(
      "NAME      REQUEST                                      LIMIT   AGE",
      "objects   count/deployments.apps: 0/1, services: 0/3           1s",
    ),
  },
  {
    name: "a limit range prints with the default convertor: NAME and CREATED AT",
    group: "",
    kind: "LimitRange",
    objs: [obj("v1", "LimitRange", "mem-limits", "2025-01-15T11:55:00Z", { spec: { limits: [] } })],
    want: lines("NAME         CREATED AT", "mem-limits   2025-01-15T11:55:00Z"),
  },
  // PersistentVolume, PersistentVolumeClaim, StorageClass
  {
    name: "a bound persistent volume shows capacity, RWO, reclaim policy, claim and <unset> attributes class",
    group: "",
    kind: "PersistentVolume",
    objs: [
      obj("v1", "PersistentVolume", "pv-data", agoMinutes(5), {
        metadata: { namespace: undefined },
        spec: {
          capacity: { storage: "1Gi" },
          accessModes: ["ReadWriteOnce", "ReadWriteOncePod"],
          persistentVolumeReclaimPolicy: "Retain",
          storageClassName: "manual",
          claimRef: { namespace: "default", name: "data" },
          volumeMode: "Filesystem",
        },
        status: { phase: "Bound" },
      }),
    ],
    want: lines(
      "NAME      CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM          STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE",
      "pv-data   1Gi        RWO,RWOP       Retain           Bound    default/data   manual         <unset>                          5m",
    ),
  },
  {
    name: "a bound claim shows its volume, capacity and modes; a pending one leaves them empty",
    group: "",
    kind: "PersistentVolumeClaim",
    objs: [
      obj("v1", "PersistentVolumeClaim", "data", agoMinutes(5), {
        spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } }, storageClassName: "manual", volumeName: "pv-data" },
        status: { phase: "Bound", accessModes: ["ReadWriteOnce"], capacity: { storage: "1Gi" } },
      }),
      obj("v1", "PersistentVolumeClaim", "cache", ago(10), {
        spec: { accessModes: ["ReadWriteMany"], resources: { requests: { storage: "500Mi" } }, storageClassName: "standard" },
        status: { phase: "Pending" },
      }),
    ],
    want: lines(
      "NAME    STATUS    VOLUME    CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE",
      "data    Bound     pv-data   1Gi        RWO            manual         <unset>                 5m",
      "cache   Pending                                       standard       <unset>                 10s",
    ),
  },
  {
    name: "the default storage class gets (default) after its name and the defaults Delete and Immediate",
    group: "storage.k8s.io",
    kind: "StorageClass",
    objs: [
      obj("storage.k8s.io/v1", "StorageClass", "standard", agoDays(10), {
        metadata: { annotations: { "storageclass.kubernetes.io/is-default-class": "true" } },
        provisioner: "rancher.io/local-path",
        reclaimPolicy: "Delete",
        volumeBindingMode: "WaitForFirstConsumer",
      }),
      obj("storage.k8s.io/v1", "StorageClass", "fast", agoDays(1), { provisioner: "kubernetes.io/no-provisioner", allowVolumeExpansion: true }),
    ],
    want: lines(
      "NAME                 PROVISIONER                    RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE",
      "standard (default)   rancher.io/local-path          Delete          WaitForFirstConsumer   false                  10d",
      "fast                 kubernetes.io/no-provisioner   Delete          Immediate              true                   24h",
    ),
  },
  // RBAC
  {
    name: "roles and cluster roles print with the default convertor: NAME and CREATED AT",
    group: "rbac.authorization.k8s.io",
    kind: "Role",
    objs: [obj("rbac.authorization.k8s.io/v1", "Role", "pod-reader", "2025-01-14T08:30:05Z", { rules: [] })],
    want: lines("NAME         CREATED AT", "pod-reader   2025-01-14T08:30:05Z"),
  },
  {
    name: "a cluster role prints NAME and CREATED AT too",
    group: "rbac.authorization.k8s.io",
    kind: "ClusterRole",
    objs: [obj("rbac.authorization.k8s.io/v1", "ClusterRole", "view", "2025-01-05T12:00:00Z", { rules: [] })],
    want: lines("NAME   CREATED AT", "view   2025-01-05T12:00:00Z"),
  },
  {
    name: "a role binding shows Kind/name of its role and, wide, users, groups and namespace/serviceaccounts",
    group: "rbac.authorization.k8s.io",
    kind: "RoleBinding",
    wide: true,
    objs: [
      obj("rbac.authorization.k8s.io/v1", "RoleBinding", "read-pods", agoMinutes(1), {
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "pod-reader" },
        subjects: [
          { kind: "User", name: "jane", apiGroup: "rbac.authorization.k8s.io" },
          { kind: "ServiceAccount", name: "robot", namespace: "dev" },
          { kind: "ServiceAccount", name: "ci", namespace: "default" },
        ],
      }),
    ],
    want: lines(
      "NAME        ROLE              AGE   USERS   GROUPS   SERVICEACCOUNTS",
      "read-pods   Role/pod-reader   60s   jane             dev/robot, default/ci",
    ),
  },
  {
    name: "a cluster role binding shows ClusterRole/name",
    group: "rbac.authorization.k8s.io",
    kind: "ClusterRoleBinding",
    objs: [
      obj("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", "cluster-admin", agoDays(10), {
        roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "cluster-admin" },
        subjects: [{ kind: "Group", name: "system:masters", apiGroup: "rbac.authorization.k8s.io" }],
      }),
    ],
    want: lines("NAME            ROLE                        AGE", "cluster-admin   ClusterRole/cluster-admin   10d"),
  },
  // Event
  {
    name: "events show last seen, type, reason, kind/name and the trimmed message",
    group: "",
    kind: "Event",
    objs: [
      obj("v1", "Event", "web-1.181a2b3c4d5e6f70", ago(30), {
        type: "Normal",
        reason: "Scheduled",
        message: "Successfully assigned default/web-1 to node01",
        involvedObject: { kind: "Pod", name: "web-1", namespace: "default" },
        firstTimestamp: null,
        lastTimestamp: null,
        // 29.88s ago: the age truncates to whole seconds.
        eventTime: "2025-01-15T11:59:30.123456Z",
        reportingComponent: "default-scheduler",
      }),
      obj("v1", "Event", "crasher.181a2b3c4d5e6f71", agoMinutes(4), {
        type: "Warning",
        reason: "BackOff",
        message: "Back-off restarting failed container app in pod crasher_default(1234)\n",
        involvedObject: { kind: "Pod", name: "crasher", namespace: "default", fieldPath: "spec.containers{app}" },
        count: 7,
        firstTimestamp: agoMinutes(4),
        lastTimestamp: ago(5),
        source: { component: "kubelet", host: "node01" },
      }),
    ],
    want: lines(
      "LAST SEEN   TYPE      REASON      OBJECT        MESSAGE",
      "29s         Normal    Scheduled   pod/web-1     Successfully assigned default/web-1 to node01",
      "5s          Warning   BackOff     pod/crasher   Back-off restarting failed container app in pod crasher_default(1234)",
    ),
  },
  {
    name: "events wide add subobject, source, first seen, count and name",
    group: "",
    kind: "Event",
    wide: true,
    objs: [
      obj("v1", "Event", "crasher.181a", agoMinutes(4), {
        type: "Warning",
        reason: "BackOff",
        message: "Back-off restarting failed container",
        involvedObject: { kind: "Pod", name: "crasher", fieldPath: "spec.containers{app}" },
        count: 7,
        firstTimestamp: agoMinutes(4),
        lastTimestamp: ago(5),
        source: { component: "kubelet", host: "node01" },
      }),
    ],
    want: lines(
      "LAST SEEN   TYPE      REASON    OBJECT        SUBOBJECT              SOURCE            MESSAGE                                FIRST SEEN   COUNT   NAME",
      "5s          Warning   BackOff   pod/crasher   spec.containers{app}   kubelet, node01   Back-off restarting failed container   4m           7       crasher.181a",
    ),
  },
  // PriorityClass, Lease
  {
    name: "priority classes show value, global default and preemption policy",
    group: "scheduling.k8s.io",
    kind: "PriorityClass",
    objs: [
      obj("scheduling.k8s.io/v1", "PriorityClass", "system-cluster-critical", agoDays(10), { value: 2000000000, preemptionPolicy: "PreemptLowerPriority" }),
      obj("scheduling.k8s.io/v1", "PriorityClass", "high", agoMinutes(1), { value: 1000, globalDefault: true, preemptionPolicy: "Never" }),
    ],
    want: lines(
      "NAME                      VALUE        GLOBAL-DEFAULT   AGE   PREEMPTIONPOLICY",
      "system-cluster-critical   2000000000   false            10d   PreemptLowerPriority",
      "high                      1000         true             60s   Never",
    ),
  },
  {
    name: "a lease shows its holder",
    group: "coordination.k8s.io",
    kind: "Lease",
    objs: [obj("coordination.k8s.io/v1", "Lease", "node01", agoDays(10), { spec: { holderIdentity: "node01", leaseDurationSeconds: 40 } })],
    want: lines("NAME     HOLDER   AGE", "node01   node01   10d"),
  },
  // CRDs and custom resources
  {
    name: "a custom resource definition prints NAME and CREATED AT",
    group: "apiextensions.k8s.io",
    kind: "CustomResourceDefinition",
    objs: [obj("apiextensions.k8s.io/v1", "CustomResourceDefinition", "crontabs.stable.example.com", "2025-01-15T10:00:00Z")],
    want: lines("NAME                          CREATED AT", "crontabs.stable.example.com   2025-01-15T10:00:00Z"),
  },
  {
    name: "a custom resource without printer columns shows NAME and AGE",
    group: "stable.example.com",
    kind: "CronTab",
    objs: [obj("stable.example.com/v1", "CronTab", "my-new-cron-object", ago(42), { spec: { cronSpec: "* * * * */5" } })],
    want: lines("NAME                 AGE", "my-new-cron-object   42s"),
  },
];

describe("kubectl get tables per kind (printers.go v1.34)", () => {
  it.each(cases)("$name", ({ group, kind, objs, wide, want }) => {
    expect(kubectlGet(group, kind, objs, { wide })).toBe(want);
  });
});
