import { describe, expect, it } from "vitest";
import { orderedTaskSlugs } from "./exam-task-order";

const form = (fields: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of fields) f.append(k, v);
  return f;
};

describe("orderedTaskSlugs", () => {
  it("orders the ticked tasks by their position numbers, ignoring unticked ones", () => {
    const f = form([
      ["task", "a"],
      ["position:a", "3"],
      ["task", "b"],
      ["position:b", "1"],
      ["position:c", "2"], // numbered but not ticked
      ["task", "d"],
      ["position:d", "2"],
    ]);
    expect(orderedTaskSlugs(f)).toEqual(["b", "d", "a"]);
  });

  it("puts unnumbered tasks after the numbered ones, in the form's order; ties keep the form's order", () => {
    const f = form([
      ["task", "x"],
      ["task", "y"],
      ["position:y", "1"],
      ["task", "z"],
      ["position:z", ""],
      ["task", "w"],
      ["position:w", "1"],
      ["task", "v"],
      ["position:v", "not a number"],
    ]);
    expect(orderedTaskSlugs(f)).toEqual(["y", "w", "x", "z", "v"]);
  });
});
