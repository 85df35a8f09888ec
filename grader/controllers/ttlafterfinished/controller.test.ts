// ttlSecondsAfterFinished, as pkg/controller/ttlafterfinished/ttlafterfinished_controller.go deletes Jobs.
import { describe, expect, it } from "vitest";
import { clusterWithComponents } from "../../testing/cluster-with-components";
import { ScriptedKubelet } from "../../testing/scripted-kubelet";
import { JobController, jobsGVR } from "../job/controller";
import { TTLAfterFinishedController } from "./controller";

const podsGVR = { group: "", version: "v1", resource: "pods" };

describe("a Job with ttlSecondsAfterFinished 30 whose pod succeeds after 10 s", () => {
  const c = clusterWithComponents([new JobController(), new TTLAfterFinishedController(), new ScriptedKubelet([{ match: () => true, runForMs: 10_000 }])], 6);
  c.api.create({
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { name: "once", namespace: "default" },
    spec: { ttlSecondsAfterFinished: 30, template: { spec: { restartPolicy: "Never", containers: [{ name: "w", image: "busybox:1.36" }] } } },
  });

  it("is still there (Complete) 29 s after it finished", () => {
    c.settle({ forMs: 13_000 + 29_000 }); // finished at 13 s: 2 s start + 10 s run + 1 s batch
    const job = c.api.get(jobsGVR, "default", "once");
    expect((job.status as { completionTime: string }).completionTime).toBe("2026-01-01T00:00:13Z");
  });

  it("is deleted with its pod once 30 s have passed", () => {
    c.settle({ forMs: 1000 });
    expect(() => c.api.get(jobsGVR, "default", "once")).toThrow('jobs.batch "once" not found');
    expect(c.api.list(podsGVR, { namespace: "default" }).items).toHaveLength(0);
  });

  it("leaves a finished Job without a TTL alone", () => {
    const d = clusterWithComponents([new JobController(), new TTLAfterFinishedController(), new ScriptedKubelet([{ match: () => true, runForMs: 1000 }])], 6);
    d.api.create({
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: "keep", namespace: "default" },
      spec: { template: { spec: { restartPolicy: "Never", containers: [{ name: "w", image: "busybox:1.36" }] } } },
    });
    d.settle({ forMs: 10 * 60_000 });
    expect(d.api.get(jobsGVR, "default", "keep").metadata.name).toBe("keep");
  });
});
