import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it.each([
    ["plain text stays as it is", "Ada Lovelace", "Ada Lovelace"],
    ["a comma quotes the cell", "Lovelace, Ada", '"Lovelace, Ada"'],
    ["a quote is doubled inside quotes", 'Ada "the Countess"', '"Ada ""the Countess"""'],
    ["a newline quotes the cell", "line 1\nline 2", '"line 1\nline 2"'],
    ["a formula with = is defused", "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["a formula with + is defused", "+1+1", "'+1+1"],
    ["a formula with - is defused", "-2+3", "'-2+3"],
    ["a formula with @ is defused", "@SUM(A1)", "'@SUM(A1)"],
    ["a leading tab is defused", "\t=1", "'\t=1"],
    ["an empty string is empty", "", ""],
  ])("%s", (_name, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it("writes numbers as numbers (a negative one is not text to defuse) and nothing for null", () => {
    expect([csvCell(42.5), csvCell(-1), csvCell(null), csvCell(undefined), csvCell(Number.NaN), csvCell(true)]).toEqual(["42.5", "-1", "", "", "", "true"]);
  });
});

describe("toCsv", () => {
  it("starts with a BOM, separates rows with CRLF and ends with one", () => {
    expect(toCsv(["name", "score"], [["Ada", 3], ["=cmd", 1]])).toBe("\uFEFFname,score\r\nAda,3\r\n'=cmd,1\r\n");
  });
});
