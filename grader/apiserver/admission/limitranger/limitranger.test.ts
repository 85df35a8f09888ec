// Messages and defaulting of plugin/pkg/admission/limitranger/admission.go.
import { describe, expect, it } from "vitest";
import { isStatusError } from "../../errors";
import type { KubeObject } from "../../types";
import { FakeApi } from "../testing/fake-api";
import { attributes, pod, podsResource, pvcsResource } from "../testing/attributes";
import { limitRangerMutatingPlugin, limitRangerValidatingPlugin } from ".";

function limitRange(ns: string, limits: Record<string, unknown>[]): KubeObject {
  return { apiVersion: "v1", kind: "LimitRange", metadata: { name: "limits", namespace: ns }, spec: { limits } };
}

// As stored: LimitRange defaulting already filled default/defaultRequest.
const containerDefaults = limitRange("shop", [
  {
    type: "Container",
    default: { cpu: "500m", memory: "512Mi" },
    defaultRequest: { cpu: "100m", memory: "256Mi" },
    max: { cpu: "1", memory: "1Gi" },
    min: { cpu: "50m" },
  },
]);

function validateMessage(api: FakeApi, obj: KubeObject, resource = podsResource): string {
  try {
    limitRangerValidatingPlugin.validate(attributes("CREATE", resource, obj), api);
    return "admitted";
  } catch (e) {
    if (isStatusError(e)) return `${e.code} ${e.status.message}`;
    throw e;
  }
}

describe("LimitRanger defaults", () => {
  it("a container without resources gets the default requests and limits, and the pod is annotated", () => {
    const p = pod("shop", "web", [{ name: "app" }]);
    limitRangerMutatingPlugin.admit(attributes("CREATE", podsResource, p), new FakeApi([containerDefaults]));
    expect(p).toEqual({
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        name: "web",
        namespace: "shop",
        annotations: {
          "kubernetes.io/limit-ranger": "LimitRanger plugin set: cpu, memory request for container app; cpu, memory limit for container app",
        },
      },
      spec: {
        containers: [
          { name: "app", image: "nginx", resources: { limits: { cpu: "500m", memory: "512Mi" }, requests: { cpu: "100m", memory: "256Mi" } } },
        ],
      },
    });
  });

  it("only what a container leaves unset is defaulted and named in the annotation", () => {
    const p = pod("shop", "web", [{ name: "app", requests: { cpu: "200m" }, limits: { cpu: "300m" } }]);
    limitRangerMutatingPlugin.admit(attributes("CREATE", podsResource, p), new FakeApi([containerDefaults]));
    expect((p.spec as { containers: unknown[] }).containers[0]).toEqual({
      name: "app",
      image: "nginx",
      resources: { limits: { cpu: "300m", memory: "512Mi" }, requests: { cpu: "200m", memory: "256Mi" } },
    });
    expect(p.metadata.annotations).toEqual({
      "kubernetes.io/limit-ranger": "LimitRanger plugin set: memory request for container app; memory limit for container app",
    });
  });

  it("init containers are defaulted too and named as init container", () => {
    const p = pod("shop", "web", [{ name: "app", requests: { cpu: "1", memory: "1Gi" }, limits: { cpu: "1", memory: "1Gi" } }], {
      initContainers: [{ name: "setup", image: "busybox" }],
    });
    limitRangerMutatingPlugin.admit(attributes("CREATE", podsResource, p), new FakeApi([containerDefaults]));
    expect(p.metadata.annotations?.["kubernetes.io/limit-ranger"]).toBe(
      "LimitRanger plugin set: cpu, memory request for init container setup; cpu, memory limit for init container setup",
    );
  });
});

describe("LimitRanger constraints", () => {
  it.each([
    [
      "a memory limit above the Container max",
      pod("shop", "web", [{ name: "app", requests: { cpu: "100m", memory: "256Mi" }, limits: { cpu: "500m", memory: "2Gi" } }]),
      '403 pods "web" is forbidden: maximum memory usage per Container is 1Gi, but limit is 2Gi',
    ],
    [
      "a cpu request below the Container min",
      pod("shop", "web", [{ name: "app", requests: { cpu: "10m", memory: "256Mi" }, limits: { cpu: "500m", memory: "512Mi" } }]),
      '403 pods "web" is forbidden: minimum cpu usage per Container is 50m, but request is 10m',
    ],
    [
      "two violations are aggregated in brackets",
      pod("shop", "web", [{ name: "app", requests: { cpu: "10m", memory: "256Mi" }, limits: { cpu: "2", memory: "512Mi" } }]),
      '403 pods "web" is forbidden: [minimum cpu usage per Container is 50m, but request is 10m, maximum cpu usage per Container is 1, but limit is 2]',
    ],
    [
      "a limit written as 2048Mi is printed canonically as 2Gi",
      pod("shop", "web", [{ name: "app", requests: { cpu: "100m", memory: "256Mi" }, limits: { cpu: "500m", memory: "2048Mi" } }]),
      '403 pods "web" is forbidden: maximum memory usage per Container is 1Gi, but limit is 2Gi',
    ],
  ])("%s is refused", (_name, p, message) => {
    expect(validateMessage(new FakeApi([containerDefaults]), p)).toBe(message);
  });

  it("a container with no memory limit against a max is refused as upstream says", () => {
    const api = new FakeApi([limitRange("shop", [{ type: "Container", max: { memory: "1Gi" } }])]);
    expect(validateMessage(api, pod("shop", "web", [{ name: "app" }]))).toBe(
      '403 pods "web" is forbidden: maximum memory usage per Container is 1Gi.  No limit is specified',
    );
  });

  it("maxLimitRequestRatio prints the observed ratio with six decimals", () => {
    const api = new FakeApi([limitRange("shop", [{ type: "Container", maxLimitRequestRatio: { cpu: "2" } }])]);
    const p = pod("shop", "web", [{ name: "app", requests: { cpu: "100m" }, limits: { cpu: "500m" } }]);
    expect(validateMessage(api, p)).toBe(
      '403 pods "web" is forbidden: cpu max limit to request ratio per Container is 2, but provided ratio is 5.000000',
    );
  });

  it("a Pod-type max applies to the sum of the containers", () => {
    const api = new FakeApi([limitRange("shop", [{ type: "Pod", max: { memory: "1Gi" } }])]);
    const p = pod("shop", "web", [
      { name: "a", requests: { memory: "512Mi" }, limits: { memory: "768Mi" } },
      { name: "b", requests: { memory: "512Mi" }, limits: { memory: "768Mi" } },
    ]);
    expect(validateMessage(api, p)).toBe('403 pods "web" is forbidden: maximum memory usage per Pod is 1Gi, but limit is 1536Mi');
  });

  it("a PersistentVolumeClaim above the storage max is refused", () => {
    const api = new FakeApi([limitRange("shop", [{ type: "PersistentVolumeClaim", max: { storage: "5Gi" } }])]);
    const pvc: KubeObject = {
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: { name: "data", namespace: "shop" },
      spec: { resources: { requests: { storage: "10Gi" } } },
    };
    expect(validateMessage(api, pvc, pvcsResource)).toBe(
      '403 persistentvolumeclaims "data" is forbidden: maximum storage usage per PersistentVolumeClaim is 5Gi, but request is 10Gi',
    );
  });

  it("a pod within every limit is admitted", () => {
    const p = pod("shop", "web", [{ name: "app", requests: { cpu: "100m", memory: "256Mi" }, limits: { cpu: "500m", memory: "512Mi" } }]);
    expect(validateMessage(new FakeApi([containerDefaults]), p)).toBe("admitted");
  });
});
