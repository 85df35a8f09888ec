import { describe, expect, it } from "vitest";
import {
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidLabelValue,
  labelValueErrors,
  qualifiedNameErrors,
} from "./names";

// Values around every edge the shortcuts rely on: length limits, non-ASCII, '/', dots, case, empty.
const values = [
  "",
  "a",
  "my-name",
  "My_Name.1",
  "-bad",
  "bad-",
  "a.b",
  "a..b",
  "example.com/name",
  "/name",
  "example.com/",
  "a/b/c",
  "UPPER",
  "é",
  "aé",
  "a".repeat(63),
  "a".repeat(64),
  "é".repeat(32),
  "a".repeat(253),
  "a".repeat(254),
  `${"a".repeat(62)}é`,
  "a b",
];

describe("name checks: the shortcut for valid values answers as the full check", () => {
  const pairs: [string, (v: string) => string[], (v: string) => string[]][] = [
    ["isDNS1123Label", isDNS1123Label, dns1123LabelErrors],
    ["isDNS1123Subdomain", isDNS1123Subdomain, dns1123SubdomainErrors],
    ["isQualifiedName", isQualifiedName, qualifiedNameErrors],
    ["isValidLabelValue", isValidLabelValue, labelValueErrors],
  ];
  for (const [name, fast, full] of pairs) {
    it(name, () => {
      for (const v of values) expect(fast(v), JSON.stringify(v)).toEqual(full(v));
      expect(values.some((v) => full(v).length === 0)).toBe(true);
      expect(values.some((v) => full(v).length > 0)).toBe(true);
    });
  }
});

describe("isQualifiedName remembers valid prefixed names", () => {
  it("answers a second and later call as the full check, valid or not, and past the bound", () => {
    const prefixed = ["node.kubernetes.io/not-ready", "app.kubernetes.io/name", "Example.com/x", "example.com/-x", "a/b/c", "/x"];
    for (let round = 0; round < 3; round++)
      for (const v of [...prefixed, ...values]) expect(isQualifiedName(v), `${round} ${JSON.stringify(v)}`).toEqual(qualifiedNameErrors(v));
    for (let i = 0; i < 5000; i++) expect(isQualifiedName(`k${i}.example.com/n`)).toEqual([]);
    for (const v of prefixed) expect(isQualifiedName(v)).toEqual(qualifiedNameErrors(v));
  });
});
