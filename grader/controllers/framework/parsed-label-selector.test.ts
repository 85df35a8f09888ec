import { describe, expect, it } from "vitest";
import { labelSelectorFromMeta } from "../../apiserver/selectors";
import type { MetaLabelSelector } from "../../apiserver/selectors/label-selector";
import { parsedLabelSelector } from "./parsed-label-selector";

describe("parsedLabelSelector", () => {
  const selectors: MetaLabelSelector[] = [
    { matchLabels: { app: "web", "app.kubernetes.io/name": "web" } },
    { matchLabels: { tier: "db" }, matchExpressions: [{ key: "env", operator: "In", values: ["prod", "qa"] }, { key: "canary", operator: "DoesNotExist" }] },
    {},
    { matchLabels: {} },
  ];

  it("gives what labelSelectorFromMeta gives, the first time and after", () => {
    for (const s of selectors) {
      expect(parsedLabelSelector(s)).toEqual(labelSelectorFromMeta(s));
      expect(parsedLabelSelector(structuredClone(s))).toEqual(labelSelectorFromMeta(s));
    }
    expect(parsedLabelSelector(undefined)).toEqual(labelSelectorFromMeta(undefined));
    expect(parsedLabelSelector(null)).toEqual(labelSelectorFromMeta(null));
  });

  it("parses a selector's text once and shares the frozen answer", () => {
    const first = parsedLabelSelector({ matchLabels: { shared: "yes" } });
    expect(parsedLabelSelector({ matchLabels: { shared: "yes" } })).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.requirements) && Object.isFrozen(first.requirements[0].values)).toBe(true);
    expect(parsedLabelSelector({ matchLabels: { shared: "no" } })).not.toBe(first);
  });

  it("throws for an invalid selector every time, with labelSelectorFromMeta's message", () => {
    const bad = { matchLabels: { "bad key!": "x" } };
    const message = (() => {
      try {
        labelSelectorFromMeta(bad);
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(message).toBeDefined();
    expect(() => parsedLabelSelector(bad)).toThrow(message);
    expect(() => parsedLabelSelector(bad)).toThrow(message);
  });
});
