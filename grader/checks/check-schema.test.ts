import { describe, it, expect } from "vitest";
import { checkSchema } from "./check-schema";

const base = { id: "pod-ready", name: "The pod is ready", points: 1 };

interface Case {
  name: string;
  check: Record<string, unknown>;
  issues: string[];
}

const cases: Case[] = [
  { name: "a check with one expect assertion is valid", check: { ...base, expect: { kind: "Pod", name: "web" } }, issues: [] },
  { name: "a check with no assertion names the six kinds", check: base, issues: [": needs one of expect, absent, jsonpath, file, script, connectivity"] },
  { name: "a check with two assertions is refused", check: { ...base, script: "true", file: { path: "/a", contains: "x" } }, issues: [": has file and script; a check makes exactly one assertion"] },
  { name: "name and selector together are refused", check: { ...base, expect: { kind: "Pod", name: "web", selector: { app: "web" } } }, issues: ["expect.selector: give either name or selector, not both"] },
  { name: "a quantifier on a named object is refused", check: { ...base, expect: { kind: "Pod", name: "web", quantifier: "all" } }, issues: ["expect.name: quantifier and count apply to a selection, not to a named object"] },
  { name: "quantifier and count together are refused", check: { ...base, expect: { kind: "Pod", quantifier: "all", count: 2 } }, issues: ["expect.count: give either quantifier or count, not both"] },
  { name: "a file check needs exactly one of equals, contains, matches", check: { ...base, file: { path: "/a", equals: "x", contains: "y" } }, issues: ["file: needs exactly one of equals, contains, matches"] },
  { name: "a jsonpath check with a broken regex is refused", check: { ...base, jsonpath: { kind: "Pod", name: "web", path: "{.x}", matches: "(" } }, issues: ["jsonpath.matches: is not a valid regular expression"] },
  { name: "an id with capitals is refused", check: { ...base, id: "PodReady", script: "true" }, issues: ["id: must be lowercase words joined by dashes"] },
  { name: "an unknown key in an assertion is refused", check: { ...base, expect: { kind: "Pod", nmae: "web" } }, issues: ['expect: Unrecognized key: "nmae"'] },
];

describe("checkSchema: a check makes exactly one well-formed assertion", () => {
  it.each(cases)("$name", ({ check, issues }) => {
    const result = checkSchema.safeParse(check);
    const found = result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(found).toEqual(issues);
  });
});
