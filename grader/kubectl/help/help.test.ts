// Help as kubectl v1.34.5 prints it: whole outputs (stdout, stderr, exit code) recorded from the
// real binary by testdata/regenerate.sh, and the data file checked against the command table.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createCluster } from "../../cluster/cluster";
import { rootCommand } from "../command-table";
import type { CommandSpec } from "../command-spec";
import type { KubectlIO } from "../commands/command";
import { runKubectl } from "../run";
import { splitShellWords } from "../testdata/shell-words";
import { joinHelpEntry, splitHelpText } from "./help-entry";
import { commandHelpText, globalOptionsText } from "./help-text";

interface GoldenCase {
  line: string;
  stdout: string;
  stderr: string;
  exit: number;
}

/** Blocks of `$ kubectl LINE`, stdout, `--- stderr`, stderr, `--- exit: N` (testdata/regenerate.sh). */
function readGoldenCases(): GoldenCase[] {
  const text = readFileSync(new URL("testdata/help.golden", import.meta.url), "utf8");
  const pattern = /^\$ kubectl (.*)\n([\s\S]*?)^--- stderr\n([\s\S]*?)^--- exit: (\d+)\n\n/gm;
  return [...text.matchAll(pattern)].map((m) => ({ line: m[1] ?? "", stdout: m[2] ?? "", stderr: m[3] ?? "", exit: Number(m[4]) }));
}

function newIO(): KubectlIO {
  return {
    cluster: createCluster(),
    namespace: "default",
    stdin: "",
    readFile: (p) => {
      throw new Error(`open ${p}: no such file or directory`);
    },
  };
}

function commandPaths(command: CommandSpec, path: string[]): { path: string[]; command: CommandSpec }[] {
  return [{ path, command }, ...(command.subcommands ?? []).flatMap((sub) => commandPaths(sub, [...path, sub.name]))];
}

describe("kubectl prints help exactly as kubectl v1.34.5 (testdata/help.golden)", () => {
  const cases = readGoldenCases();

  it("covers at least 40 command lines", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)("kubectl $line", async ({ line, stdout, stderr, exit }) => {
    const r = await runKubectl(splitShellWords(line), newIO());
    expect({ stdout: r.stdout, stderr: r.stderr, exit: r.exitCode }).toEqual({ stdout, stderr, exit });
  });
});

describe("help runs nothing", () => {
  it("`kubectl run x --image=nginx -h` prints the help and creates no pod (cobra runs no Run when --help is set)", async () => {
    const io = newIO();
    const r = await runKubectl(["run", "x", "--image=nginx", "-h"], io);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith("Create and run a particular image in a pod.\n")).toBe(true);
    expect(() => io.cluster.api.get({ group: "", version: "v1", resource: "pods" }, "default", "x")).toThrow('pods "x" not found');
  });
});

describe("help-data.ts agrees with the command table", () => {
  const paths = commandPaths(rootCommand, []);

  it.each(paths.map(({ path }) => [path.join(" ") || "kubectl", path] as const))("`kubectl %s --help` has a help text", (_name, path) => {
    expect(commandHelpText(path)).toBeDefined();
  });

  // `options --help` prints nothing in kubectl v1.34.5; every other command lists its flags under Options:.
  it.each(paths.filter(({ command }) => command.flags.length > 0).map(({ path, command }) => [path.join(" "), path, command] as const))(
    "every flag of `kubectl %s` in command-table.ts appears in its help with the same default",
    (_name, path, command) => {
      const text = commandHelpText(path) ?? "";
      // pflag hides deprecated flags from help (MarkDeprecated sets Hidden).
      for (const flag of command.flags.filter((f) => f.deprecated === undefined)) {
        const prefix = flag.shorthand ? `    -${flag.shorthand}, --${flag.name}=` : `    --${flag.name}=`;
        // Only pflag's own "string" type is quoted; custom values the table calls strings (Tristate, aggregation-rule's map) are not.
        const shown = [`\n${prefix}${flag.defaultValue}:\n\t`, `\n${prefix}'${flag.defaultValue}':\n\t`];
        const found = flag.type === "string" ? shown.some((s) => text.includes(s)) : text.includes(shown[0] ?? "");
        expect(found, `${flag.name} in:\n${text}`).toBe(true);
      }
    },
  );

  it("`kubectl options` lists the workstation's cache directory under HOME=/root", () => {
    expect(globalOptionsText()).toContain("    --cache-dir='/root/.kube/cache':\n\tDefault cache directory\n\n");
  });
});

describe("help entries round-trip", () => {
  const footer = 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';
  const cases: [string, string][] = [
    ["a text without options keeps its footer", `Short.\n\nUsage:\n  kubectl x [options]\n\n${footer}`],
    ["a text with two options shares them", `Short.\n\nOptions:\n    --a=false:\n\tUsage a.\n\n    -o, --output='':\n\tOne.\n\tTwo.\n\nUsage:\n  kubectl x [options]\n\n${footer}`],
    ["`kubectl options` has its own header and no footer", "The following options can be passed to any command:\n\n    --as='':\n\tUser.\n\n"],
    ["an empty text (`kubectl options --help`) stays empty", ""],
  ];
  it.each(cases)("%s", (_name, text) => {
    const blocks: string[] = [];
    const entry = splitHelpText(text, (b) => blocks.push(b) - 1, blocks);
    expect(joinHelpEntry(entry, blocks)).toBe(text);
  });
});
