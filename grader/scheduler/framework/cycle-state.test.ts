import { describe, expect, it } from "vitest";
import { CycleState, StateNotFoundError, errNotFoundText } from "./cycle-state";

describe("CycleState.read", () => {
  it("returns what was written, including a stored undefined", () => {
    const state = new CycleState();
    state.write("a", { n: 1 });
    state.write("u", undefined);
    expect(state.read("a")).toEqual({ n: 1 });
    expect(state.read("u")).toBeUndefined();
  });

  it("throws upstream's not-found error for a key never written", () => {
    const state = new CycleState();
    expect(() => state.read("missing")).toThrow(StateNotFoundError);
    expect(() => state.read("missing")).toThrow(errNotFoundText);
  });

  it("finds a key given as a string built at the call (the same text, another string)", () => {
    const state = new CycleState();
    const part = ["Node", "ResourcesFit"].join("");
    state.write("PreScore" + part, 7);
    expect(state.read(`PreScore${part}`)).toBe(7);
    expect(state.clone().read("PreScoreNodeResourcesFit")).toBe(7);
  });
});
