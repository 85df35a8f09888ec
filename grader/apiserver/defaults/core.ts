// Defaults of core/v1 types: pkg/apis/core/v1/defaults.go and the +default
// markers of k8s.io/api/core/v1/types.go (zz_generated.defaults.go), v1.34.
//
// Not here, because upstream does them elsewhere:
// - spec.serviceAccountName / the token volume: ServiceAccount admission;
// - tolerations for not-ready/unreachable: DefaultTolerationSeconds admission;
// - spec.priority: Priority admission; spec.nodeName: the scheduler;
// - Namespace spec.finalizers ["kubernetes"]: the namespace strategy's
//   PrepareForCreate (defaulting runs on every update too, where it must not come back);
// - Service clusterIP(s) and nodePorts: the service REST allocator;
// - rounding of quantities to milli scale (SetDefaults_ResourceList) and their
//   canonical form: a property of Quantity serialization.
import type { DefaulterTable } from "./defaulter";
import { defaultImagePullPolicy } from "./image-pull-policy";
import {
  defaultNil,
  defaultZero,
  ensureObject,
  isNil,
  isObject,
  objectAt,
  objectsAt,
  type JsonObject,
} from "./json-helpers";

// Volume source fields: a Volume with none of them gets an emptyDir.
const volumeSourceFields = [
  "hostPath", "emptyDir", "gcePersistentDisk", "awsElasticBlockStore", "gitRepo", "secret", "nfs", "iscsi",
  "glusterfs", "persistentVolumeClaim", "rbd", "flexVolume", "cinder", "cephfs", "flocker", "downwardAPI", "fc",
  "azureFile", "configMap", "vsphereVolume", "quobyte", "azureDisk", "photonPersistentDisk", "projected",
  "portworxVolume", "scaleIO", "storageos", "csi", "ephemeral", "image",
];

function defaultContainer(c: JsonObject): void {
  if (isNil(c.imagePullPolicy) || c.imagePullPolicy === "") {
    c.imagePullPolicy = defaultImagePullPolicy(typeof c.image === "string" ? c.image : "");
  }
  defaultZero(c, "terminationMessagePath", "/dev/termination-log");
  defaultZero(c, "terminationMessagePolicy", "File");
}

// Requests default to limits for each resource with a limit only (Pods only, not templates).
function defaultRequestsFromLimits(containers: JsonObject[]): void {
  for (const c of containers) {
    const resources = objectAt(c, "resources");
    const limits = resources && objectAt(resources, "limits");
    if (!resources || !limits) continue;
    const requests = ensureObject(resources, "requests");
    for (const [name, value] of Object.entries(limits)) if (!(name in requests)) requests[name] = value;
  }
}

// With host networking every container port is also a host port.
function defaultHostNetworkPorts(containers: JsonObject[]): void {
  for (const c of containers) for (const p of objectsAt(c, "ports")) if (isNil(p.hostPort) || p.hostPort === 0) p.hostPort = p.containerPort;
}

function defaultMode(o: JsonObject): void {
  defaultNil(o, "defaultMode", 420); // 0644
}

function serviceIsExternallyAccessible(spec: JsonObject): boolean {
  const type = spec.type;
  return (
    type === "LoadBalancer" ||
    type === "NodePort" ||
    (type === "ClusterIP" && Array.isArray(spec.externalIPs) && spec.externalIPs.length > 0)
  );
}

export const coreDefaulters: DefaulterTable = {
  V1Pod(pod) {
    const spec = objectAt(pod, "spec");
    if (!spec) return;
    defaultRequestsFromLimits(objectsAt(spec, "containers"));
    defaultRequestsFromLimits(objectsAt(spec, "initContainers"));
    defaultNil(spec, "enableServiceLinks", true);
    if (spec.hostNetwork === true) {
      defaultHostNetworkPorts(objectsAt(spec, "containers"));
      defaultHostNetworkPorts(objectsAt(spec, "initContainers"));
    }
  },
  V1PodSpec(spec) {
    defaultZero(spec, "dnsPolicy", "ClusterFirst");
    defaultZero(spec, "restartPolicy", "Always");
    defaultNil(spec, "securityContext", {});
    defaultNil(spec, "terminationGracePeriodSeconds", 30);
    defaultZero(spec, "schedulerName", "default-scheduler");
  },
  V1Container: defaultContainer,
  V1EphemeralContainer: defaultContainer,
  V1ContainerPort(port) {
    defaultZero(port, "protocol", "TCP");
  },
  V1Probe(probe) {
    defaultZero(probe, "timeoutSeconds", 1);
    defaultZero(probe, "periodSeconds", 10);
    defaultZero(probe, "successThreshold", 1);
    defaultZero(probe, "failureThreshold", 3);
  },
  V1HTTPGetAction(action) {
    defaultZero(action, "path", "/");
    defaultZero(action, "scheme", "HTTP");
  },
  V1GRPCAction(action) {
    defaultNil(action, "service", "");
  },
  V1ObjectFieldSelector(selector) {
    defaultZero(selector, "apiVersion", "v1");
  },
  V1Volume(volume) {
    if (!volumeSourceFields.some((f) => !isNil(volume[f]))) volume.emptyDir = {};
    const image = objectAt(volume, "image");
    if (image && (isNil(image.pullPolicy) || image.pullPolicy === "")) {
      image.pullPolicy = defaultImagePullPolicy(typeof image.reference === "string" ? image.reference : "");
    }
  },
  V1SecretVolumeSource: defaultMode,
  V1ConfigMapVolumeSource: defaultMode,
  V1DownwardAPIVolumeSource: defaultMode,
  V1ProjectedVolumeSource: defaultMode,
  V1ServiceAccountTokenProjection(projection) {
    defaultNil(projection, "expirationSeconds", 3600);
  },
  V1HostPathVolumeSource(hostPath) {
    defaultNil(hostPath, "type", "");
  },
  // +default markers of exotic volume sources.
  V1RBDVolumeSource(rbd) {
    defaultZero(rbd, "pool", "rbd");
    defaultZero(rbd, "user", "admin");
    defaultZero(rbd, "keyring", "/etc/ceph/keyring");
  },
  V1RBDPersistentVolumeSource(rbd) {
    defaultZero(rbd, "pool", "rbd");
    defaultZero(rbd, "user", "admin");
    defaultZero(rbd, "keyring", "/etc/ceph/keyring");
  },
  V1ISCSIVolumeSource(iscsi) {
    defaultZero(iscsi, "iscsiInterface", "default");
  },
  V1ISCSIPersistentVolumeSource(iscsi) {
    defaultZero(iscsi, "iscsiInterface", "default");
  },
  V1AzureDiskVolumeSource(disk) {
    defaultNil(disk, "cachingMode", "ReadWrite");
    defaultNil(disk, "fsType", "ext4");
    defaultNil(disk, "readOnly", false);
    defaultNil(disk, "kind", "Shared");
  },
  V1ScaleIOVolumeSource(sio) {
    defaultZero(sio, "storageMode", "ThinProvisioned");
    defaultZero(sio, "fsType", "xfs");
  },
  V1ScaleIOPersistentVolumeSource(sio) {
    defaultZero(sio, "storageMode", "ThinProvisioned");
    defaultZero(sio, "fsType", "xfs");
  },
  V1ReplicationController(rc) {
    const spec = ensureObject(rc, "spec");
    const template = objectAt(spec, "template");
    const labels = template && objectAt(ensureObject(template, "metadata"), "labels");
    if (labels) {
      const selector = objectAt(spec, "selector");
      if (!selector || Object.keys(selector).length === 0) spec.selector = { ...labels };
      const meta = ensureObject(rc, "metadata");
      const own = objectAt(meta, "labels");
      if (!own || Object.keys(own).length === 0) meta.labels = { ...labels };
    }
  },
  V1ReplicationControllerSpec(spec) {
    defaultNil(spec, "replicas", 1);
  },
  V1Service(svc) {
    const spec = ensureObject(svc, "spec");
    defaultZero(spec, "sessionAffinity", "None");
    if (spec.sessionAffinity === "None") delete spec.sessionAffinityConfig;
    if (spec.sessionAffinity === "ClientIP") {
      const clientIP = objectAt(spec, "sessionAffinityConfig")?.clientIP;
      if (!isObject(clientIP) || isNil(clientIP.timeoutSeconds)) {
        spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 10800 } };
      }
    }
    defaultZero(spec, "type", "ClusterIP");
    for (const port of objectsAt(spec, "ports")) {
      defaultZero(port, "protocol", "TCP");
      if (isNil(port.targetPort) || port.targetPort === 0 || port.targetPort === "") port.targetPort = port.port;
    }
    if (serviceIsExternallyAccessible(spec)) defaultZero(spec, "externalTrafficPolicy", "Cluster");
    if (spec.type === "NodePort" || spec.type === "LoadBalancer" || spec.type === "ClusterIP") {
      defaultNil(spec, "internalTrafficPolicy", "Cluster");
    }
    if (spec.type === "LoadBalancer") {
      defaultNil(spec, "allocateLoadBalancerNodePorts", true);
      for (const ingress of objectsAt(ensureObject(ensureObject(svc, "status"), "loadBalancer"), "ingress")) {
        if (ingress.ip && isNil(ingress.ipMode)) ingress.ipMode = "VIP";
      }
    }
    defaultServiceIPFamilies(spec);
  },
  V1Secret(secret) {
    defaultZero(secret, "type", "Opaque");
  },
  V1Namespace(ns) {
    const meta = ensureObject(ns, "metadata");
    if (typeof meta.name === "string" && meta.name) {
      ensureObject(meta, "labels")["kubernetes.io/metadata.name"] = meta.name;
    }
  },
  V1NamespaceStatus(status) {
    defaultZero(status, "phase", "Active");
  },
  V1PersistentVolume(pv) {
    defaultZero(ensureObject(pv, "status"), "phase", "Pending");
    const spec = ensureObject(pv, "spec");
    defaultZero(spec, "persistentVolumeReclaimPolicy", "Retain");
    defaultNil(spec, "volumeMode", "Filesystem");
  },
  V1PersistentVolumeClaim(pvc) {
    defaultZero(ensureObject(pvc, "status"), "phase", "Pending");
  },
  V1PersistentVolumeClaimSpec(spec) {
    defaultNil(spec, "volumeMode", "Filesystem");
  },
  CoreV1EndpointPort(port) {
    defaultZero(port, "protocol", "TCP");
  },
  V1LimitRangeItem(item) {
    if (item.type !== "Container") return;
    const def = ensureObject(item, "default");
    const defaultRequest = ensureObject(item, "defaultRequest");
    for (const [k, v] of Object.entries(objectAt(item, "max") ?? {})) if (!(k in def)) def[k] = v;
    for (const [k, v] of Object.entries(def)) if (!(k in defaultRequest)) defaultRequest[k] = v;
    for (const [k, v] of Object.entries(objectAt(item, "min") ?? {})) if (!(k in defaultRequest)) defaultRequest[k] = v;
  },
  V1NodeStatus(status) {
    if (isNil(status.allocatable) && isObject(status.capacity)) status.allocatable = { ...status.capacity };
  },
};

// The service allocator (pkg/registry/core/service/storage/alloc.go
// initIPFamilyFields) on a single-stack IPv4 cluster: one family, SingleStack,
// except headless services without a selector, which ask for every family.
function defaultServiceIPFamilies(spec: JsonObject): void {
  if (spec.type === "ExternalName") return;
  const selector = objectAt(spec, "selector");
  const headlessWithoutSelector = spec.clusterIP === "None" && (!selector || Object.keys(selector).length === 0);
  defaultNil(spec, "ipFamilyPolicy", headlessWithoutSelector ? "RequireDualStack" : "SingleStack");
  if (!Array.isArray(spec.ipFamilies) || spec.ipFamilies.length === 0) spec.ipFamilies = ["IPv4"];
}
