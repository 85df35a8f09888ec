import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadTaskBank } from "./load-task-bank";
import { formatProblem } from "./load-problem";
import { parseTaskText } from "./parse-task";
import { maxYamlBytes } from "./bounded-yaml";

const validTask = (id: string, uuid: string, domain = "Application Design and Build"): string => `
uuid: ${uuid}
id: ${id}
title: Add a logging sidecar
domain: ${domain}
points: 6
suggestedMinutes: 8
difficulty: medium
setup: kubectl create namespace shop
prompt: |
  Add a container \`log\` to the pod \`web\`.
checks:
  - id: sidecar
    name: The pod web has a container log running busybox
    points: 2
    expect:
      kind: Pod
      namespace: shop
      name: web
      match:
        spec:
          containers:
            - name: log
              image: busybox:1.36
  - id: answer-file
    name: The pod names are written to /opt/course/1/pods.txt
    points: 1
    file:
      path: /opt/course/1/pods.txt
      contains: web
solution:
  manifests: |
    apiVersion: v1
    kind: Pod
    metadata: {name: web, namespace: shop}
    spec:
      containers: [{name: log, image: "busybox:1.36"}]
nearMisses:
  - description: the wrong image
    manifests: |
      apiVersion: v1
      kind: Pod
      metadata: {name: web, namespace: shop}
      spec:
        containers: [{name: log, image: "busybox:1.35"}]
    failsChecks: [sidecar, answer-file]
explanation: See https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/
`;

const uuidA = "0b7c2a52-8d5e-4c1f-9a43-6f2d1e8b7a01";
const uuidB = "5e1d9c3b-2a7f-4e8d-b6c4-1f0a9e3d2c02";

// An alias bomb: each level doubles nine times, 9^9 values once expanded.
const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ..."bcdefghi".split("").map((k, i) => {
    const prev = "abcdefghi"[i];
    return `${k}: &${k} [${Array(9).fill(`*${prev}`).join(",")}]`;
  }),
].join("\n");

describe("parseTaskText: one task file", () => {
  it("accepts a valid task and fills the defaults (horizon 300 s, no tags, no alternatives)", () => {
    const parsed = parseTaskText(validTask("application-design-and-build/sidecar", uuidA), "t.yaml", "application-design-and-build/sidecar");
    expect(parsed.problems).toEqual([]);
    expect(parsed.value?.horizon).toBe(300);
    expect(parsed.value?.tags).toEqual([]);
    expect(parsed.value?.alternatives).toEqual([]);
  });

  it("refuses an alias bomb with a clear message instead of expanding it", () => {
    const parsed = parseTaskText(aliasBomb, "bomb.yaml");
    expect(parsed.problems.map(formatProblem)).toEqual([
      "bomb.yaml: refused: the YAML expands to more than 100000 values through its aliases (an alias bomb?)",
    ]);
  });

  it("refuses a file with more than 100 aliases", () => {
    const text = `a: &a x\nb: [${Array(101).fill("*a").join(",")}]\n`;
    expect(parseTaskText(text, "many.yaml").problems.map(formatProblem)).toEqual([
      "many.yaml: refused: more than 100 aliases (an alias bomb?)",
    ]);
  });

  it("refuses text over 1 MiB before parsing it", () => {
    const text = `prompt: "${"x".repeat(maxYamlBytes)}"\n`;
    expect(parseTaskText(text, "big.yaml").problems.map(formatProblem)).toEqual([
      `big.yaml: file is ${maxYamlBytes + 11} bytes; task bank files are limited to 1048576 bytes (1 MiB)`,
    ]);
  });

  it("reports a YAML syntax error with js-yaml's line and column", () => {
    expect(parseTaskText("title: [a,\n", "broken.yaml").problems.map(formatProblem)).toEqual([
      "broken.yaml: invalid YAML: deficient indentation (2:1)",
    ]);
  });

  it("reports a file that is not a mapping (binary garbage reads as one plain string)", () => {
    expect(parseTaskText("\u0001\u0002garbage", "bin.yaml").problems.map(formatProblem)).toEqual([
      "bin.yaml: invalid YAML: the stream contains non-printable characters (1:1)",
    ]);
    expect(parseTaskText("just text", "text.yaml").problems.map(formatProblem)).toEqual([
      "text.yaml: expected a mapping of fields at the top of the file",
    ]);
  });
});

describe("loadTaskBank: every problem of every file, with file and field", () => {
  let root = "";

  beforeAll(() => {
    const base = mkdtempSync(path.join(tmpdir(), "kubedojo-bank-"));
    root = path.join(base, "tasks");
    const write = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), text);
    };
    write("application-design-and-build/sidecar/task.yaml", validTask("application-design-and-build/sidecar", uuidA));
    // Several problems in one file: a missing kind, an unknown field, two assertions, an unknown near-miss check,
    // a wrong id and a uuid already taken.
    write(
      "application-design-and-build/broken/task.yaml",
      validTask("application-design-and-build/brokn", uuidA)
        .replace("      kind: Pod\n      namespace: shop\n", "      namespace: shop\n")
        .replace("difficulty: medium", "difficulty: medium\ncolour: blue")
        .replace("      contains: web", "      contains: web\n    script: exit 0")
        .replace("failsChecks: [sidecar, answer-file]", "failsChecks: [sidecar, side-car]"),
    );
    write("services-and-networking/wrong-domain/task.yaml", validTask("services-and-networking/wrong-domain", uuidB));
    write("application-deployment/empty/README.md", "no task here");
    write("networking/misplaced/task.yaml", validTask("networking/misplaced", uuidB));
    write("application-deployment/bomb/task.yaml", aliasBomb);
    write("application-deployment/huge/task.yaml", `prompt: "${"x".repeat(maxYamlBytes + 1)}"\n`);
    write("exams/mock-1.yaml", "id: mock-1\ntitle: Mock 1\ndurationMinutes: 120\npassPercent: 66\ntasks: [application-design-and-build/sidecar, application-deployment/rollback]\n");
    write("exams/mock-2.yaml", "id: mock-two\ntitle: Mock 2\ndurationMinutes: 120\npassPercent: 166\ntasks: []\n");
    write("schema/task.schema.json", "{}");
  });

  afterAll(() => {
    if (root) rmSync(path.dirname(root), { recursive: true, force: true });
  });

  it("collects all problems at once, sorted by file as the bank is walked, then the rules across files", () => {
    const bank = loadTaskBank(root);
    expect(bank.problems.map(formatProblem)).toEqual([
      'tasks/application-deployment/bomb/task.yaml: refused: the YAML expands to more than 100000 values through its aliases (an alias bomb?)',
      "tasks/application-deployment/empty: no task.yaml in this task folder",
      `tasks/application-deployment/huge/task.yaml: file is ${maxYamlBytes + 12} bytes; task bank files are limited to 1048576 bytes (1 MiB)`,
      "tasks/application-design-and-build/broken/task.yaml: checks[0].expect.kind: Required",
      "tasks/application-design-and-build/broken/task.yaml: checks[1]: has file and script; a check makes exactly one assertion",
      "tasks/application-design-and-build/broken/task.yaml: colour: Unknown field",
      'tasks/application-design-and-build/broken/task.yaml: nearMisses[0].failsChecks[1]: no check has the id "side-car"',
      "tasks/networking: not a CKAD domain folder; expected one of application-design-and-build, application-deployment, application-observability-and-maintenance, application-environment-configuration-and-security, services-and-networking",
      'tasks/services-and-networking/wrong-domain/task.yaml: domain: tasks of "Application Design and Build" live in tasks/application-design-and-build/, not in tasks/services-and-networking/',
      "tasks/exams/mock-2.yaml: passPercent: Too big: expected number to be <=100",
      "tasks/exams/mock-2.yaml: tasks: Too small: expected array to have >=1 items",
      'tasks/exams/mock-1.yaml: tasks[1]: no task has the id "application-deployment/rollback"',
    ]);
    expect(bank.tasks.map((t) => t.task.id)).toEqual(["application-design-and-build/sidecar"]);
    expect(bank.exams.map((e) => e.exam.id)).toEqual(["mock-1"]);
  });

  it("reports an id that is not the folder path and a uuid taken by another task", () => {
    const other = path.join(root, "application-environment-configuration-and-security/copy/task.yaml");
    mkdirSync(path.dirname(other), { recursive: true });
    writeFileSync(
      other,
      validTask("application-environment-configuration-and-security/kopy", uuidA, "Application Environment, Configuration and Security"),
    );
    const fixed = validTask("application-environment-configuration-and-security/copy", uuidA, "Application Environment, Configuration and Security");
    const problemsOf = () => loadTaskBank(root).problems.map(formatProblem).filter((p) => p.includes("/copy/"));
    expect(problemsOf()).toEqual([
      'tasks/application-environment-configuration-and-security/copy/task.yaml: id: expected "application-environment-configuration-and-security/copy" (the folder path), got "application-environment-configuration-and-security/kopy"',
    ]);
    writeFileSync(other, fixed);
    expect(problemsOf()).toEqual([
      "tasks/application-environment-configuration-and-security/copy/task.yaml: uuid: 0b7c2a52-8d5e-4c1f-9a43-6f2d1e8b7a01 is already the uuid of tasks/application-design-and-build/sidecar/task.yaml",
    ]);
    rmSync(path.dirname(other), { recursive: true });
  });
});
