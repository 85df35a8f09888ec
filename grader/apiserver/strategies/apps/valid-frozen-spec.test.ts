import { describe, expect, it } from "vitest";
import { fieldErrors, type FieldError } from "../../errors";
import { deepFreeze } from "../../storage/deep-copy";
import { rememberingValidFrozen } from "./valid-frozen-spec";
import { deploymentStrategy, validateDeploymentSpec } from "./deployment";
import type { KubeObject } from "../../types";

function counting() {
  let calls = 0;
  const validate = (spec: { replicas?: number }): FieldError[] => {
    calls++;
    return (spec.replicas ?? 0) < 0 ? [fieldErrors.invalid("spec.replicas", spec.replicas, "must be greater than or equal to 0")] : [];
  };
  return { validate: rememberingValidFrozen(validate), calls: () => calls };
}

describe("rememberingValidFrozen", () => {
  it("validates a frozen valid spec once", () => {
    const v = counting();
    const spec = Object.freeze({ replicas: 2 });
    expect(v.validate(spec)).toEqual([]);
    expect(v.validate(spec)).toEqual([]);
    expect(v.calls()).toBe(1);
  });

  it("validates again a spec that may change or that had errors", () => {
    const v = counting();
    const open = { replicas: 2 };
    expect(v.validate(open)).toEqual([]);
    open.replicas = -1;
    expect(v.validate(open)).toHaveLength(1);
    const bad = Object.freeze({ replicas: -1 });
    expect(v.validate(bad)).toHaveLength(1);
    expect(v.validate(bad)).toHaveLength(1);
    expect(v.calls()).toBe(4);
  });
});

function deployment(spec: Record<string, unknown>): KubeObject {
  return { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "d", namespace: "default", resourceVersion: "1" }, spec };
}

const validSpec = {
  replicas: 1,
  selector: { matchLabels: { app: "x" } },
  strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" } },
  revisionHistoryLimit: 10,
  progressDeadlineSeconds: 600,
  template: {
    metadata: { labels: { app: "x" } },
    spec: {
      containers: [{ name: "c", image: "nginx", terminationMessagePath: "/dev/termination-log", terminationMessagePolicy: "File", imagePullPolicy: "IfNotPresent" }],
      restartPolicy: "Always",
      dnsPolicy: "ClusterFirst",
      terminationGracePeriodSeconds: 30,
      schedulerName: "default-scheduler",
      securityContext: {},
    },
  },
};

describe("a Deployment update validating a frozen stored spec", () => {
  it("answers as the spec's full validation, valid or not, every time", () => {
    const invalid = { ...validSpec, replicas: -1, strategy: { type: "Sideways" } };
    for (const spec of [validSpec, invalid]) {
      const frozen = deepFreeze(structuredClone(spec));
      const old = deepFreeze(deployment(structuredClone(spec)));
      for (let i = 0; i < 3; i++) {
        const errs = deploymentStrategy.validateUpdate!(deployment(frozen), old);
        expect(errs).toEqual(validateDeploymentSpec(structuredClone(spec)));
      }
    }
    expect(validateDeploymentSpec(structuredClone(validSpec))).toEqual([]);
    expect(validateDeploymentSpec(structuredClone(invalid)).length).toBeGreaterThan(1);
  });
});
