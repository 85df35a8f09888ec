import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseKubectlArgs } from "../parse-args";
import { printObjects } from "../output/print-objects";
import { splitShellWords } from "../testdata/shell-words";
import { isUsageError } from "../usage-error";
import { generateObject } from "./index";

const testdata = new URL("../testdata/", import.meta.url);

interface GoldenCase {
  line: string;
  stdout: string;
  stderr: string;
  exit: number;
}

/** Blocks of `$ kubectl LINE`, stdout, `--- stderr`, stderr, `--- exit: N` written by regenerate.sh. */
export function readGoldenCases(name: string): GoldenCase[] {
  const text = readFileSync(new URL(name, testdata), "utf8");
  const cases: GoldenCase[] = [];
  const pattern = /^\$ kubectl (.*)\n([\s\S]*?)^--- stderr\n([\s\S]*?)^--- exit: (\d+)\n\n/gm;
  for (const match of text.matchAll(pattern)) {
    cases.push({ line: match[1] ?? "", stdout: match[2] ?? "", stderr: match[3] ?? "", exit: Number(match[4]) });
  }
  return cases;
}

const ctx = {
  readFile: (path: string) => {
    try {
      return readFileSync(new URL(`files/${path}`, testdata), "utf8");
    } catch {
      return undefined;
    }
  },
  randomSuffix: (length: number) => "x".repeat(length),
};

/** What our kubectl prints for a client-side dry run: stdout, stderr and exit code. */
function runDryRun(line: string): { stdout: string; stderr: string; exit: number } {
  const parsed = parseKubectlArgs(splitShellWords(line));
  if (parsed.kind === "usage-error") return { stdout: "", stderr: parsed.stderr, exit: parsed.exitCode };
  const object = generateObject(parsed, ctx);
  if (isUsageError(object)) return { stdout: "", stderr: object.stderr, exit: object.exitCode };
  const output = parsed.flags["output"];
  if (output !== "yaml" && output !== "json" && output !== "name") throw new Error(`unsupported -o ${String(output)}`);
  return { stdout: printObjects([object], output, { typed: true }), stderr: "", exit: 0 };
}

describe("client-side generators print what kubectl v1.34 prints (testdata/generators.golden)", () => {
  const cases = readGoldenCases("generators.golden");

  it("covers at least 80 command lines", () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  it.each(cases)("kubectl $line", ({ line, stdout, stderr, exit }) => {
    expect(runDryRun(line)).toEqual({ stdout, stderr, exit });
  });
});
