import { describe, it, expect } from "vitest";
import { matchObject, mismatchText } from "./match-object";

type Json = Record<string, unknown>;

// A running pod as the API returns it (the fields a check looks at).
const pod: Json = {
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name: "web", namespace: "default", labels: { "app.kubernetes.io/name": "web", size: "1Gi" } },
  spec: {
    restartPolicy: "Always",
    containers: [
      {
        name: "app",
        image: "nginx:1.25",
        args: ["--port=80", "--verbose"],
        ports: [
          { containerPort: 80, protocol: "TCP" },
          { containerPort: 443, protocol: "TCP" },
        ],
        env: [
          { name: "MODE", value: "prod" },
          { name: "LEVEL", value: "debug" },
        ],
        resources: { limits: { cpu: "500m", memory: "1024Mi" }, requests: { cpu: "0.25", memory: "512Mi" } },
        volumeMounts: [
          { name: "logs", mountPath: "/var/log/app" },
          { name: "config", mountPath: "/etc/app", readOnly: true },
        ],
      },
      { name: "log", image: "busybox:1.36", command: ["sh", "-c", "tail -f /var/log/app/app.log"] },
    ],
    volumes: [{ name: "logs", emptyDir: {} }, { name: "config", configMap: { name: "app-config" } }],
    tolerations: [
      { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 },
      { key: "gpu", operator: "Equal", value: "true", effect: "NoSchedule" },
    ],
  },
  status: {
    phase: "Running",
    conditions: [
      { type: "PodScheduled", status: "True" },
      { type: "Ready", status: "False" },
    ],
  },
};

const deployment: Json = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "api", namespace: "default" },
  spec: {
    replicas: 3,
    strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: 1 } },
    template: { spec: { containers: [{ name: "api", image: "httpd:2.4", resources: { requests: { memory: "0.5Gi" } } }] } },
  },
};

const service: Json = {
  apiVersion: "v1",
  kind: "Service",
  metadata: { name: "web", namespace: "default" },
  spec: { type: "NodePort", ports: [{ name: "http", port: 80, targetPort: 8080, nodePort: 30080 }] },
};

interface Case {
  name: string;
  actual: Json;
  expected: Json;
  mismatches: string[];
}

const cases: Case[] = [
  {
    name: "a field with the expected value passes",
    actual: pod,
    expected: { spec: { restartPolicy: "Always" } },
    mismatches: [],
  },
  {
    name: "a container picked by its merge key (name) reports the wrong image with expected vs actual at its path",
    actual: pod,
    expected: { spec: { containers: [{ name: "app", image: "nginx:1.27" }] } },
    mismatches: ['spec.containers[name=app].image: expected "nginx:1.27", got "nginx:1.25"'],
  },
  {
    name: "containers match by name in any order (merge key of PodSpec.containers)",
    actual: pod,
    expected: { spec: { containers: [{ name: "log", image: "busybox:1.36" }, { name: "app", image: "nginx:1.25" }] } },
    mismatches: [],
  },
  {
    name: "a missing container is named with the containers that exist",
    actual: pod,
    expected: { spec: { containers: [{ name: "sidecar" }] } },
    mismatches: ["spec.containers[name=sidecar]: expected an element with name=sidecar, got none (have name=app, log)"],
  },
  {
    name: "ports match by containerPort in any order",
    actual: pod,
    expected: { spec: { containers: [{ name: "app", ports: [{ containerPort: 443 }, { containerPort: 80, protocol: "TCP" }] }] } },
    mismatches: [],
  },
  {
    name: "a missing port is reported at its containerPort",
    actual: pod,
    expected: { spec: { containers: [{ name: "app", ports: [{ containerPort: 8080 }] }] } },
    mismatches: [
      "spec.containers[name=app].ports[containerPort=8080]: expected an element with containerPort=8080, got none (have containerPort=80, 443)",
    ],
  },
  {
    name: "env vars match by name in any order and report a wrong value",
    actual: pod,
    expected: { spec: { containers: [{ name: "app", env: [{ name: "LEVEL", value: "info" }, { name: "MODE", value: "prod" }] }] } },
    mismatches: ['spec.containers[name=app].env[name=LEVEL].value: expected "info", got "debug"'],
  },
  {
    name: "volumeMounts match by mountPath, and volumes by name",
    actual: pod,
    expected: {
      spec: {
        containers: [{ name: "app", volumeMounts: [{ mountPath: "/etc/app", readOnly: true }, { mountPath: "/var/log/app", name: "logs" }] }],
        volumes: [{ name: "config", configMap: { name: "app-config" } }, { name: "logs", emptyDir: {} }],
      },
    },
    mismatches: [],
  },
  {
    name: "a cpu limit of 0.5 equals 500m (PodSpec resources are quantities)",
    actual: pod,
    expected: { spec: { containers: [{ name: "app", resources: { limits: { cpu: "0.5" }, requests: { cpu: "250m" } } }] } },
    mismatches: [],
  },
  {
    name: "a memory limit of 1Gi equals 1024Mi",
    actual: pod,
    expected: { spec: { containers: [{ name: "app", resources: { limits: { memory: "1Gi" } } }] } },
    mismatches: [],
  },
  {
    name: "a memory limit of 1G does not equal 1024Mi, and the message shows both spellings",
    actual: pod,
    expected: { spec: { containers: [{ name: "app", resources: { limits: { memory: "1G" } } }] } },
    mismatches: ['spec.containers[name=app].resources.limits.memory: expected "1G", got "1024Mi"'],
  },
  {
    name: "quantities compare by value inside a Deployment's pod template (0.5Gi = 512Mi)",
    actual: deployment,
    expected: { spec: { template: { spec: { containers: [{ name: "api", resources: { requests: { memory: "512Mi" } } }] } } } },
    mismatches: [],
  },
  {
    name: "a label value that looks like a quantity is still compared as text",
    actual: pod,
    expected: { metadata: { labels: { size: "1024Mi" } } },
    mismatches: ['metadata.labels.size: expected "1024Mi", got "1Gi"'],
  },
  {
    name: "a label key with dots is a key, not a path, and is printed quoted",
    actual: pod,
    expected: { metadata: { labels: { "app.kubernetes.io/name": "api" } } },
    mismatches: ['metadata.labels["app.kubernetes.io/name"]: expected "api", got "web"'],
  },
  {
    name: "tolerations (no merge key) match as a set by content in any order",
    actual: pod,
    expected: { spec: { tolerations: [{ key: "gpu", effect: "NoSchedule" }, { key: "node.kubernetes.io/not-ready", effect: "NoExecute" }] } },
    mismatches: [],
  },
  {
    name: "a missing toleration is shown next to the tolerations the pod has",
    actual: pod,
    expected: { spec: { tolerations: [{ key: "gpu", effect: "NoExecute" }] } },
    mismatches: [
      'spec.tolerations: expected an element like {"key":"gpu","effect":"NoExecute"}, got [{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute","tolerationSeconds":300},{"key":"gpu","…',
    ],
  },
  {
    name: "two expected elements cannot both be satisfied by one actual element of an unkeyed list",
    actual: pod,
    expected: { spec: { tolerations: [{ key: "gpu" }, { operator: "Equal" }] } },
    mismatches: [
      'spec.tolerations: expected an element like {"operator":"Equal"}, got [{"key":"node.kubernetes.io/not-ready","operator":"Exists","effect":"NoExecute","tolerationSeconds":300},{"key":"gpu","…',
    ],
  },
  {
    name: "a list of strings (args) matches as a subset",
    actual: pod,
    expected: { spec: { containers: [{ name: "app", args: ["--verbose"] }] } },
    mismatches: [],
  },
  {
    name: "a string missing from a list of strings is reported with the list",
    actual: pod,
    expected: { spec: { containers: [{ name: "app", args: ["--quiet"] }] } },
    mismatches: ['spec.containers[name=app].args: expected to contain "--quiet", got ["--port=80","--verbose"]'],
  },
  {
    name: "a filter key picks the condition by type and compares its status",
    actual: pod,
    expected: { status: { "conditions[type=Ready].status": "True" } },
    mismatches: ['status.conditions[type=Ready].status: expected "True", got "False"'],
  },
  {
    name: "a filter key may start at the top with a dotted path",
    actual: pod,
    expected: { "status.conditions[type=PodScheduled].status": "True" },
    mismatches: [],
  },
  {
    name: "a filter that picks no element says which values exist",
    actual: pod,
    expected: { status: { "conditions[type=Initialized].status": "True" } },
    mismatches: [
      "status.conditions[type=Initialized]: expected an element with type=Initialized, got none (have type=PodScheduled, Ready)",
    ],
  },
  {
    name: "a dotted key in a known struct is a path",
    actual: pod,
    expected: { "spec.restartPolicy": "Never" },
    mismatches: ['spec.restartPolicy: expected "Never", got "Always"'],
  },
  {
    name: "null means the field must be absent",
    actual: pod,
    expected: { spec: { nodeName: null, restartPolicy: null } },
    mismatches: ['spec.restartPolicy: expected no value, got "Always"'],
  },
  {
    name: "a missing field reads 'got nothing'",
    actual: pod,
    expected: { spec: { serviceAccountName: "builder" } },
    mismatches: ['spec.serviceAccountName: expected "builder", got nothing'],
  },
  {
    name: "numbers are not strings: replicas 3 does not equal \"3\"",
    actual: deployment,
    expected: { spec: { replicas: "3" } },
    mismatches: ['spec.replicas: expected "3", got 3'],
  },
  {
    name: "Service ports match by their merge key (port), and every difference is reported",
    actual: service,
    expected: { spec: { type: "ClusterIP", ports: [{ port: 80, targetPort: 80 }] } },
    mismatches: ['spec.type: expected "ClusterIP", got "NodePort"', "spec.ports[port=80].targetPort: expected 80, got 8080"],
  },
];

describe("matchObject: partial objects with merge keys, quantities and filters", () => {
  it.each(cases)("$name", ({ actual, expected, mismatches }) => {
    expect(matchObject(expected, actual).map(mismatchText)).toEqual(mismatches);
  });
});
