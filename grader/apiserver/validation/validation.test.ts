// The shared validators against upstream's own wording and edge cases
// (apimachinery pkg/util/validation/validation.go, robfig/cron parser.go,
// encoding/base64 CorruptInputError).
import { describe, expect, it } from "vitest";
import { cronParseError } from "./cron";
import { deepEqual } from "./deep-equal";
import { base64ErrorIndex } from "./go-base64";
import { isConfigMapKey, isDNS1123Label, isQualifiedName, isValidPortName, nameIsDNSSubdomain } from "./names";
import { selectorMatches } from "./label-selector";

describe("name validators (util/validation/validation.go)", () => {
  const cases: { name: string; got: string[]; want: string[] }[] = [
    { name: "a valid label passes", got: isDNS1123Label("web-1"), want: [] },
    {
      name: "a 64-character label is too long and still matches the pattern",
      got: isDNS1123Label("a".repeat(64)),
      want: ["must be no more than 63 characters"],
    },
    {
      name: "a qualified name with two slashes gets the whole-name message",
      got: isQualifiedName("a/b/c"),
      want: [
        "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
      ],
    },
    { name: "an empty prefix is reported as such", got: isQualifiedName("/app"), want: ["prefix part must be non-empty"] },
    { name: "a config key of '..' is refused", got: isConfigMapKey(".."), want: ["must not be '..'"] },
    {
      name: "a port name of digits only needs a letter",
      got: isValidPortName("8080"),
      want: ["must contain at least one letter (a-z)"],
    },
    {
      name: "generateName may end with a dash (ValidateNameFunc prefix)",
      got: nameIsDNSSubdomain("web-", true),
      want: [],
    },
  ];
  it.each(cases)("$name", ({ got, want }) => expect(got).toEqual(want));
});

describe("cron schedules (robfig/cron/v3 ParseStandard)", () => {
  const cases: { schedule: string; want: string | undefined }[] = [
    { schedule: "*/5 * * * *", want: undefined },
    { schedule: "0 9 * * mon-fri", want: undefined },
    { schedule: "@hourly", want: undefined },
    { schedule: "", want: "empty spec string" },
    { schedule: "* * * *", want: "expected exactly 5 fields, found 4: [* * * *]" },
    { schedule: "0 0 0 * *", want: "beginning of range (0) below minimum (1): 0" },
    { schedule: "0 0 * 13 *", want: "end of range (13) above maximum (12): 13" },
    { schedule: "5-1 * * * *", want: "beginning of range (5) beyond end of range (1): 5-1" },
    { schedule: "*/0 * * * *", want: "step of range should be a positive number: */0" },
    { schedule: "@fortnightly", want: "unrecognized descriptor: @fortnightly" },
  ];
  it.each(cases)("parses $schedule as upstream does", ({ schedule, want }) => expect(cronParseError(schedule)).toBe(want));
});

describe("base64 decoding errors (encoding/base64 StdEncoding)", () => {
  const cases: { input: string; want: number | undefined }[] = [
    { input: "aGVsbG8=", want: undefined },
    { input: "aGVsbG8", want: 4 },
    { input: "aGV$bG8=", want: 3 },
    { input: "a===", want: 1 },
  ];
  it.each(cases)("reports $input at byte $want", ({ input, want }) => expect(base64ErrorIndex(input)).toBe(want));
});

describe("semantic equality and selectors", () => {
  it("treats an absent field as equal to an empty one, as decoded Go objects are", () => {
    expect(deepEqual({ a: [], b: "" }, {})).toBe(true);
    expect(deepEqual({ a: 1 }, { a: 2 })).toBe(false);
  });

  it("matches set-based requirements as labels.Selector does", () => {
    const sel = { matchLabels: { app: "web" }, matchExpressions: [{ key: "tier", operator: "NotIn", values: ["db"] }] };
    expect(selectorMatches(sel, { app: "web" })).toBe(true);
    expect(selectorMatches(sel, { app: "web", tier: "db" })).toBe(false);
  });
});
