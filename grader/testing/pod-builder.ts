// makePod(): a small builder for Pod objects in tests, after
// pkg/scheduler/testing/wrappers.go (st.MakePod()). Every call returns the
// builder; obj() returns a fresh plain object.
import type { KubeObject } from "../apiserver/types";

type Json = Record<string, unknown>;
type Resources = Record<string, string>;

interface ContainerJson extends Json {
  name: string;
  image: string;
  resources?: { requests?: Resources; limits?: Resources };
  ports?: Json[];
  restartPolicy?: string;
}

export class PodBuilder {
  private readonly pod: {
    apiVersion: string;
    kind: string;
    metadata: Json & { name: string; namespace: string; labels?: Record<string, string> };
    spec: Json & { containers: ContainerJson[]; initContainers?: ContainerJson[] };
    status?: Json;
  };

  constructor() {
    this.pod = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "pod", namespace: "default" },
      spec: { containers: [{ name: "app", image: "nginx" }] },
    };
  }

  name(name: string): this {
    this.pod.metadata.name = name;
    return this;
  }

  namespace(ns: string): this {
    this.pod.metadata.namespace = ns;
    return this;
  }

  uid(uid: string): this {
    this.pod.metadata.uid = uid;
    return this;
  }

  labels(labels: Record<string, string>): this {
    this.pod.metadata.labels = { ...this.pod.metadata.labels, ...labels };
    return this;
  }

  creationTimestamp(ts: string): this {
    this.pod.metadata.creationTimestamp = ts;
    return this;
  }

  /** Requests of the first container. */
  requests(requests: Resources): this {
    const c = this.pod.spec.containers[0];
    c.resources = { ...c.resources, requests: { ...c.resources?.requests, ...requests } };
    return this;
  }

  limits(limits: Resources): this {
    const c = this.pod.spec.containers[0];
    c.resources = { ...c.resources, limits: { ...c.resources?.limits, ...limits } };
    return this;
  }

  /** Another app container with these requests. */
  container(name: string, requests: Resources = {}): this {
    this.pod.spec.containers.push({ name, image: "busybox", resources: { requests } });
    return this;
  }

  initContainer(name: string, requests: Resources = {}): this {
    (this.pod.spec.initContainers ??= []).push({ name, image: "busybox", resources: { requests } });
    return this;
  }

  /** A native sidecar: an init container with restartPolicy Always. */
  sidecar(name: string, requests: Resources = {}): this {
    (this.pod.spec.initContainers ??= []).push({ name, image: "busybox", restartPolicy: "Always", resources: { requests } });
    return this;
  }

  overhead(overhead: Resources): this {
    this.pod.spec.overhead = overhead;
    return this;
  }

  podLevelRequests(requests: Resources): this {
    this.pod.spec.resources = { requests };
    return this;
  }

  hostPort(port: number, protocol = "TCP"): this {
    const c = this.pod.spec.containers[0];
    (c.ports ??= []).push({ containerPort: port, hostPort: port, protocol });
    return this;
  }

  node(nodeName: string): this {
    this.pod.spec.nodeName = nodeName;
    return this;
  }

  nodeSelector(selector: Record<string, string>): this {
    this.pod.spec.nodeSelector = selector;
    return this;
  }

  toleration(t: { key?: string; operator?: string; value?: string; effect?: string }): this {
    ((this.pod.spec.tolerations as Json[] | undefined) ?? (this.pod.spec.tolerations = [])).push(t);
    return this;
  }

  private affinity(): Json {
    return (this.pod.spec.affinity ??= {}) as Json;
  }

  /** One required node affinity term with these expressions (terms added by repeated calls are ORed). */
  requiredNodeAffinity(...matchExpressions: { key: string; operator: string; values?: string[] }[]): this {
    const na = (this.affinity().nodeAffinity ??= {}) as Json;
    const req = (na.requiredDuringSchedulingIgnoredDuringExecution ??= { nodeSelectorTerms: [] }) as { nodeSelectorTerms: Json[] };
    req.nodeSelectorTerms.push({ matchExpressions });
    return this;
  }

  preferredNodeAffinity(weight: number, ...matchExpressions: { key: string; operator: string; values?: string[] }[]): this {
    const na = (this.affinity().nodeAffinity ??= {}) as Json;
    const pref = (na.preferredDuringSchedulingIgnoredDuringExecution ??= []) as Json[];
    pref.push({ weight, preference: { matchExpressions } });
    return this;
  }

  private podTerm(kind: "podAffinity" | "podAntiAffinity", required: boolean, term: Json, weight = 1): this {
    const section = (this.affinity()[kind] ??= {}) as Json;
    if (required) ((section.requiredDuringSchedulingIgnoredDuringExecution ??= []) as Json[]).push(term);
    else ((section.preferredDuringSchedulingIgnoredDuringExecution ??= []) as Json[]).push({ weight, podAffinityTerm: term });
    return this;
  }

  podAffinity(topologyKey: string, matchLabels: Record<string, string>, extra: Json = {}): this {
    return this.podTerm("podAffinity", true, { labelSelector: { matchLabels }, topologyKey, ...extra });
  }

  podAntiAffinity(topologyKey: string, matchLabels: Record<string, string>, extra: Json = {}): this {
    return this.podTerm("podAntiAffinity", true, { labelSelector: { matchLabels }, topologyKey, ...extra });
  }

  preferredPodAffinity(weight: number, topologyKey: string, matchLabels: Record<string, string>): this {
    return this.podTerm("podAffinity", false, { labelSelector: { matchLabels }, topologyKey }, weight);
  }

  preferredPodAntiAffinity(weight: number, topologyKey: string, matchLabels: Record<string, string>): this {
    return this.podTerm("podAntiAffinity", false, { labelSelector: { matchLabels }, topologyKey }, weight);
  }

  priority(p: number): this {
    this.pod.spec.priority = p;
    return this;
  }

  preemptionPolicy(policy: "Never" | "PreemptLowerPriority"): this {
    this.pod.spec.preemptionPolicy = policy;
    return this;
  }

  pvc(claimName: string, volumeName = claimName): this {
    ((this.pod.spec.volumes as Json[] | undefined) ?? (this.pod.spec.volumes = [])).push({ name: volumeName, persistentVolumeClaim: { claimName } });
    return this;
  }

  phase(phase: string): this {
    this.pod.status = { ...this.pod.status, phase };
    return this;
  }

  schedulerName(name: string): this {
    this.pod.spec.schedulerName = name;
    return this;
  }

  obj(): KubeObject {
    return structuredClone(this.pod) as KubeObject;
  }
}

export function makePod(): PodBuilder {
  return new PodBuilder();
}
