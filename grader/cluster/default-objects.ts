// The objects of a fresh cluster, as a kubeadm v1.34 cluster shows them
// (`kubectl get -o yaml` of a Killercoda-like playground), minus what the
// API server fills in itself (uid, resourceVersion, creationTimestamp) and
// what the defaulting code adds. Statuses are written afterwards through the
// /status subresource, as the kubelet and controllers would.
import type { KubeObject } from "../apiserver/types";
import { nodeVersions, type NodeTopology } from "./topology";

type Json = Record<string, unknown>;

const controlPlaneTaint = { key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" };

const defaultCapacity = {
  cpu: "2",
  "ephemeral-storage": "20134592Ki",
  "hugepages-1Gi": "0",
  "hugepages-2Mi": "0",
  memory: "2030940Ki",
  pods: "110",
};

// Memory in Ki of a simple quantity (Ki, Mi, Gi or bytes), for the allocatable arithmetic only.
function memoryKi(q: string): number | undefined {
  const m = /^(\d+)(Ki|Mi|Gi)?$/.exec(q);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] === "Gi" ? n * 1048576 : m[2] === "Mi" ? n * 1024 : m[2] === "Ki" ? n : Math.floor(n / 1024);
}

function allocatableOf(capacity: Record<string, string>): Record<string, string> {
  const out = { ...capacity };
  const ki = memoryKi(capacity.memory);
  // kubelet's default hard eviction threshold memory.available<100Mi is held back.
  if (ki !== undefined) out.memory = `${ki - 102400}Ki`;
  if (capacity["ephemeral-storage"] === defaultCapacity["ephemeral-storage"]) out["ephemeral-storage"] = "18556039957";
  return out;
}

export function nodeIP(node: NodeTopology, index: number): string {
  return node.internalIP ?? `172.30.${index + 1}.2`;
}

export function podCIDR(index: number): string {
  return `192.168.${index}.0/24`;
}

export function nodeManifest(node: NodeTopology, index: number): KubeObject {
  const isControlPlane = node.role === "control-plane";
  const labels: Record<string, string> = {
    "beta.kubernetes.io/arch": "amd64",
    "beta.kubernetes.io/os": "linux",
    "kubernetes.io/arch": "amd64",
    "kubernetes.io/hostname": node.name,
    "kubernetes.io/os": "linux",
    ...(isControlPlane ? { "node-role.kubernetes.io/control-plane": "", "node.kubernetes.io/exclude-from-external-load-balancers": "" } : {}),
    ...node.labels,
  };
  const taints = node.taints ?? (isControlPlane ? [controlPlaneTaint] : []);
  const spec: Json = { podCIDR: podCIDR(index), podCIDRs: [podCIDR(index)] };
  if (taints.length) spec.taints = taints.map((t) => ({ ...t }));
  if (node.unschedulable) spec.unschedulable = true;
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name: node.name,
      labels,
      annotations: {
        "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///var/run/containerd/containerd.sock",
        "node.alpha.kubernetes.io/ttl": "0",
        "volumes.kubernetes.io/controller-managed-attach-detach": "true",
      },
    },
    spec,
  };
}

export function nodeStatus(node: NodeTopology, index: number, now: string, machineId: string): Json {
  const capacity: Record<string, string> = { ...defaultCapacity, ...node.capacity } as Record<string, string>;
  const condition = (type: string, status: string, reason: string, message: string) => ({
    lastHeartbeatTime: now,
    lastTransitionTime: now,
    message,
    reason,
    status,
    type,
  });
  return {
    addresses: [
      { address: nodeIP(node, index), type: "InternalIP" },
      { address: node.name, type: "Hostname" },
    ],
    allocatable: allocatableOf(capacity),
    capacity,
    conditions: [
      condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
      condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
      condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
      condition("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
    ],
    daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
    nodeInfo: {
      architecture: "amd64",
      bootID: machineId,
      containerRuntimeVersion: nodeVersions.containerRuntime,
      kernelVersion: nodeVersions.kernel,
      kubeProxyVersion: "",
      kubeletVersion: nodeVersions.kubelet,
      machineID: machineId.replace(/-/g, ""),
      operatingSystem: "linux",
      osImage: nodeVersions.osImage,
      systemUUID: machineId,
    },
  };
}

export const systemNamespaces = ["default", "kube-node-lease", "kube-public", "kube-system"];

export function namespaceManifest(name: string): KubeObject {
  return { apiVersion: "v1", kind: "Namespace", metadata: { name, labels: { "kubernetes.io/metadata.name": name } } };
}

export function kubernetesServiceManifest(): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "kubernetes", namespace: "default", labels: { component: "apiserver", provider: "kubernetes" } },
    spec: {
      clusterIP: "10.96.0.1",
      clusterIPs: ["10.96.0.1"],
      internalTrafficPolicy: "Cluster",
      ipFamilies: ["IPv4"],
      ipFamilyPolicy: "SingleStack",
      ports: [{ name: "https", port: 443, protocol: "TCP", targetPort: 6443 }],
      sessionAffinity: "None",
      type: "ClusterIP",
    },
  };
}

export function kubernetesEndpointsManifest(apiServerIP: string): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Endpoints",
    metadata: { name: "kubernetes", namespace: "default", labels: { "endpointslice.kubernetes.io/skip-mirror": "true" } },
    subsets: [{ addresses: [{ ip: apiServerIP }], ports: [{ name: "https", port: 6443, protocol: "TCP" }] }],
  };
}

export function kubernetesEndpointSliceManifest(apiServerIP: string): KubeObject {
  return {
    apiVersion: "discovery.k8s.io/v1",
    kind: "EndpointSlice",
    metadata: { name: "kubernetes", namespace: "default", labels: { "kubernetes.io/service-name": "kubernetes" } },
    addressType: "IPv4",
    endpoints: [{ addresses: [apiServerIP], conditions: { ready: true } }],
    ports: [{ name: "https", port: 6443, protocol: "TCP" }],
  };
}

export function kubeDnsServiceManifest(): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: {
      name: "kube-dns",
      namespace: "kube-system",
      labels: { "k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS" },
      annotations: { "prometheus.io/port": "9153", "prometheus.io/scrape": "true" },
    },
    spec: {
      clusterIP: "10.96.0.10",
      clusterIPs: ["10.96.0.10"],
      internalTrafficPolicy: "Cluster",
      ipFamilies: ["IPv4"],
      ipFamilyPolicy: "SingleStack",
      ports: [
        { name: "dns", port: 53, protocol: "UDP", targetPort: 53 },
        { name: "dns-tcp", port: 53, protocol: "TCP", targetPort: 53 },
        { name: "metrics", port: 9153, protocol: "TCP", targetPort: 9153 },
      ],
      selector: { "k8s-app": "kube-dns" },
      sessionAffinity: "None",
      type: "ClusterIP",
    },
  };
}

export interface DnsEndpoint {
  ip: string;
  nodeName: string;
  podName: string;
  podUid: string;
}

const dnsPorts = [
  { name: "dns-tcp", port: 53, protocol: "TCP" },
  { name: "dns", port: 53, protocol: "UDP" },
  { name: "metrics", port: 9153, protocol: "TCP" },
];

/** What the endpoints controller keeps for kube-dns: the ready coredns pods. */
export function kubeDnsEndpointsManifest(endpoints: DnsEndpoint[]): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Endpoints",
    metadata: {
      name: "kube-dns",
      namespace: "kube-system",
      labels: { "k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS" },
    },
    subsets: [
      {
        addresses: endpoints.map((e) => ({
          ip: e.ip,
          nodeName: e.nodeName,
          targetRef: { kind: "Pod", name: e.podName, namespace: "kube-system", uid: e.podUid },
        })),
        ports: dnsPorts,
      },
    ],
  };
}

/** What the EndpointSlice controller keeps for kube-dns. */
export function kubeDnsEndpointSliceManifest(endpoints: DnsEndpoint[]): KubeObject {
  return {
    apiVersion: "discovery.k8s.io/v1",
    kind: "EndpointSlice",
    metadata: {
      generateName: "kube-dns-",
      namespace: "kube-system",
      labels: {
        "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io",
        "k8s-app": "kube-dns",
        "kubernetes.io/cluster-service": "true",
        "kubernetes.io/name": "CoreDNS",
        "kubernetes.io/service-name": "kube-dns",
      },
    },
    addressType: "IPv4",
    endpoints: endpoints.map((e) => ({
      addresses: [e.ip],
      conditions: { ready: true, serving: true, terminating: false },
      nodeName: e.nodeName,
      targetRef: { kind: "Pod", name: e.podName, namespace: "kube-system", uid: e.podUid },
    })),
    ports: dnsPorts,
  };
}

export function priorityClassManifests(): KubeObject[] {
  return [
    ["system-cluster-critical", 2000000000, "Used for system critical pods that must run in the cluster, but can be moved to another node if necessary."],
    ["system-node-critical", 2000001000, "Used for system critical pods that must not be moved from their current node."],
  ].map(([name, value, description]) => ({
    apiVersion: "scheduling.k8s.io/v1",
    kind: "PriorityClass",
    metadata: { name: name as string },
    value: value as number,
    description: description as string,
    preemptionPolicy: "PreemptLowerPriority",
    globalDefault: false,
  }));
}

export function storageClassManifest(): KubeObject {
  return {
    apiVersion: "storage.k8s.io/v1",
    kind: "StorageClass",
    metadata: { name: "local-path", annotations: { "storageclass.kubernetes.io/is-default-class": "true" } },
    provisioner: "rancher.io/local-path",
    reclaimPolicy: "Delete",
    volumeBindingMode: "WaitForFirstConsumer",
  };
}

export function ingressClassManifest(): KubeObject {
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "IngressClass",
    metadata: {
      name: "nginx",
      labels: { "app.kubernetes.io/component": "controller", "app.kubernetes.io/instance": "ingress-nginx", "app.kubernetes.io/name": "ingress-nginx" },
    },
    spec: { controller: "k8s.io/ingress-nginx" },
  };
}

// --- kube-system workloads -------------------------------------------------

export const images = {
  coredns: "registry.k8s.io/coredns/coredns:v1.12.1",
  etcd: "registry.k8s.io/etcd:3.6.4-0",
  apiserver: "registry.k8s.io/kube-apiserver:v1.34.0",
  controllerManager: "registry.k8s.io/kube-controller-manager:v1.34.0",
  scheduler: "registry.k8s.io/kube-scheduler:v1.34.0",
  proxy: "registry.k8s.io/kube-proxy:v1.34.0",
};

const criticalTolerations = [
  { key: "CriticalAddonsOnly", operator: "Exists" },
  { effect: "NoSchedule", key: "node-role.kubernetes.io/control-plane" },
];

export function corednsPodTemplate(): Json {
  return {
    metadata: { labels: { "k8s-app": "kube-dns" } },
    spec: {
      containers: [
        {
          name: "coredns",
          image: images.coredns,
          imagePullPolicy: "IfNotPresent",
          args: ["-conf", "/etc/coredns/Corefile"],
          ports: [
            { containerPort: 53, name: "dns", protocol: "UDP" },
            { containerPort: 53, name: "dns-tcp", protocol: "TCP" },
            { containerPort: 9153, name: "metrics", protocol: "TCP" },
          ],
          resources: { limits: { memory: "170Mi" }, requests: { cpu: "100m", memory: "70Mi" } },
          livenessProbe: { httpGet: { path: "/health", port: 8080, scheme: "HTTP" }, initialDelaySeconds: 60, timeoutSeconds: 5, successThreshold: 1, failureThreshold: 5 },
          readinessProbe: { httpGet: { path: "/ready", port: 8181, scheme: "HTTP" } },
          securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ["NET_BIND_SERVICE"], drop: ["ALL"] }, readOnlyRootFilesystem: true },
          volumeMounts: [{ mountPath: "/etc/coredns", name: "config-volume", readOnly: true }],
        },
      ],
      dnsPolicy: "Default",
      nodeSelector: { "kubernetes.io/os": "linux" },
      priorityClassName: "system-cluster-critical",
      serviceAccountName: "coredns",
      tolerations: criticalTolerations,
      volumes: [{ configMap: { items: [{ key: "Corefile", path: "Corefile" }], name: "coredns" }, name: "config-volume" }],
    },
  };
}

export function corednsDeploymentManifest(): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "coredns", namespace: "kube-system", labels: { "k8s-app": "kube-dns" } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { "k8s-app": "kube-dns" } },
      strategy: { rollingUpdate: { maxSurge: "25%", maxUnavailable: 1 }, type: "RollingUpdate" },
      template: corednsPodTemplate(),
    },
  };
}

export function corednsConfigMapManifest(): KubeObject {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "coredns", namespace: "kube-system" },
    data: {
      Corefile:
        ".:53 {\n    errors\n    health {\n       lameduck 5s\n    }\n    ready\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n       pods insecure\n       fallthrough in-addr.arpa ip6.arpa\n       ttl 30\n    }\n    prometheus :9153\n    forward . /etc/resolv.conf {\n       max_concurrent 1000\n    }\n    cache 30 {\n       disable success cluster.local\n       disable denial cluster.local\n    }\n    loop\n    reload\n    loadbalance\n}\n",
    },
  };
}

export function kubeProxyPodTemplate(): Json {
  return {
    metadata: { labels: { "k8s-app": "kube-proxy" } },
    spec: {
      containers: [
        {
          name: "kube-proxy",
          image: images.proxy,
          imagePullPolicy: "IfNotPresent",
          command: ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)"],
          env: [{ name: "NODE_NAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "spec.nodeName" } } }],
          securityContext: { privileged: true },
          volumeMounts: [
            { mountPath: "/var/lib/kube-proxy", name: "kube-proxy" },
            { mountPath: "/run/xtables.lock", name: "xtables-lock" },
            { mountPath: "/lib/modules", name: "lib-modules", readOnly: true },
          ],
        },
      ],
      hostNetwork: true,
      nodeSelector: { "kubernetes.io/os": "linux" },
      priorityClassName: "system-node-critical",
      serviceAccountName: "kube-proxy",
      tolerations: [{ operator: "Exists" }],
      volumes: [
        { configMap: { name: "kube-proxy" }, name: "kube-proxy" },
        { hostPath: { path: "/run/xtables.lock", type: "FileOrCreate" }, name: "xtables-lock" },
        { hostPath: { path: "/lib/modules", type: "" }, name: "lib-modules" },
      ],
    },
  };
}

export function kubeProxyDaemonSetManifest(): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name: "kube-proxy", namespace: "kube-system", labels: { "k8s-app": "kube-proxy" } },
    spec: {
      selector: { matchLabels: { "k8s-app": "kube-proxy" } },
      template: kubeProxyPodTemplate(),
      updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: "RollingUpdate" },
    },
  };
}

/** A kubeadm static pod's spec (/etc/kubernetes/manifests/<component>.yaml), reduced to what kubectl shows. */
export function staticPodManifest(component: string, image: string, command: string[], nodeName: string): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: `${component}-${nodeName}`,
      namespace: "kube-system",
      labels: { component, tier: "control-plane" },
      annotations: {
        "kubernetes.io/config.source": "file",
      },
    },
    spec: {
      containers: [{ name: component, image, imagePullPolicy: "IfNotPresent", command, resources: { requests: { cpu: component === "etcd" ? "100m" : component === "kube-apiserver" ? "250m" : component === "kube-controller-manager" ? "200m" : "100m" } } }],
      hostNetwork: true,
      nodeName,
      priority: 2000001000,
      priorityClassName: "system-node-critical",
      securityContext: { seccompProfile: { type: "RuntimeDefault" } },
      tolerations: [{ effect: "NoExecute", operator: "Exists" }],
    },
  };
}

export const staticComponents: [string, keyof typeof images, string[]][] = [
  ["etcd", "etcd", ["etcd", "--data-dir=/var/lib/etcd", "--listen-client-urls=https://127.0.0.1:2379"]],
  ["kube-apiserver", "apiserver", ["kube-apiserver", "--service-cluster-ip-range=10.96.0.0/12", "--service-node-port-range=30000-32767"]],
  ["kube-controller-manager", "controllerManager", ["kube-controller-manager", "--cluster-cidr=192.168.0.0/16", "--allocate-node-cidrs=true"]],
  ["kube-scheduler", "scheduler", ["kube-scheduler", "--kubeconfig=/etc/kubernetes/scheduler.conf", "--leader-elect=true"]],
];

/** status of a Running pod whose containers all started at `startedAt`. */
export function runningPodStatus(pod: KubeObject, podIP: string, hostIP: string, startedAt: string, imageIDs: Record<string, string>): Json {
  const containers = ((pod.spec as Json).containers as Json[]) ?? [];
  const cond = (type: string) => ({ lastProbeTime: null, lastTransitionTime: startedAt, status: "True", type });
  return {
    conditions: [cond("PodReadyToStartContainers"), cond("Initialized"), cond("Ready"), cond("ContainersReady"), cond("PodScheduled")],
    containerStatuses: containers.map((c) => ({
      containerID: `containerd://${imageIDs[c.name as string] ?? ""}`,
      image: c.image,
      imageID: (c.image as string).replace(/:.*$/, "") + "@sha256:" + (imageIDs[`${c.name}-image`] ?? ""),
      lastState: {},
      name: c.name,
      ready: true,
      restartCount: 0,
      started: true,
      state: { running: { startedAt } },
    })),
    hostIP,
    hostIPs: [{ ip: hostIP }],
    phase: "Running",
    podIP,
    podIPs: [{ ip: podIP }],
    qosClass: qosClassOf(containers),
    startTime: startedAt,
  };
}

// v1 QoS rules (pkg/apis/core/v1/helper/qos): Guaranteed when every container has equal cpu+memory requests and limits.
function qosClassOf(containers: Json[]): string {
  let anySet = false;
  let guaranteed = true;
  for (const c of containers) {
    const r = (c.resources ?? {}) as { requests?: Record<string, string>; limits?: Record<string, string> };
    if (r.requests && Object.keys(r.requests).length) anySet = true;
    if (r.limits && Object.keys(r.limits).length) anySet = true;
    for (const res of ["cpu", "memory"]) {
      if (!r.limits?.[res] || (r.requests?.[res] ?? r.limits[res]) !== r.limits[res]) guaranteed = false;
    }
  }
  if (!anySet) return "BestEffort";
  return guaranteed ? "Guaranteed" : "Burstable";
}
