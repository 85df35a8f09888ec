import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseKubectlArgs, type ParsedCommand } from "./parse-args";
import { commandLines, splitShellWords } from "./testdata/shell-words";
import type { KubectlUsageError } from "./usage-error";

const testdata = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), "utf8");

function parse(line: string): ParsedCommand | KubectlUsageError {
  return parseKubectlArgs(splitShellWords(line));
}

function expectCommand(line: string): ParsedCommand {
  const result = parse(line);
  if (result.kind !== "command") throw new Error(`${line}: ${result.stderr}`);
  return result;
}

describe("parseKubectlArgs accepts the CKAD command lines kubectl v1.34 accepts", () => {
  // testdata/command-lines.results records, per line, what the real binary said (regenerate.sh).
  const verdicts = new Map(
    testdata("command-lines.results")
      .split("\n")
      .filter(Boolean)
      .map((row) => row.split("\t") as [string, string]),
  );
  const lines = commandLines(testdata("command-lines.txt"));

  it("holds at least 200 command lines, each checked against the real binary", () => {
    expect(lines.length).toBeGreaterThanOrEqual(200);
    for (const line of lines) expect(verdicts.get(line), line).toBe("ok");
  });

  it.each(lines)("parses `kubectl %s` without a usage error", (line) => {
    expect(parse(line).kind).toBe("command");
  });
});

describe("parseKubectlArgs refuses command lines exactly as kubectl v1.34 does (testdata/parse-errors.golden)", () => {
  const cases = testdata("parse-errors.golden")
    .split("$ kubectl ")
    .filter(Boolean)
    .map((block) => {
      const lines = block.replace(/\n+$/, "").split("\n");
      const exit = Number((lines.pop() ?? "").replace("exit: ", ""));
      return { line: lines[0] ?? "", stderr: lines.slice(1).join("\n") + "\n", exit };
    });
  it.each(cases)("`kubectl $line` prints kubectl's stderr and exit code", ({ line, stderr, exit }) => {
    const result = parse(line);
    expect(result.kind).toBe("usage-error");
    if (result.kind === "usage-error") {
      expect(result.stderr).toBe(stderr);
      expect(result.exitCode).toBe(exit);
    }
  });
});

describe("parseKubectlArgs finds the command, flags and arguments as cobra and pflag do", () => {
  const cases: { name: string; line: string; expected: Partial<ParsedCommand>; flags?: Record<string, unknown> }[] = [
    {
      name: "an alias resolves to the command's own name and positional args stay in order",
      line: "create deploy web --image=nginx",
      expected: { path: ["create", "deployment"], commandPath: "kubectl create deployment", args: ["web"] },
      flags: { image: ["nginx"], replicas: 1 },
    },
    {
      name: "global flags may come before the verb, and their value is not taken for a command",
      line: "-n dev --context kind-kind get pods",
      expected: { path: ["get"], args: ["pods"], changed: ["namespace", "context"] },
      flags: { namespace: "dev", context: "kind-kind" },
    },
    {
      name: "a shorthand value may be attached (-oyaml) or given with = (-o=json)",
      line: "get pods -oyaml",
      expected: { args: ["pods"] },
      flags: { output: "yaml" },
    },
    {
      name: "-o=json strips the equals sign as pflag does for shorthands",
      line: "get pods -o=json",
      expected: {},
      flags: { output: "json" },
    },
    {
      name: "bool shorthands cluster (-it) and a bool takes no separate value",
      line: "exec -it web -- sh -c 'echo hi'",
      expected: { path: ["exec"], args: ["web", "sh", "-c", "echo hi"], argsLenAtDash: 1 },
      flags: { stdin: true, tty: true },
    },
    {
      name: "everything after -- is positional, even what looks like a flag",
      line: "run bb --image=busybox --restart=Never -- sleep --foo 10",
      expected: { args: ["bb", "sleep", "--foo", "10"], argsLenAtDash: 1 },
      flags: { restart: "Never" },
    },
    {
      name: "a bool flag accepts =false",
      line: "delete pod x --wait=false --force",
      expected: {},
      flags: { wait: false, force: true, "grace-period": -1 },
    },
    {
      name: "a stringSlice splits on commas and accumulates across repeats",
      line: "create role r --verb=get,list --verb watch --resource=pods",
      expected: {},
      flags: { verb: ["get", "list", "watch"], resource: ["pods"] },
    },
    {
      name: "a stringArray keeps commas inside one value",
      line: "run app --image=nginx --env=LIST=a,b --env X=1",
      expected: {},
      flags: { env: ["LIST=a,b", "X=1"] },
    },
    {
      name: "a quoted CSV field keeps its comma in a stringSlice",
      line: `create role r --verb='"get,list"' --resource=pods`,
      expected: {},
      flags: { verb: ["get,list"] },
    },
    {
      name: "durations are held in milliseconds",
      line: "wait --for=delete pod/x --timeout=1m30s",
      expected: {},
      flags: { timeout: 90_000, for: "delete" },
    },
    {
      name: "a bare --dry-run takes its NoOptDefVal and does not swallow the next word",
      line: "create ns dev --dry-run -o yaml",
      expected: { args: ["dev"] },
      flags: { "dry-run": "unchanged", output: "yaml" },
    },
    {
      name: "a bare --cascade means background",
      line: "delete deploy web --cascade",
      expected: {},
      flags: { cascade: "background" },
    },
    {
      name: "an underscore in a flag name is normalised to a dash silently (component-base/cli/run.go WordSepNormalizeFunc; v1.34.5 warns nothing)",
      line: "get pods --all_namespaces",
      expected: { warnings: [] },
      flags: { "all-namespaces": true },
    },
    {
      name: "a deprecated flag still parses and warns as pflag does",
      line: "autoscale deploy web --max=3 --cpu-percent=50",
      expected: { warnings: ["Flag --cpu-percent has been deprecated, Use --cpu with percentage or resource quantity format (e.g., '70%' for utilization or '500m' for milliCPU)."] },
      flags: { "cpu-percent": 50, max: 3 },
    },
    {
      name: "an int flag takes Go's base prefixes (strconv.ParseInt base 0)",
      line: "scale deploy web --replicas=0x10",
      expected: {},
      flags: { replicas: 16 },
    },
    {
      name: "a later value of a string flag wins",
      line: "get pods -n a -n b",
      expected: {},
      flags: { namespace: "b" },
    },
    {
      name: "config set-context's own --namespace shadows the global one",
      line: "config set-context --current --namespace=dev",
      expected: { path: ["config", "set-context"] },
      flags: { current: true, namespace: "dev" },
    },
    {
      name: "-h asks for the command's help, exit code 0",
      line: "get pods -h",
      expected: { help: { exitCode: 0 } },
    },
    {
      name: "a group command without a subcommand prints its help and exits 1 (DefaultSubCommandRun)",
      line: "rollout",
      expected: { path: ["rollout"], help: { exitCode: 1 } },
    },
    {
      name: "kubectl alone prints its help and exits 0",
      line: "",
      expected: { path: [], help: { exitCode: 0 } },
    },
  ];

  it.each(cases)("$name", ({ line, expected, flags }) => {
    const result = expectCommand(line);
    expect(result).toMatchObject(expected);
    for (const [name, value] of Object.entries(flags ?? {})) expect(result.flags[name], name).toEqual(value);
  });
});
