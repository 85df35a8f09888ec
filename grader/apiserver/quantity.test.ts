// Expectations from k8s.io/apimachinery/pkg/api/resource/quantity_test.go
// (TestQuantityParse, TestQuantityString, TestQuantityParseEmit, TestScaledValue, TestAdd/TestSub).
import { describe, expect, it } from "vitest";
import {
  newMilliQuantity,
  newQuantity,
  newScaledQuantity,
  parseQuantity,
  quantityFormatErrorText,
  quantitySuffixErrorText,
  tryParseQuantity,
} from "./quantity";

describe("parseQuantity prints the canonical form upstream prints", () => {
  const cases: [string, string | number, string, string][] = [
    // [case, input, String(), format]
    ["a plain zero stays 0 in DecimalSI", "0", "0", "DecimalSI"],
    ["a zero with a binary suffix prints 0 but keeps BinarySI", "0Ki", "0", "BinarySI"],
    ["a zero with a milli suffix prints 0", "0m", "0", "DecimalSI"],
    ["one kibibyte is kept as 1Ki", "1Ki", "1Ki", "BinarySI"],
    ["1024Mi is canonicalised to 1Gi (TestQuantityParseEmit)", "1024Mi", "1Gi", "BinarySI"],
    ["1000M is canonicalised to 1G (TestQuantityParseEmit)", "1000M", "1G", "DecimalSI"],
    ["1.5Gi becomes 1536Mi (doc comment of Quantity)", "1.5Gi", "1536Mi", "BinarySI"],
    ["1.5 becomes 1500m (doc comment of Quantity)", "1.5", "1500m", "DecimalSI"],
    ["0.5 becomes 500m", "0.5", "500m", "DecimalSI"],
    ["a YAML number 0.5 is read as its text", 0.5, "500m", "DecimalSI"],
    ["a YAML integer 2 prints 2", 2, "2", "DecimalSI"],
    ["1000m is canonicalised to 1", "1000m", "1", "DecimalSI"],
    ["1080m is kept as written", "1080m", "1080m", "DecimalSI"],
    ["1.08 becomes 1080m (TestQuantityString alternate)", "1.08", "1080m", "DecimalSI"],
    ["50k stays 50k", "50k", "50k", "DecimalSI"],
    // ParseQuantity's int64 path keeps the input text when digits and scale look canonical.
    ["100.035k is printed as written because the int64 path keeps it", "100.035k", "100.035k", "DecimalSI"],
    ["100.0350k is not kept and becomes 100035", "100.0350k", "100035", "DecimalSI"],
    [".001Ki becomes 1024m but stays BinarySI (TestQuantityParseEmit)", ".001Ki", "1024m", "BinarySI"],
    [".000000000001Ki rounds up to 2n (TestQuantityParseEmit)", ".000000000001Ki", "2n", "DecimalSI"],
    ["3.001n rounds up to 4n (TestQuantityParse)", "3.001n", "4n", "DecimalSI"],
    ["0.0000000001 rounds up to 1n (TestQuantityParse)", "0.0000000001", "1n", "DecimalSI"],
    ["1e3 keeps its exponent form", "1e3", "1e3", "DecimalExponent"],
    [".001e12 becomes 1e9 (TestQuantityString alternate)", ".001e12", "1e9", "DecimalExponent"],
    ["0.001e0 becomes 1e-3 (TestQuantityString alternate)", "0.001e0", "1e-3", "DecimalExponent"],
    ["1.3E+6 is an exponent with a plus sign", "1.3E+6", "1300e3", "DecimalExponent"],
    ["307200Ki becomes 300Mi (TestQuantityString alternate)", "307200Ki", "300Mi", "BinarySI"],
    ["1025024Mi becomes 1001Gi (TestQuantityString alternate)", "1025024Mi", "1001Gi", "BinarySI"],
    ["9Ei is capped at the largest int64 (TestQuantityParse)", "9Ei", "9223372036854775807", "BinarySI"],
    ["a negative binary quantity keeps its suffix", "-1Gi", "-1Gi", "BinarySI"],
    ["a negative fraction canonicalises with its sign", "-0.5", "-500m", "DecimalSI"],
    ["1. is accepted and printed as written (things written by trolls)", "1.", "1.", "DecimalSI"],
    ["1.G is accepted and printed as written (things written by trolls)", "1.G", "1.G", "DecimalSI"],
    ["1.0G has a non-canonical scale and becomes 1G", "1.0G", "1G", "DecimalSI"],
    ["a leading plus is kept verbatim because the int64 path copies canonical input", "+1", "+1", "DecimalSI"],
  ];
  it.each(cases)("%s", (_name, input, printed, format) => {
    const q = parseQuantity(input);
    expect(q.toString()).toBe(printed);
    expect(q.format).toBe(format);
  });
});

describe("parseQuantity refuses what upstream refuses, with upstream's error", () => {
  const cases: [string, string, string][] = [
    ["an empty string", "", quantityFormatErrorText],
    ["two decimal points", "1.1.M", quantityFormatErrorText],
    ["a plus in the middle", "1+1.0M", quantityFormatErrorText],
    ["a lower-case binary suffix", "0.1mi", quantitySuffixErrorText],
    ["an unknown suffix", "0.1am", quantityFormatErrorText],
    ["letters only", "aoeu", quantityFormatErrorText],
    ["a lone i", "1i", quantitySuffixErrorText],
    ["an exponent without digits", "-3.01e-", quantitySuffixErrorText],
    ["leading whitespace", " 1", quantityFormatErrorText],
    ["trailing whitespace", "1 ", quantityFormatErrorText],
  ];
  it.each(cases)("%s", (_name, input, message) => {
    expect(() => parseQuantity(input)).toThrow(message);
    expect(tryParseQuantity(input)).toBeUndefined();
  });

  it("spells the format error exactly as ErrFormatWrong", () => {
    expect(quantityFormatErrorText).toBe(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
  });
});

describe("values, comparison and arithmetic follow upstream", () => {
  it.each([
    ["100m has 100 milli and rounds up to 1", "100m", 100n, 1n],
    ["1.5 has 1500 milli and rounds up to 2", "1.5", 1500n, 2n],
    ["1Gi is 1073741824", "1Gi", 1073741824000n, 1073741824n],
    ["1n rounds up to 1 milli", "1n", 1n, 1n],
    ["-1.5 rounds away from zero", "-1.5", -1500n, -2n],
  ])("%s", (_name, input, milli, value) => {
    const q = parseQuantity(input);
    expect(q.milliValue()).toBe(milli);
    expect(q.value()).toBe(value);
  });

  it.each([
    ["1Gi equals 1024Mi", "1Gi", "1024Mi", 0],
    ["500m is less than 1", "500m", "1", -1],
    ["1G is less than 1Gi", "1G", "1Gi", -1],
    ["2 is greater than 1999m", "2", "1999m", 1],
  ])("%s", (_name, a, b, want) => {
    expect(parseQuantity(a).cmp(parseQuantity(b))).toBe(want);
  });

  it.each([
    ["adding 500m to 1 gives 1500m", "1", "500m", "1500m"],
    ["adding 512Mi to 512Mi gives 1Gi", "512Mi", "512Mi", "1Gi"],
    ["adding 1Mi to zero takes the binary format of 1Mi (TestQuantityAddZeroPreservesSuffix)", "0", "1Mi", "1Mi"],
    ["adding 100M to 1Gi keeps the binary format but cannot print exactly in binary", "1Gi", "100M", "1173741824"],
  ])("%s", (_name, a, b, sum) => {
    expect(parseQuantity(a).add(parseQuantity(b)).toString()).toBe(sum);
  });

  it.each([
    ["1 minus 300m is 700m", "1", "300m", "700m"],
    ["zero minus 1Mi is -1Mi (TestQuantitySubZeroPreservesSuffix)", "0", "1Mi", "-1Mi"],
    ["2Gi minus 2Gi is 0", "2Gi", "2Gi", "0"],
  ])("%s", (_name, a, b, diff) => {
    expect(parseQuantity(a).sub(parseQuantity(b)).toString()).toBe(diff);
  });

  it.each([
    ["NewQuantity(5, BinarySI) prints 5 (TestQuantityString)", newQuantity(5, "BinarySI"), "5"],
    ["NewMilliQuantity(500, BinarySI) prints 500m (TestQuantityString)", newMilliQuantity(500, "BinarySI"), "500m"],
    ["NewScaledQuantity(1000, 6) prints 1G (TestQuantityString)", newScaledQuantity(1000, 6), "1G"],
    ["1234567m in BinarySI falls back to DecimalSI (TestQuantityString)", newMilliQuantity(1234567, "BinarySI"), "1234567m"],
    ["1025 in BinarySI prints 1025 (TestQuantityString)", newQuantity(1025, "BinarySI"), "1025"],
    ["300e6 in DecimalExponent prints 300e6 (TestQuantityString)", newScaledQuantity(300, 6).withFormat("DecimalExponent"), "300e6"],
  ])("%s", (_name, q, printed) => {
    expect(q.toString()).toBe(printed);
  });

  it("zero, sign and negation behave as upstream", () => {
    expect(parseQuantity("0Mi").isZero()).toBe(true);
    expect(parseQuantity("-1m").sign()).toBe(-1);
    expect(parseQuantity("1m").sign()).toBe(1);
    expect(parseQuantity("1Mi").neg().toString()).toBe("-1Mi");
  });
});

describe("parseQuantity remembers what it parsed", () => {
  it.each(["100m", "64Mi", "1.5", "1e3", "0", "12345678901234567890", "1.", "abc", "1Zi", ""])(
    "gives the same answer for %j the second time as the first",
    (input) => {
      const outcome = () => {
        try {
          const q = parseQuantity(input);
          return { text: q.toString(), milli: q.milliValue(), format: q.format };
        } catch (e) {
          return { error: (e as Error).message };
        }
      };
      const first = outcome();
      expect(outcome()).toEqual(first);
      expect(tryParseQuantity(input)?.toString()).toBe("text" in first ? first.text : undefined);
    },
  );
});
