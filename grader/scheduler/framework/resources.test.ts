// PodRequests (k8s.io/component-helpers/resource/helpers.go) and the
// scheduler's non-zero requests (framework/types.go, schedutil defaults).
import { describe, expect, it } from "vitest";
import { makePod } from "../../testing/pod-builder";
import type { Pod } from "./api-types";
import { podNonZeroRequests, podRequests } from "./resources";

describe("podRequests", () => {
  it.each([
    { name: "sums the app containers", pod: makePod().requests({ cpu: "250m", memory: "64Mi" }).container("b", { cpu: "250m" }), cpu: 500, memory: 64 * 1024 * 1024 },
    { name: "takes the largest init container when it exceeds the app containers", pod: makePod().requests({ cpu: "100m" }).initContainer("i", { cpu: "1" }), cpu: 1000, memory: 0 },
    { name: "adds a native sidecar to the app containers and to every later init container", pod: makePod().requests({ cpu: "100m" }).sidecar("s", { cpu: "200m" }).initContainer("i", { cpu: "250m" }), cpu: 450, memory: 0 },
    { name: "adds the pod overhead", pod: makePod().requests({ cpu: "100m" }).overhead({ cpu: "250m", memory: "120Mi" }), cpu: 350, memory: 120 * 1024 * 1024 },
    { name: "uses pod-level requests for cpu and memory when set", pod: makePod().requests({ cpu: "100m" }).podLevelRequests({ cpu: "1" }), cpu: 1000, memory: 0 },
  ])("$name", ({ pod, cpu, memory }) => {
    const r = podRequests(pod.obj() as Pod);
    expect([r.get("cpu") ?? 0, r.get("memory") ?? 0]).toEqual([cpu, memory]);
  });

  it("counts a container without requests as 100m and 200Mi when scoring", () => {
    expect(podNonZeroRequests(makePod().container("b", {}).obj() as Pod)).toEqual({ milliCPU: 200, memory: 2 * 200 * 1024 * 1024 });
  });
});
