// Warning texts from kubernetes pkg/api/pod/warnings.go, the strategies' WarningsOnCreate
// (pkg/registry/{core/pod,apps/deployment,batch/cronjob}/strategy.go) and apiextensions-apiserver
// customresource_handler.go defaultDeprecationWarning.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { podSpecWarnings } from "./pod-warnings";
import { warningsOnCreate, warningsOnUpdate } from "./object-warnings";
import { builtinDeprecationWarning, crdDeprecationWarning } from "./deprecated-apis";

const c = (name: string, extra: Record<string, unknown> = {}) => ({ name, image: "nginx", ...extra });

describe("podSpecWarnings (pkg/api/pod/warnings.go)", () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>, string[]][] = [
    ["a plain spec has no warning", {}, { containers: [c("a", { ports: [{ containerPort: 80 }] })] }, []],
    [
      "the same containerPort twice in one container is a duplicate port definition",
      {},
      { containers: [c("a", { ports: [{ containerPort: 80 }, { containerPort: 80, protocol: "TCP" }] })] },
      ["spec.containers[0].ports[1]: duplicate port definition with spec.containers[0].ports[0]"],
    ],
    [
      "ports are compared across containers, init containers first",
      {},
      { initContainers: [c("i", { ports: [{ containerPort: 8080 }] })], containers: [c("a", { ports: [{ containerPort: 8080 }] })] },
      ["spec.containers[0].ports[0]: duplicate port definition with spec.initContainers[0].ports[0]"],
    ],
    [
      "the same port over UDP is another port",
      {},
      { containers: [c("a", { ports: [{ containerPort: 53 }, { containerPort: 53, protocol: "UDP" }] })] },
      [],
    ],
    [
      "a hostPort beside none overlaps",
      {},
      { containers: [c("a", { ports: [{ containerPort: 80 }, { containerPort: 80, hostPort: 8080 }] })] },
      ["spec.containers[0].ports[1]: overlapping port definition with spec.containers[0].ports[0]"],
    ],
    [
      "a second env var of the same name hides the first",
      {},
      { containers: [c("a", { env: [{ name: "A", value: "1" }, { name: "A", value: "2" }, { name: "A", value: "$(A)-x" }] })] },
      ['spec.containers[0].env[1]: hides previous definition of "A", which may be dropped when using apply'],
    ],
    [
      "a fractional memory limit is not a byte count (printed canonically); 0.5Mi is a whole number of bytes",
      {},
      { containers: [c("a", { resources: { requests: { memory: "0.5Mi" }, limits: { memory: "1.5" } } })] },
      ['spec.containers[0].resources.limits[memory]: fractional byte value "1500m" is invalid, must be an integer'],
    ],
    [
      "imagePullSecrets twice and empty",
      {},
      { containers: [c("a")], imagePullSecrets: [{ name: "reg" }, { name: "reg" }, {}] },
      ['spec.imagePullSecrets[1].name: duplicate name "reg"', 'spec.imagePullSecrets[2].name: invalid empty name ""'],
    ],
    [
      "a topology spread constraint without labelSelector matches no pod",
      {},
      { containers: [c("a")], topologySpreadConstraints: [{ maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "DoNotSchedule" }] },
      ["spec.topologySpreadConstraints[0].labelSelector: a null labelSelector results in matching no pod"],
    ],
    [
      "a pod anti-affinity term without labelSelector matches no pod",
      {},
      { containers: [c("a")], affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, podAffinityTerm: { topologyKey: "x" } }] } } },
      ["spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector: a null labelSelector results in matching no pod"],
    ],
    ["a gitRepo volume is deprecated", {}, { containers: [c("a")], volumes: [{ name: "v", gitRepo: { repository: "x" } }] }, ["spec.volumes[0].gitRepo: deprecated in v1.11"]],
    [
      "the critical-pod annotation is non-functional",
      { annotations: { "scheduler.alpha.kubernetes.io/critical-pod": "" } },
      { containers: [c("a")] },
      ['metadata.annotations[scheduler.alpha.kubernetes.io/critical-pod]: non-functional in v1.16+; use the "priorityClassName" field instead'],
    ],
  ];
  it.each(cases)("%s", (_name, meta, spec, want) => {
    expect(podSpecWarnings("", meta, spec)).toEqual(want);
  });
});

const deployment = (name: string, containers: unknown[]): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name, generation: 1 },
  spec: { template: { metadata: { labels: { app: "x" } }, spec: { containers } } },
});

describe("warningsOnCreate / warningsOnUpdate (the strategies)", () => {
  it("a Pod named with dots warns about its hostname (core/pod/strategy.go)", () => {
    const pod: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "web.v1" }, spec: { containers: [c("a")] } };
    expect(warningsOnCreate(pod)).toEqual([
      "metadata.name: this is used in the Pod's hostname, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]",
    ]);
  });

  it("a Deployment named with dots warns about Pod names, then its template's ports under spec.template (apps/deployment/strategy.go)", () => {
    const d = deployment("web.v1", [c("a", { ports: [{ containerPort: 80 }, { containerPort: 80 }] })]);
    expect(warningsOnCreate(d)).toEqual([
      "metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]",
      "spec.template.spec.containers[0].ports[1]: duplicate port definition with spec.template.spec.containers[0].ports[0]",
    ]);
  });

  it("a CronJob's template is under spec.jobTemplate.spec.template (batch/cronjob/strategy.go)", () => {
    const cj: KubeObject = {
      apiVersion: "batch/v1",
      kind: "CronJob",
      metadata: { name: "tick" },
      spec: { schedule: "* * * * *", jobTemplate: { spec: { template: { spec: { containers: [c("a", { env: [{ name: "X", value: "1" }, { name: "X", value: "2" }] })] } } } } },
    };
    expect(warningsOnCreate(cj)).toEqual([
      'spec.jobTemplate.spec.template.spec.containers[0].env[1]: hides previous definition of "X", which may be dropped when using apply',
    ]);
  });

  it("a Deployment update warns only when its generation moved (WarningsOnUpdate)", () => {
    const old = deployment("web", [c("a", { ports: [{ containerPort: 80 }, { containerPort: 80 }] })]);
    const same = structuredClone(old);
    const bumped = structuredClone(old);
    bumped.metadata.generation = 2;
    expect(warningsOnUpdate(same, old)).toEqual([]);
    expect(warningsOnUpdate(bumped, old)).toEqual(["spec.template.spec.containers[0].ports[1]: duplicate port definition with spec.template.spec.containers[0].ports[0]"]);
  });
});

describe("deprecated API versions", () => {
  it("v1 Endpoints carries KEP-4974's warning; EndpointSlice none", () => {
    expect(builtinDeprecationWarning("", "v1", "endpoints")).toBe("v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice");
    expect(builtinDeprecationWarning("discovery.k8s.io", "v1", "endpointslices")).toBeUndefined();
  });

  const versions = [
    { name: "v1alpha1", served: true, deprecated: true },
    { name: "v1beta1", served: true, deprecated: true, deprecationWarning: "use v1 now" },
    { name: "v1", served: true },
    { name: "v2beta1", served: true },
  ];
  const cases: [string, string, string | undefined][] = [
    ["a deprecated version names the newest served version that is not deprecated (GA before beta)", "v1alpha1", "stable.example.com/v1alpha1 CronTab is deprecated; use stable.example.com/v1 CronTab"],
    ["a deprecationWarning replaces the default text", "v1beta1", "use v1 now"],
    ["a version that is not deprecated warns nothing", "v1", undefined],
  ];
  it.each(cases)("%s", (_name, version, want) => {
    expect(crdDeprecationWarning("stable.example.com", "CronTab", versions, version)).toBe(want);
  });
});
