// go-wordwrap v1.0.1 WrapString (github.com/mitchellh/go-wordwrap wordwrap.go), as kubectl explain wraps.
import { describe, expect, it } from "vitest";
import { indentLines, wrapString } from "./word-wrap";

describe("wrapString", () => {
  const cases: [string, string, number, string][] = [
    ["a line within the limit is unchanged", "foo bar", 10, "foo bar"],
    ["a break replaces the space before the word that overflows", "foo bar baz", 7, "foo bar\nbaz"],
    ["a word longer than the limit is never split", "a verylongword b", 5, "a\nverylongword\nb"],
    ["existing newlines are kept and reset the line", "ab\ncd ef", 5, "ab\ncd ef"],
    ["spaces before a newline are kept when they fit", "ab  \ncd", 5, "ab  \ncd"],
    ["spaces after the limit at the end are dropped", "abcd    ", 5, "abcd"],
  ];
  for (const [name, input, limit, want] of cases) it(name, () => expect(wrapString(input, limit)).toBe(want));
  it("indent pads every line, including the empty one after a final newline", () => expect(indentLines("a\n\nb\n", 2)).toBe("  a\n  \n  b\n  "));
});
