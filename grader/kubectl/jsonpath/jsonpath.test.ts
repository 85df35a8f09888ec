// Behaviour of client-go util/jsonpath (v0.34) on objects from the server, which kubectl
// decodes as unstructured (integers are int64): cases the offline goldens cannot reach.
import { describe, expect, it } from "vitest";
import { JsonPath } from "./jsonpath";
import { JsonPathParseError } from "./parser";

const pod = {
  kind: "Pod",
  spec: { containers: [{ name: "a", ports: [{ containerPort: 80 }] }, { name: "b", ports: [{ containerPort: 8080 }] }] },
  status: { ratio: 0.5, big: 1000000 },
};

const cases: { name: string; template: string; want: string }[] = [
  { name: "an integer literal compares with a server integer (int vs int64 are one kind in funcs.go)", template: "{.spec.containers[?(@.ports[0].containerPort==8080)].name}", want: "b" },
  { name: "less-than filters on integers", template: "{.spec.containers[?(@.ports[0].containerPort<1000)].name}", want: "a" },
  { name: "server integers print in full, not as %g floats", template: "{.status.big}", want: "1000000" },
  { name: "non-integral numbers print as Go's %v of float64", template: "{.status.ratio}", want: "0.5" },
  { name: "a quoted key in brackets reads the field of every element", template: "{.spec.containers[*]['name']}", want: "a b" },
  { name: "a wildcard on a string yields its bytes, as reflect indexes a string", template: "{.kind.*}", want: "80 111 100" },
];

describe("JsonPath on server objects", () => {
  it.each(cases)("$name", ({ template, want }) => {
    expect(new JsonPath(template).execute(pod)).toBe(want);
  });

  it("refuses a filter comparing a string with a number (funcs.go errBadComparison)", () => {
    expect(() => new JsonPath('{.spec.containers[?(@.name==1)]}').execute(pod)).toThrow("incompatible types for comparison");
  });

  it("refuses an unterminated filter (parser.go)", () => {
    expect(() => new JsonPath("{.spec.containers[?(@.name=='a']}")).toThrow(JsonPathParseError);
  });
});
