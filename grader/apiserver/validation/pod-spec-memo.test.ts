import { describe, expect, it } from "vitest";
import { deepFreeze } from "../storage/deep-copy";
import { validatePodSpec, validateTolerations } from "./pod-spec";
import type { PodSpec, Toleration } from "./pod-types";

const validSpec = (): PodSpec =>
  ({
    containers: [{ name: "a", image: "x", terminationMessagePolicy: "File", imagePullPolicy: "Always" }],
    restartPolicy: "Always",
    dnsPolicy: "ClusterFirst",
    tolerations: [{ key: "k", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 }],
  }) as PodSpec;

describe("validation remembered for frozen values found valid", () => {
  it("answers the same the second time, and remembers nothing invalid or mutable", () => {
    const frozen = deepFreeze(validSpec());
    expect(validatePodSpec(frozen, "spec")).toEqual([]);
    expect(validatePodSpec(frozen, "spec.template.spec")).toEqual([]);
    const bad = deepFreeze({ ...validSpec(), dnsPolicy: "Nope" } as PodSpec);
    expect(validatePodSpec(bad, "spec").length).toBe(1);
    expect(validatePodSpec(bad, "spec")).toEqual(validatePodSpec(bad, "spec"));
    const mutable = validSpec();
    expect(validatePodSpec(mutable, "spec")).toEqual([]);
    mutable.dnsPolicy = "Nope";
    expect(validatePodSpec(mutable, "spec").length).toBe(1);
    const tolerations = validSpec().tolerations as Toleration[];
    expect(validateTolerations(tolerations, "t")).toEqual([]);
    tolerations[0].operator = "Bad";
    expect(validateTolerations(tolerations, "t").length).toBe(1);
  });
});
