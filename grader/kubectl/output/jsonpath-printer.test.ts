import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseKubectlArgs } from "../parse-args";
import { splitShellWords } from "../testdata/shell-words";
import { isUsageError } from "../usage-error";
import { generateObject } from "../generators";
import { printerForOutput } from "./output-format";

const testdata = new URL("../testdata/", import.meta.url);
const readTestFile = (path: string): string => readFileSync(new URL(`files/${path}`, testdata), "utf8");
/** Blocks of `$ kubectl LINE`, stdout, `--- stderr`, stderr, `--- exit: N` (testdata/regenerate.sh, *.rawcases: stdout is followed by one extra newline). */
function readGoldenCases(name: string): { line: string; stdout: string; stderr: string; exit: number }[] {
  const text = readFileSync(new URL(name, testdata), "utf8");
  const pattern = /^\$ kubectl (.*)\n([\s\S]*?)^--- stderr\n([\s\S]*?)^--- exit: (\d+)\n\n/gm;
  return [...text.matchAll(pattern)].map((m) => ({ line: m[1] ?? "", stdout: (m[2] ?? "").slice(0, -1), stderr: m[3] ?? "", exit: Number(m[4]) }));
}

const createFormats = ["go-template", "go-template-file", "json", "jsonpath", "jsonpath-as-json", "jsonpath-file", "name", "template", "templatefile", "yaml"];

/** A client-side dry run printed through our -o printers, as kubectl's CheckErr reports failures. */
function runDryRun(line: string): { stdout: string; stderr: string; exit: number } {
  const parsed = parseKubectlArgs(splitShellWords(line));
  if (parsed.kind === "usage-error") return { stdout: "", stderr: parsed.stderr, exit: parsed.exitCode };
  const object = generateObject(parsed, {
    readFile: (path) => {
      try {
        return readTestFile(path);
      } catch {
        return undefined;
      }
    },
    randomSuffix: (n) => "x".repeat(n),
  });
  if (isUsageError(object)) return { stdout: "", stderr: object.stderr, exit: object.exitCode };
  try {
    const printer = printerForOutput(String(parsed.flags["output"]), {
      allowMissingKeys: parsed.flags["allow-missing-template-keys"] === true,
      typed: true,
      allowedFormats: createFormats,
      readFile: readTestFile,
    });
    return { stdout: printer ? printer.print(object) : "", stderr: "", exit: 0 };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { stdout: "", stderr: `error: ${message}${message.endsWith("\n") ? "" : "\n"}`, exit: 1 };
  }
}

describe("-o jsonpath, jsonpath-file and jsonpath-as-json print what kubectl v1.34.5 prints (testdata/jsonpath.golden)", () => {
  const cases = readGoldenCases("jsonpath.golden");

  it("covers at least 40 command lines", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)("kubectl $line", ({ line, stdout, stderr, exit }) => {
    expect(runDryRun(line)).toEqual({ stdout, stderr, exit });
  });
});
