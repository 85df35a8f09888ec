// Indexed Jobs: pkg/controller/job/indexed_job_utils.go (intervals, pending
// indexes, generateName, env) and a Job run on a fresh cluster.
import { describe, it, expect } from "vitest";
import { createCluster } from "../../cluster/cluster";
import { firstPendingIndexes, formatIntervals, generateNameWithIndex, parseIndexes, withIndexes } from "./indexed";
import { jobsGVR } from "./controller";

describe("completed index intervals (orderedIntervals.String, parseIndexesFromString)", () => {
  const cases: [string, number[], string][] = [
    ["writes a single index alone", [3], "3"],
    ["writes two neighbours with a comma, not a dash", [1, 2], "1,2"],
    ["writes three or more neighbours as a range", [0, 1, 2], "0-2"],
    ["joins ranges and singles in order", [7, 0, 1, 2, 4, 5], "0-2,4,5,7"],
  ];
  for (const [name, indexes, want] of cases) it(name, () => expect(formatIntervals(withIndexes([], indexes))).toBe(want));

  it("parses what it writes, merging neighbours and cutting at completions", () => {
    expect(parseIndexes("0-2,4,5,7", 6)).toEqual([
      { first: 0, last: 2 },
      { first: 4, last: 5 },
    ]);
    expect(parseIndexes("x,1-3", 10)).toEqual([{ first: 1, last: 3 }]);
  });

  it("picks the lowest indexes that neither succeeded nor run (firstPendingIndexes)", () => {
    const running = [{ apiVersion: "v1", kind: "Pod", metadata: { annotations: { "batch.kubernetes.io/job-completion-index": "1" } } }];
    expect(firstPendingIndexes(withIndexes([], [0, 3]), running, 3, 6)).toEqual([2, 4, 5]);
    expect(firstPendingIndexes([], [], 5, 2)).toEqual([0, 1]);
  });

  it("names pods <job>-<index>- and cuts long Job names to fit 58 characters (podGenerateNameWithIndex)", () => {
    expect(generateNameWithIndex("sum", 2)).toBe("sum-2-");
    expect(generateNameWithIndex("j".repeat(60), 12)).toBe(`${"j".repeat(54)}-12-`);
  });
});

describe("an Indexed Job of 3 completions, 2 at a time, on a fresh cluster", () => {
  const c = createCluster();
  c.api.create({
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { name: "sum", namespace: "default" },
    spec: {
      completions: 3,
      parallelism: 2,
      completionMode: "Indexed",
      template: { spec: { restartPolicy: "Never", containers: [{ name: "work", image: "busybox:1.36", command: ["sh", "-c", "echo index $JOB_COMPLETION_INDEX"] }] } },
    },
  });
  c.settle({ forMs: 120_000 });
  const pods = c.api.list({ group: "", version: "v1", resource: "pods" }, { namespace: "default", labelSelector: "batch.kubernetes.io/job-name=sum" }).items;
  const byIndex = (i: number) => pods.find((p) => p.metadata.annotations?.["batch.kubernetes.io/job-completion-index"] === String(i))!;

  it("completes with completedIndexes 0-2 and succeeded 3", () => {
    const status = c.api.get(jobsGVR, "default", "sum").status as Record<string, unknown>;
    expect(status).toMatchObject({ completedIndexes: "0-2", succeeded: 3 });
    expect((status.conditions as { type: string }[]).map((x) => x.type)).toEqual(["SuccessCriteriaMet", "Complete"]);
  });

  it("gives each pod its index as annotation and label, the hostname <job>-<index> and generateName <job>-<index>-", () => {
    expect(pods).toHaveLength(3);
    const p = byIndex(2);
    expect(p.metadata.generateName).toBe("sum-2-");
    expect(p.metadata.name).toMatch(/^sum-2-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(p.metadata.labels?.["batch.kubernetes.io/job-completion-index"]).toBe("2");
    expect((p.spec as { hostname?: string }).hostname).toBe("sum-2");
  });

  it("appends JOB_COMPLETION_INDEX read from the index label, which the container sees", () => {
    const env = (byIndex(1).spec as { containers: { env: unknown[] }[] }).containers[0].env;
    expect(env).toEqual([{ name: "JOB_COMPLETION_INDEX", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "metadata.labels['batch.kubernetes.io/job-completion-index']" } } }]);
    expect(c.kubelet?.logs("default", byIndex(1).metadata.name ?? "")).toBe("index 1\n");
  });
});
