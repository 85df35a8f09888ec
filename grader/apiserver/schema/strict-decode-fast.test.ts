import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { schemaFor } from "./schema";
import { fullDecodeFailure } from "./strict-decode";
import { decodesCleanly } from "./strict-decode-fast";

const wellFormed: KubeObject[] = [
  {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "p", labels: { app: "a" }, annotations: { note: "x" }, creationTimestamp: "2024-01-01T00:00:00Z" },
    spec: {
      containers: [
        {
          name: "app",
          image: "nginx:1.27",
          command: ["sh", "-c", "sleep 1"],
          ports: [{ containerPort: 80, name: "http", protocol: "TCP" }],
          env: [{ name: "A", value: "1" }, { name: "B", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } }],
          resources: { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "100m", memory: "64Mi" } },
          readinessProbe: { httpGet: { path: "/", port: 80 }, periodSeconds: 5 },
          livenessProbe: { tcpSocket: { port: "http" }, initialDelaySeconds: 3 },
          securityContext: { runAsUser: 1000, allowPrivilegeEscalation: false },
          volumeMounts: [{ name: "data", mountPath: "/data" }],
        },
      ],
      volumes: [{ name: "data", emptyDir: { sizeLimit: "1Gi" } }],
      tolerations: [{ key: "k", operator: "Exists", effect: "NoSchedule", tolerationSeconds: 30 }],
      nodeSelector: { disk: "ssd" },
      terminationGracePeriodSeconds: 30,
    },
    status: { phase: "Running", startTime: "2024-01-01T00:00:01Z" },
  },
  {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "d" },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: "a" }, matchExpressions: [{ key: "tier", operator: "In", values: ["web"] }] },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: 1 } },
      template: { metadata: { labels: { app: "a", tier: "web" } }, spec: { containers: [{ name: "a", image: "nginx" }] } },
    },
  },
  { apiVersion: "v1", kind: "Secret", metadata: { name: "s" }, data: { password: "c2VjcmV0" }, stringData: { user: "u" } },
  { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" }, data: { "a.conf": "x=1" }, binaryData: { bin: "AAEC" } },
  {
    apiVersion: "v1",
    kind: "Service",
    metadata: { name: "svc" },
    spec: { type: "NodePort", selector: { app: "a" }, ports: [{ port: 80, targetPort: "http", nodePort: 30080 }] },
  },
  {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: { name: "cj" },
    spec: {
      schedule: "*/5 * * * *",
      jobTemplate: { spec: { backoffLimit: 2, template: { spec: { restartPolicy: "Never", containers: [{ name: "c", image: "busybox" }] } } } },
    },
  },
];

// Wrong shapes a body may hold where a value was expected.
const replacements: unknown[] = [
  null,
  "text",
  "",
  " 1 ",
  "1Zi",
  "2024-13-01T00:00:00Z",
  "not base64!",
  0,
  1.5,
  -1,
  2 ** 31,
  2 ** 63,
  1e21,
  true,
  [],
  [1],
  {},
  { unknownField: 1 },
  undefined,
];

/** Every variant of `obj` with one value (or one key) replaced. */
function variants(obj: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (value: unknown, rebuild: (v: unknown) => unknown): void => {
    for (const r of replacements) out.push(rebuild(r));
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, (v) => rebuild(value.map((x, j) => (j === i ? v : x)))));
      out.push(rebuild([...value, undefined]));
    } else if (value !== null && typeof value === "object") {
      const o = value as Record<string, unknown>;
      for (const k of Object.keys(o)) visit(o[k], (v) => rebuild({ ...o, [k]: v }));
      out.push(rebuild({ ...o, zzUnknown: "x" }));
    }
  };
  visit(obj, (v) => v);
  return out;
}

describe("decodesCleanly, the quick check before full strict decoding", () => {
  for (const obj of wellFormed) {
    const schema = schemaFor(obj.apiVersion, obj.kind)!;

    it(`says yes to a well-formed ${obj.kind}, as the full decoder does`, () => {
      expect(fullDecodeFailure(obj, schema)).toBeUndefined();
      expect(decodesCleanly(obj, schema)).toBe(true);
    });

    it(`never says yes to a variant of a ${obj.kind} that the full decoder refuses`, () => {
      let refused = 0;
      for (const v of variants(obj)) {
        const failure = fullDecodeFailure(v, schema);
        if (failure !== undefined) refused++;
        if (decodesCleanly(v, schema)) expect(failure).toBeUndefined();
      }
      expect(refused).toBeGreaterThan(100);
    });
  }

  it("leaves very deep values to the full decoder", () => {
    const schema = schemaFor("v1", "Pod")!;
    let deep: Record<string, unknown> = { type: "object" };
    for (let i = 0; i < 100; i++) deep = { type: "object", properties: { x: deep } };
    const crd = {
      apiVersion: "apiextensions.k8s.io/v1",
      kind: "CustomResourceDefinition",
      metadata: { name: "w" },
      spec: { versions: [{ name: "v1", schema: { openAPIV3Schema: deep } }] },
    };
    const crdSchema = schemaFor(crd.apiVersion, crd.kind)!;
    expect(decodesCleanly(crd, crdSchema)).toBe(false);
    expect(fullDecodeFailure(crd, crdSchema)).toBeUndefined();
    expect(decodesCleanly({ apiVersion: "v1", kind: "Pod", metadata: { name: "p" } }, schema)).toBe(true);
  });
});

describe("decodesCleanly remembers valid quantities", () => {
  it("answers a quantity the same on every call, valid or not, as the full decoder", () => {
    const schema = schemaFor("v1", "Pod")!;
    const pod = (q: unknown) => ({ apiVersion: "v1", kind: "Pod", spec: { containers: [{ name: "c", resources: { limits: { cpu: q } } }] } });
    for (let round = 0; round < 3; round++)
      for (const q of ["100m", " 1 ", "1Zi", "64Mi", "", "1e3", "-1", "0.5Gi", "1.5.5"]) {
        const clean = fullDecodeFailure(pod(q), schema) === undefined;
        expect(decodesCleanly(pod(q), schema), `${round} ${q}`).toBe(clean);
      }
  });
});
