// `npm test`: the whole suite, in order — lint, type-check, unit tests,
// integration tests on a real PostgreSQL, the production build, and the
// end-to-end tests in Chromium. Every step runs; any failure fails the run.
// It ends with one line `N passed, M failed` over all the tests that ran.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const results = path.join(root, "test-results");
rmSync(path.join(results, "counts"), { recursive: true, force: true });
mkdirSync(path.join(results, "counts"), { recursive: true });
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const countFile = (name: string) => path.join(results, "counts", `${name}.json`);

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Reads how many tests passed and failed from the step's JSON report. */
  counts?: () => { passed: number; failed: number };
  /** Takes the counts from the step's last `N passed, M failed` line instead (its output is echoed). */
  countsFromOutput?: boolean;
  needs?: string;
}

function vitestCounts(name: string) {
  return () => {
    const r = JSON.parse(readFileSync(countFile(name), "utf8")) as { numPassedTests: number; numFailedTests: number };
    return { passed: r.numPassedTests, failed: r.numFailedTests };
  };
}

const steps: Step[] = [
  { name: "lint", command: [bin("eslint"), ".", "--max-warnings=0"] },
  { name: "typecheck (app)", command: [bin("tsc"), "--noEmit", "-p", "tsconfig.json"] },
  { name: "typecheck (grader)", command: [bin("tsc"), "--noEmit", "-p", "grader/tsconfig.json"] },
  {
    name: "unit",
    command: [bin("vitest"), "run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${countFile("unit")}`],
    counts: vitestCounts("unit"),
  },
  {
    name: "integration",
    command: [bin("vitest"), "run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${countFile("integration")}`],
    counts: vitestCounts("integration"),
  },
  {
    // Every task of the bank proves itself: solution and alternatives full marks, near misses, untouched setup zero.
    name: "task bank",
    command: [bin("tsx"), "grader/cli/process-entry.ts", "tasks", "check", "tasks"],
    countsFromOutput: true,
  },
  { name: "build", command: [bin("next"), "build"], env: { NEXT_TELEMETRY_DISABLED: "1" } },
  {
    name: "e2e",
    needs: "build",
    command: [bin("playwright"), "test", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: countFile("e2e") },
    counts: () => {
      const r = JSON.parse(readFileSync(countFile("e2e"), "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
      return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
    },
  },
];

const failedSteps: string[] = [];
let passed = 0;
let failed = 0;
for (const step of steps) {
  if (step.needs && failedSteps.includes(step.needs)) {
    console.log(`\n=== ${step.name}: skipped, ${step.needs} failed`);
    failedSteps.push(step.name);
    continue;
  }
  console.log(`\n=== ${step.name}: ${step.command.map((c) => path.relative(root, c) || c).join(" ")}`);
  const started = performance.now();
  const run = spawnSync(step.command[0], step.command.slice(1), {
    stdio: ["inherit", step.countsFromOutput ? "pipe" : "inherit", "inherit"],
    env: { ...process.env, ...step.env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  // A failed test fails its step even when the runner's exit status says otherwise.
  let ok = run.status === 0;
  if (step.countsFromOutput) {
    process.stdout.write(run.stdout ?? "");
    const m = /(\d+) passed, (\d+) failed\s*$/.exec(run.stdout ?? "");
    passed += m ? Number(m[1]) : 0;
    failed += m ? Number(m[2]) : 1;
    if (!m || Number(m[2]) > 0) ok = false;
  } else if (step.counts && existsSync(countFile(step.name))) {
    const c = step.counts();
    passed += c.passed;
    failed += c.failed;
    if (c.failed > 0) ok = false;
    console.log(`=== ${step.name}: ${c.passed} passed, ${c.failed} failed`);
  } else if (step.counts) {
    failed += 1; // the runner died before reporting
    ok = false;
  }
  if (!ok) failedSteps.push(step.name);
  console.log(`=== ${step.name}: ${ok ? "ok" : "FAILED"} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

console.log(failedSteps.length ? `\nFailed steps: ${failedSteps.join(", ")}` : "\nAll steps passed.");
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
