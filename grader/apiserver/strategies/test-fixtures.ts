// Small builders of already-defaulted objects for the strategy tests
// (what applyDefaults would have produced), in the spirit of
// pkg/scheduler/testing/wrappers.go.
import type { KubeObject } from "../types";
import type { Container, PodSpec } from "../validation/pod-types";

export function container(name = "app", extra: Partial<Container> = {}): Container {
  return {
    name,
    image: "nginx:1.27",
    imagePullPolicy: "IfNotPresent",
    terminationMessagePath: "/dev/termination-log",
    terminationMessagePolicy: "File",
    ...extra,
  };
}

export function podSpec(extra: Partial<PodSpec> = {}): PodSpec {
  return {
    containers: [container()],
    restartPolicy: "Always",
    dnsPolicy: "ClusterFirst",
    terminationGracePeriodSeconds: 30,
    schedulerName: "default-scheduler",
    securityContext: {},
    ...extra,
  };
}

export function pod(name = "web", spec: Partial<PodSpec> = {}, labels?: Record<string, string>): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default", ...(labels ? { labels } : {}) },
    spec: podSpec(spec),
  };
}

export function deployment(name = "web", spec: Record<string, unknown> = {}, templateLabels = { app: name }): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name, namespace: "default" },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: templateLabels }, spec: podSpec() },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: "25%", maxSurge: "25%" } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      ...spec,
    },
  };
}

export function service(name = "web", spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name, namespace: "default" },
    spec: {
      type: "ClusterIP",
      selector: { app: name },
      ports: [{ protocol: "TCP", port: 80, targetPort: 80 }],
      sessionAffinity: "None",
      ...spec,
    },
  };
}

export function job(name = "pi", podOverrides: Partial<PodSpec> = {}, spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { name, namespace: "default", uid: "0b4e1a5c-1111-4222-8333-944455556666" },
    spec: {
      parallelism: 1,
      completions: 1,
      backoffLimit: 6,
      completionMode: "NonIndexed",
      template: { spec: podSpec({ restartPolicy: "Never", ...podOverrides }) },
      ...spec,
    },
  };
}

export function cronJob(name = "tick", schedule = "*/5 * * * *", extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: { name, namespace: "default" },
    spec: {
      schedule,
      concurrencyPolicy: "Allow",
      suspend: false,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 1,
      jobTemplate: { spec: { backoffLimit: 6, template: { spec: podSpec({ restartPolicy: "OnFailure" }) } } },
      ...extra,
    },
  };
}

export function configMap(name = "cfg", data: Record<string, string> = { a: "1" }, extra: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace: "default" }, data, ...extra };
}

export function secret(name = "s", data: Record<string, string> = {}, extra: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: "v1", kind: "Secret", metadata: { name, namespace: "default" }, type: "Opaque", data, ...extra };
}

export function namespace(name: string, extra: Partial<KubeObject["metadata"]> = {}): KubeObject {
  return { apiVersion: "v1", kind: "Namespace", metadata: { name, ...extra }, spec: {} };
}

/** A stored copy, as the update path sees it: resourceVersion, uid and generation set. */
export function stored(obj: KubeObject): KubeObject {
  const copy = structuredClone(obj);
  copy.metadata = { ...copy.metadata, uid: "uid-1", resourceVersion: "1", generation: 1 };
  return copy;
}

export function mutate(obj: KubeObject, change: (o: KubeObject & { spec: Record<string, never> }) => void): KubeObject {
  const copy = structuredClone(obj) as KubeObject & { spec: Record<string, never> };
  change(copy);
  return copy;
}
