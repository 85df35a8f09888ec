// grade() end to end on a small task: the reference answer scores full marks,
// the untouched setup scores zero, a near miss fails exactly its check, bad
// input gives a result with kubectl's message instead of a crash, and the same
// answer gives the same result byte for byte.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { badAnswers, thousandDocuments } from "./bench/bad-answers";
import { grade } from "./grade";
import { forgetSetups, savedSetupCount } from "./shell/setup-cache";
import { loadTaskBank, taskSchema, type Task } from "./tasks";

const task: Task = taskSchema.parse({
  uuid: "5b0f8a44-2b5e-4f7e-9a51-0d2c7c1e9a10",
  id: "application-deployment/labelled-config",
  title: "A labelled ConfigMap",
  domain: "Application Deployment",
  points: 4,
  suggestedMinutes: 3,
  difficulty: "easy",
  tags: ["configmap"],
  setup: "kubectl create namespace shop",
  prompt: "Create a ConfigMap `settings` in namespace `shop` with `mode=fast`, labelled `app=shop`.",
  checks: [
    {
      id: "exists",
      name: "ConfigMap settings exists in shop",
      points: 1,
      expect: { apiVersion: "v1", kind: "ConfigMap", namespace: "shop", name: "settings", match: {} },
    },
    {
      id: "data",
      name: "settings has mode=fast",
      points: 2,
      expect: { apiVersion: "v1", kind: "ConfigMap", namespace: "shop", name: "settings", match: { data: { mode: "fast" } } },
    },
    {
      id: "label",
      name: "settings is labelled app=shop",
      points: 1,
      expect: { apiVersion: "v1", kind: "ConfigMap", namespace: "shop", name: "settings", match: { metadata: { labels: { app: "shop" } } } },
    },
  ],
  solution: {
    manifests: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: shop\n  labels:\n    app: shop\ndata:\n  mode: fast\n",
  },
  alternatives: [
    {
      description: "imperative commands",
      transcript: "kubectl -n shop create configmap settings --from-literal=mode=fast\nkubectl -n shop label cm settings app=shop\n",
    },
  ],
  nearMisses: [
    {
      description: "the label is missing",
      manifests: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: shop\ndata:\n  mode: fast\n",
      failsChecks: ["label"],
    },
  ],
  explanation: "A ConfigMap holds configuration as key-value pairs.",
});

describe("grade", () => {
  it("gives the reference answer full marks", async () => {
    const r = await grade(task, task.solution);
    expect(r.checks.map((c) => [c.id, c.passed, c.message])).toEqual([
      ["exists", true, ""],
      ["data", true, ""],
      ["label", true, ""],
    ]);
    expect([r.score, r.maxScore]).toEqual([4, 4]);
    expect(r.answer.stdout).toBe("configmap/settings created\n");
    expect(r.setupError).toBeUndefined();
  });

  it("gives the imperative alternative full marks too", async () => {
    const r = await grade(task, task.alternatives[0]);
    expect([r.score, r.maxScore]).toEqual([4, 4]);
  });

  it("scores the untouched setup zero on every check", async () => {
    const r = await grade(task, undefined);
    expect(r.checks.map((c) => c.passed)).toEqual([false, false, false]);
    expect(r.score).toBe(0);
  });

  it("fails exactly the check a near miss names, with expected vs actual", async () => {
    const r = await grade(task, task.nearMisses[0]);
    expect(r.checks.filter((c) => !c.passed).map((c) => c.id)).toEqual(["label"]);
    expect(r.score).toBe(3);
  });

  it("reports an answer that does not parse with kubectl's message and still runs the checks", async () => {
    const r = await grade(task, { manifests: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [settings\n" });
    expect(r.answer.exitCode).not.toBe(0);
    expect(r.answer.stderr).toContain("/root/answer.yaml");
    expect(r.checks).toHaveLength(3);
    expect(r.score).toBe(0);
  });

  it("reports an unknown field as the API server does", async () => {
    const r = await grade(task, { manifests: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: shop\ndatta:\n  mode: fast\n" });
    expect(r.answer.stderr).toContain('strict decoding error: unknown field "datta"');
  });

  it("gives the same result byte for byte for the same answer", async () => {
    const a = await grade(task, task.solution);
    const b = await grade(task, task.solution);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

// Issue 6's bad inputs: each gives a result with a message a person understands
// (kubectl's own where kubectl would answer), the checks still run, nothing throws.
describe("grade on bad input", () => {
  for (const c of badAnswers) {
    it(`returns a result with a clear message for ${c.name}`, async () => {
      const r = await grade(task, c.answer);
      expect(r.answer.exitCode).not.toBe(0);
      expect(r.answer.stderr).toContain(c.stderr);
      expect(r.checks).toHaveLength(3);
      expect(r.score).toBe(0);
    });
  }

  it("applies 1,000 documents and grades what they made", async () => {
    const r = await grade(task, { manifests: `${thousandDocuments()}---\n${task.solution.manifests}` });
    expect(r.answer.exitCode).toBe(0);
    expect(r.answer.stdout.split("\n").filter((l) => l.endsWith(" created"))).toHaveLength(1001);
    expect(r.score).toBe(4);
  });

  it("keeps a runaway transcript's output bounded in the result", async () => {
    const r = await grade(task, { transcript: "while true; do echo 0123456789012345678901234567890123456789; done" });
    expect(r.answer.stdout.length).toBeLessThan(70 * 1024);
    expect(r.answer.stdout).toMatch(/… \(\d+ more characters\)$/);
  });
});

// A saved setup (shell/setup-cache.ts) must not change any result: each task of
// the bank, its reference answer and its untouched setup, graded with the setup
// run live, on a first grade (the setup saved) and on a second (restored).
describe("grade with saved setups", () => {
  it("gives every task of the bank the result a live setup gives, byte for byte", { timeout: 120_000 }, async () => {
    forgetSetups();
    const bank = loadTaskBank(path.resolve(import.meta.dirname, "../tasks"));
    for (const { task: t } of bank.tasks) {
      for (const answer of [t.solution, undefined]) {
        const live = JSON.stringify(await grade(t, answer, { reuseSetup: false }));
        expect(JSON.stringify(await grade(t, answer)), t.id).toBe(live);
        expect(JSON.stringify(await grade(t, answer)), t.id).toBe(live);
      }
    }
    expect(savedSetupCount()).toBeGreaterThanOrEqual(15);
  });
});
