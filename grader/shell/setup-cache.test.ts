// A saved setup must leave the cluster and workstation exactly as running the
// setup does: for every task of the bank whose setup is saved, each answer it
// lists then lives the task's horizon, and the whole state (objects with their
// resourceVersions, clock, PRNG, files with their times) is compared.
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { loadTaskBank, defaultHorizonSeconds, type Answer, type Task } from "../tasks";
import { applyManifests } from "./manifest-answer";
import { afterSetup, forgetSetups, runSetupLive, savedSetupCount, type AfterSetup } from "./setup-cache";

const bank = loadTaskBank(path.resolve(import.meta.dirname, "../../tasks"));
const tasks = bank.tasks.map((t) => t.task);

const treeJson = (start: AfterSetup) => JSON.stringify(start.workstation.tree(), (_k, v: unknown) => (v instanceof Map ? [...v] : v));

/** The state after the setup (files with their times), then after the answer and the horizon (objects, clock, PRNG, files). */
async function finalState(start: AfterSetup, task: Task, answer: Answer | undefined): Promise<string> {
  const { cluster, workstation } = start;
  // File times after the answer are not compared: just-bash sets some from the real clock (JustBashFs.utimes).
  const afterSetup = { tree: treeJson(start), cluster: cluster.snapshot(), setup: start.setup };
  if (answer?.manifests !== undefined) await applyManifests(workstation, answer.manifests, "/root/answer.yaml");
  else if (answer) await workstation.run(answer.transcript ?? "");
  await cluster.settleAsync({ forMs: (task.horizon ?? defaultHorizonSeconds) * 1000 });
  return JSON.stringify({ afterSetup, cluster: cluster.snapshot(), files: workstation.files(), kubeconfig: workstation.kubeconfig });
}

describe("saved setups", () => {
  beforeEach(() => forgetSetups());

  it("saves the setups that leave no pod, Event or timer, and runs the others live", async () => {
    await afterSetup("kubectl create namespace shop", 1, undefined);
    expect(savedSetupCount()).toBe(1);
    await afterSetup("kubectl run web --image=nginx", 1, undefined);
    await afterSetup("kubectl run web --image=nginx; kubectl delete pod web", 1, undefined);
    expect(savedSetupCount()).toBe(1);
  });

  it("gives the same state as a live setup, file times included, on a hit as on a miss", async () => {
    const setup = "kubectl create namespace shop\nmkdir -p /opt/course/1\necho hi > /opt/course/1/a\nkubectl config set-context --current --namespace shop";
    const live = await finalState(await runSetupLive(setup, 1, undefined), tasks[0], undefined);
    expect(await finalState(await afterSetup(setup, 1, undefined), tasks[0], undefined)).toBe(live);
    expect(await finalState(await afterSetup(setup, 1, undefined), tasks[0], undefined)).toBe(live);
    expect(savedSetupCount()).toBe(1);
  });

  it("gives every answer of every saved task of the bank the state a live setup gives", { timeout: 120_000 }, async () => {
    let compared = 0;
    for (const task of tasks) {
      forgetSetups();
      await afterSetup(task.setup, 1, task.topology);
      if (savedSetupCount() === 0) continue;
      for (const answer of [task.solution, ...task.alternatives, ...task.nearMisses, undefined]) {
        const live = await finalState(await runSetupLive(task.setup, 1, task.topology), task, answer);
        const saved = await finalState(await afterSetup(task.setup, 1, task.topology), task, answer);
        expect(saved, `${task.id}: ${answer ? JSON.stringify(answer).slice(0, 60) : "untouched"}`).toBe(live);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
