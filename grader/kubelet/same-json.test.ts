import { describe, expect, it } from "vitest";
import { sameJson } from "./same-json";

const status = () => ({
  conditions: [
    { lastProbeTime: null, lastTransitionTime: "2026-01-01T00:00:01Z", status: "True", type: "Initialized" },
    { lastProbeTime: null, lastTransitionTime: "2026-01-01T00:00:01Z", message: "containers with unready status: [nginx]", reason: "ContainersNotReady", status: "False", type: "Ready" },
  ],
  containerStatuses: [{ image: "nginx:1.27", imageID: "", lastState: {}, name: "nginx", ready: false, restartCount: 0, started: false, state: { waiting: { reason: "ContainerCreating" } } }],
  hostIP: "172.30.1.2",
  hostIPs: [{ ip: "172.30.1.2" }],
  phase: "Pending",
  podIP: undefined as string | undefined,
  startTime: "2026-01-01T00:00:01Z",
});

/** Every pair must agree with comparing the JSON texts. */
function agrees(a: unknown, b: unknown): void {
  expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
  expect(sameJson(b, a)).toBe(JSON.stringify(a) === JSON.stringify(b));
}

describe("sameJson is JSON.stringify(a) === JSON.stringify(b)", () => {
  it("on pod statuses that differ in one place, or only in what JSON leaves out", () => {
    const variants: Array<(s: ReturnType<typeof status>) => void> = [
      () => undefined,
      (s) => (s.phase = "Running"),
      (s) => (s.podIP = "10.244.1.2"),
      (s) => (s.containerStatuses[0].ready = true),
      (s) => (s.containerStatuses[0].restartCount = 1),
      (s) => (s.conditions[1].lastTransitionTime = "2026-01-01T00:00:02Z"),
      (s) => s.conditions.reverse(),
      (s) => s.hostIPs.push({ ip: "fd00::1" }),
      (s) => ((s.containerStatuses[0] as Record<string, unknown>).extra = undefined),
      (s) => ((s.containerStatuses[0].state as Record<string, unknown>) = { running: { startedAt: "2026-01-01T00:00:03Z" } }),
      (s) => ((s.conditions[0] as Record<string, unknown>).lastProbeTime = undefined),
    ];
    for (const mutate of variants) {
      const a = status();
      const b = status();
      mutate(b);
      agrees(a, b);
    }
  });

  it("on key order, arrays with holes and undefined, numbers JSON writes alike, and toJSON", () => {
    agrees({ a: 1, b: 2 }, { b: 2, a: 1 });
    agrees({ a: 1, b: undefined }, { a: 1 });
    agrees({ a: 1, x: undefined, b: 2 }, { a: 1, b: 2, y: undefined });
    agrees({ x: undefined, a: 1 }, { a: 1, b: 2 });
    agrees({ a: 1, b: 2 }, { a: 1, b: 2, c: undefined, d: 4 });
    agrees({ a: undefined }, {});
    agrees({ a: 1, f: () => 1 }, { a: 1 });
    agrees([1, undefined, 3], [1, null, 3]);
    agrees([1, 2], [1, 2, 3]);
    agrees({ n: NaN }, { n: null });
    agrees({ n: -0 }, { n: 0 });
    agrees({ n: 1 }, { n: "1" });
    agrees({}, []);
    agrees({ d: new Date(0) }, { d: "1970-01-01T00:00:00.000Z" });
    agrees({ a: { b: [] } }, { a: { b: {} } });
    agrees(undefined, {});
    agrees(null, {});
  });
});
