import { describe, expect, it } from "vitest";
import { lineOfPath, lineOfProblem, parseProblemPath } from "./yaml-path-line";

const task = `uuid: 0b6f9a4e-0000-4000-8000-000000000000
id: application-design-and-build/run-a-web-pod
title: Run a web pod
prompt: |
  checks: this line is prompt text, not a field
checks:
  - id: pod-running
    name: Pod web runs
    points: 2
    expect:
      kind: Pod
      match:
        spec:
          containers:
            - image: nginx:1.27
  - id: second
    points: 1
solution:
  transcript: |
    kubectl run web --image=nginx:1.27
nearMisses:
- manifests: |
    kind: Pod
  failsChecks: [pod-running]
- transcript: echo
  failsChecks: [second]
`;

describe("parseProblemPath", () => {
  it("reads keys, indexes and quoted keys", () => {
    expect(parseProblemPath('checks[2].expect["a b"].kind')).toEqual(["checks", 2, "expect", "a b", "kind"]);
    expect(parseProblemPath("")).toEqual([]);
  });
});

describe("lineOfPath", () => {
  it.each([
    ["uuid", 1],
    ["checks", 6],
    ["checks[0]", 7],
    ["checks[0].id", 7],
    ["checks[0].points", 9],
    ["checks[0].expect.kind", 11],
    ["checks[0].expect.match.spec.containers[0].image", 15],
    ["checks[1]", 16],
    ["checks[1].points", 17],
    ["solution.transcript", 19],
    ["nearMisses[0]", 22],
    ["nearMisses[1]", 25],
    ["nearMisses[1].failsChecks", 26],
  ])("finds %s on line %i", (path, line) => {
    expect(lineOfPath(task, path)).toBe(line);
  });

  it("points a missing field at the deepest part that exists", () => {
    expect(lineOfPath(task, "checks[1].name")).toBe(16);
    expect(lineOfPath(task, "checks[7].id")).toBe(6);
  });

  it("does not take prompt text for a field", () => {
    expect(lineOfPath("prompt: |\n  checks: no\n", "checks")).toBeNull();
  });

  it("answers null for a path that is not in the file", () => {
    expect(lineOfPath(task, "explanation")).toBeNull();
  });
});

describe("lineOfProblem", () => {
  it("reads the line of a YAML syntax error", () => {
    expect(lineOfProblem("a: 1\nb: [\n", { path: "", message: "unexpected end of the stream at line 3, column 1" })).toBe(3);
    expect(lineOfProblem("a: 1", { path: "", message: "the file is empty" })).toBeNull();
  });
});
