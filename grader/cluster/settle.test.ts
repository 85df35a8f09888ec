import { describe, expect, it } from "vitest";
import { VirtualClock } from "../clock/virtual-clock";
import type { Component } from "../controllers/framework/component";
import { KeyQueue } from "../controllers/framework/key-queue";
import { settleComponents } from "./settle";

/** A component that, for every key it processes, asks to see the key again `periodMs` later. */
function periodic(clock: VirtualClock, periodMs: number, log: string[]): Component {
  const queue = new KeyQueue(clock);
  return {
    name: "periodic",
    start: () => {
      queue.add("tick");
      return () => undefined;
    },
    hasWork: () => queue.length > 0,
    processNext: () => {
      const key = queue.next()!;
      log.push(`${key}@${clock.now()}`);
      queue.addAfter(key, periodMs);
    },
  };
}

describe("settleComponents", () => {
  it("jumps from timer to timer and ends exactly at the end of the span", () => {
    const clock = new VirtualClock(0);
    const log: string[] = [];
    const c = periodic(clock, 10_000, log);
    c.start({} as never);
    const r = settleComponents(clock, [c], { forMs: 35_000 });
    expect(log).toEqual(["tick@0", "tick@10000", "tick@20000", "tick@30000"]);
    expect(r).toMatchObject({ elapsedMs: 35_000, truncated: false });
    expect(clock.now()).toBe(35_000);
  });

  it("stops early and says so when the work budget runs out (a timer every millisecond for a year)", () => {
    const clock = new VirtualClock(0);
    const log: string[] = [];
    const c = periodic(clock, 1, log);
    c.start({} as never);
    const r = settleComponents(clock, [c], { forMs: 365 * 24 * 3600 * 1000, maxSteps: 1000 });
    expect(r.truncated).toBe(true);
    expect(r.steps).toBe(1000);
    expect(r.elapsedMs).toBeLessThan(1000);
  });

  it("dedups a key added twice while it waits", () => {
    const clock = new VirtualClock(0);
    const q = new KeyQueue(clock);
    q.add("ns/a");
    q.add("ns/b");
    q.add("ns/a");
    expect([q.next(), q.next(), q.next()]).toEqual(["ns/a", "ns/b", undefined]);
  });
});
