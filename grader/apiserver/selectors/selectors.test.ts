import { describe, it, expect } from "vitest";
import { parseLabelSelector, labelSelectorMatches, labelSelectorFromMeta, formatLabelSelector } from "./label-selector";
import { compileFieldSelector } from "./field-selector";
import type { KubeObject } from "../types";

describe("label selectors match as labels.Parse + Requirement.Matches (k8s.io/apimachinery/pkg/labels/selector.go)", () => {
  const cases: [string, string, Record<string, string>, boolean][] = [
    ["equality matches the same value", "app=web", { app: "web" }, true],
    ["equality does not match another value", "app==web", { app: "db" }, false],
    ["inequality matches objects without the key", "tier!=db", { app: "web" }, true],
    ["set inclusion matches a listed value", "env in (a, b)", { env: "b" }, true],
    ["set exclusion matches objects without the key", "env notin (a)", {}, true],
    ["existence needs the key", "canary", { app: "web" }, false],
    ["non-existence excludes the key", "!canary", { canary: "" }, false],
    ["greater-than compares integers", "replicas>2", { replicas: "3" }, true],
    ["less-than on a non-integer value never matches", "replicas<2", { replicas: "x" }, false],
    ["all requirements must match", "app=web,tier in (fe)", { app: "web", tier: "be" }, false],
    ["an empty selector matches everything", "", { a: "b" }, true],
  ];
  for (const [name, selector, labels, want] of cases) {
    it(name, () => expect(labelSelectorMatches(parseLabelSelector(selector), labels)).toBe(want));
  }
});

describe("label selector parse errors carry upstream's text (labels/selector.go)", () => {
  const cases: [string, string, string][] = [
    ["a misspelled operator lists the binary operators", "component not in (kube-apiserver)", "unable to parse requirement: found 'not', expected: in, notin, =, ==, !=, gt, lt"],
    ["a set without parentheses", "a in b", "unable to parse requirement: found 'b' expected: '('"],
    ["a trailing comma", "a=b,", "found '', expected: identifier after ','"],
    ["two requirements without a comma", "a=b c", "found 'c', expected: ',' or 'end of string'"],
    ["an operator first", "=a", "found '=', expected: !, identifier, or 'end of string'"],
    [
      "an invalid key is reported with a <nil> path",
      "_app=x",
      `unable to parse requirement: <nil>: Invalid value: "_app": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
    ],
    [
      "an invalid value is reported under values[0][key]",
      "app=-web",
      `unable to parse requirement: values[0][app]: Invalid value: "-web": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    ],
    ["a non-integer with gt", "x>abc", `unable to parse requirement: values[0]: Invalid value: "abc": for 'Gt', 'Lt' operators, the value must be an integer`],
  ];
  for (const [name, selector, message] of cases) {
    it(name, () => expect(() => parseLabelSelector(selector)).toThrow(message));
  }
});

describe("metav1.LabelSelector as a selector (LabelSelectorAsSelector)", () => {
  it("combines matchLabels and matchExpressions and prints them sorted by key", () => {
    const s = labelSelectorFromMeta({
      matchLabels: { app: "web" },
      matchExpressions: [{ key: "env", operator: "In", values: ["prod", "dev"] }],
    });
    expect(formatLabelSelector(s)).toBe("app=web,env in (dev,prod)");
    expect(labelSelectorMatches(s, { app: "web", env: "dev" })).toBe(true);
  });
  it("matches nothing when the selector is missing, everything when empty", () => {
    expect(labelSelectorMatches(labelSelectorFromMeta(undefined), { a: "b" })).toBe(false);
    expect(labelSelectorMatches(labelSelectorFromMeta({}), { a: "b" })).toBe(true);
  });
  it("rejects an unknown operator with upstream's text", () => {
    expect(() => labelSelectorFromMeta({ matchExpressions: [{ key: "a", operator: "Equals" }] })).toThrow('"Equals" is not a valid label selector operator');
  });
});

const pod = (name: string, phase: string, nodeName?: string): KubeObject => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name, namespace: "default" },
  spec: nodeName ? { nodeName } : {},
  status: { phase },
});
const podTarget = { group: "", kind: "Pod", namespaced: true, builtin: true };

describe("field selectors (fields/selector.go and the field label conversions)", () => {
  const cases: [string, string, KubeObject, boolean][] = [
    ["metadata.name selects by name", "metadata.name=a", pod("a", "Running"), true],
    ["status.phase!= excludes the phase", "status.phase!=Running", pod("a", "Running"), false],
    ["spec.nodeName= with an empty value selects unscheduled pods", "spec.nodeName=", pod("a", "Pending"), true],
    ["== is the same as =", "spec.nodeName==node01", pod("a", "Running", "node01"), true],
    ["several terms must all hold", "status.phase=Running,spec.nodeName=node01", pod("a", "Running", "controlplane"), false],
  ];
  for (const [name, selector, obj, want] of cases) {
    it(name, () => expect(compileFieldSelector(selector, podTarget)(obj)).toBe(want));
  }

  const errors: [string, string, { group: string; kind: string; namespaced: boolean; builtin: boolean }, string][] = [
    ["a pod field upstream does not index", "spec.containers=x", podTarget, "field label not supported: spec.containers"],
    ["events reject message (pkg/apis/core/v1/conversion.go)", "message=whatever", { group: "", kind: "Event", namespaced: true, builtin: true }, "field label not supported: message"],
    ["nodes do not accept metadata.namespace", "metadata.namespace=default", { group: "", kind: "Node", namespaced: false, builtin: true }, "field label not supported: metadata.namespace"],
    [
      "kinds without a conversion use DefaultMetaV1FieldSelectorConversion (runtime/conversion.go)",
      "foo.bar=baz",
      { group: "networking.k8s.io", kind: "Ingress", namespaced: true, builtin: true },
      '"foo.bar" is not a known field selector: only "metadata.name", "metadata.namespace"',
    ],
    ["a term without an operator", "foo", podTarget, "invalid selector: 'foo'; can't understand 'foo'"],
    ["an unescaped = in a value prints its code point", "metadata.name=a=b", podTarget, "invalid field selector: unescaped character in value: 61"],
    ["an unknown escape sequence", "metadata.name=a\\x", podTarget, "invalid field selector: invalid escape sequence: \\x"],
    ["custom resources accept only name and namespace", "spec.x=1", { group: "example.com", kind: "Foo", namespaced: true, builtin: false }, "field label not supported: spec.x"],
  ];
  for (const [name, selector, target, message] of errors) {
    it(`rejects ${name}`, () => expect(() => compileFieldSelector(selector, target)).toThrow(message));
  }
});
