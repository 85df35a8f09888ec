import { describe, expect, it } from "vitest";
import { isCurrentSection } from "./current-nav-section";

describe("the current main section", () => {
  it("follows the path when the page declares none", () => {
    expect(isCurrentSection("/attempts", "/attempts/abc", null)).toBe(true);
    expect(isCurrentSection("/tasks", "/tasks/services-and-networking/nodeport-service", null)).toBe(true);
    expect(isCurrentSection("/tasks", "/tasksx", null)).toBe(false);
  });

  it("is the section an attempt's page declares: Exams for an exam, Tasks for a practice", () => {
    expect(isCurrentSection("/exams", "/attempts/abc", "/exams")).toBe(true);
    expect(isCurrentSection("/attempts", "/attempts/abc", "/exams")).toBe(false);
    expect(isCurrentSection("/tasks", "/attempts/abc", "/tasks")).toBe(true);
    expect(isCurrentSection("/attempts", "/attempts/abc", "/tasks")).toBe(false);
  });
});
