import { describe, expect, it } from "vitest";
import { VirtualClock } from "./virtual-clock";

describe("the virtual clock's timers", () => {
  it("hand out due timers in (time, creation) order and none that are not yet due", () => {
    const clock = new VirtualClock(0);
    const ran: string[] = [];
    clock.schedule(20, () => ran.push("b@20"));
    clock.schedule(10, () => ran.push("a@10"));
    clock.schedule(20, () => ran.push("c@20"));
    clock.schedule(30, () => ran.push("d@30"));
    clock.advanceTo(20);
    for (let t = clock.takeDue(); t; t = clock.takeDue()) t.fn();
    expect(ran).toEqual(["a@10", "b@20", "c@20"]);
    expect(clock.nextDueAt()).toBe(30);
  });

  it("never runs a cancelled timer and does not count it as pending", () => {
    const clock = new VirtualClock(0);
    const ran: number[] = [];
    const id = clock.after(5, () => ran.push(5));
    clock.after(6, () => ran.push(6));
    clock.cancel(id);
    expect(clock.pendingTimers()).toBe(1);
    clock.advanceTo(10);
    for (let t = clock.takeDue(); t; t = clock.takeDue()) t.fn();
    expect(ran).toEqual([6]);
  });

  it("ignores the cancel of a timer that already ran, and a second cancel of the same timer", () => {
    const clock = new VirtualClock(0);
    const first = clock.after(1, () => undefined);
    const second = clock.after(2, () => undefined);
    clock.after(3, () => undefined);
    clock.advanceTo(1);
    clock.takeDue()!.fn();
    clock.cancel(first);
    clock.cancel(second);
    clock.cancel(second);
    expect(clock.pendingTimers()).toBe(1);
    clock.advanceTo(3);
    expect(clock.takeDue()?.at).toBe(3);
    expect(clock.takeDue()).toBeUndefined();
    expect(clock.pendingTimers()).toBe(0);
  });

  it("treats a time in the past as due now", () => {
    const clock = new VirtualClock(100);
    clock.schedule(50, () => undefined);
    expect(clock.nextDueAt()).toBe(100);
  });
});
