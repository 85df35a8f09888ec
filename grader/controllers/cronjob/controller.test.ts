// Scenario tests of the CronJob controller (pkg/controller/cronjob/cronjob_controllerv2.go,
// v1.34) with the Job controller and a kubelet stand-in: `kubectl get cronjobs,jobs` and events.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import type { Cluster } from "../../cluster/cluster";
import { clusterWithComponents } from "../../testing/cluster-with-components";
import { eventsAbout } from "../../testing/events";
import { kubectlGet } from "../../testing/kubectl-get";
import { ScriptedKubelet, type PodScript } from "../../testing/scripted-kubelet";
import { JobController } from "../job/controller";
import { CronJobController, cronJobsGVR } from "./controller";

type Json = Record<string, unknown>;
const jobsGVR = { group: "batch", version: "v1", resource: "jobs" };
const t0 = Date.UTC(2026, 0, 1);
const minute = 60_000;

function cronJob(name: string, spec: Json): KubeObject {
  return {
    apiVersion: "batch/v1",
    kind: "CronJob",
    metadata: { name, namespace: "default" },
    spec: {
      schedule: "*/5 * * * *",
      ...spec,
      jobTemplate: { spec: { template: { spec: { restartPolicy: "Never", containers: [{ name: "tick", image: "busybox:1.36" }] } } } },
    },
  };
}

function cluster(scripts: PodScript[], seed = 3): Cluster {
  return clusterWithComponents([new CronJobController(), new JobController(), new ScriptedKubelet(scripts)], seed);
}

const jobNames = (c: Cluster) => c.api.list(jobsGVR, { namespace: "default" }).items.map((j) => j.metadata.name);
const events = (c: Cluster, name: string) => eventsAbout(c.api, "default", "CronJob", name).map((e) => `${e.reason} ${e.message}`);
const everyPod = () => true;

describe("a CronJob `*/5 * * * *` over 16 virtual minutes (pods finish in 10 s)", () => {
  const c = cluster([{ match: everyPod, runForMs: 10_000 }]);
  c.api.create(cronJob("tick", {}));
  c.settle({ forMs: 16 * minute });

  it("creates 3 Jobs named <cronjob>-<scheduled minute since the epoch> (utils.go getJobName)", () => {
    const minutes = [5, 10, 15].map((m) => (t0 + m * minute) / minute);
    expect(jobNames(c)).toEqual(minutes.map((m) => `tick-${m}`));
    expect(minutes[0]).toBe(29453765);
  });

  it("stamps each Job with the scheduled time annotation and the CronJob as controller", () => {
    const job = c.api.get(jobsGVR, "default", "tick-29453765");
    expect(job.metadata.annotations).toEqual({ "batch.kubernetes.io/cronjob-scheduled-timestamp": "2026-01-01T00:05:00Z" });
    expect(job.metadata.ownerReferences?.[0]).toMatchObject({ kind: "CronJob", name: "tick", controller: true, blockOwnerDeletion: true });
  });

  it("keeps lastScheduleTime and lastSuccessfulTime, with no Job left active", () => {
    expect(c.api.get(cronJobsGVR, "default", "tick").status).toEqual({
      lastScheduleTime: "2026-01-01T00:15:00Z",
      lastSuccessfulTime: "2026-01-01T00:15:13Z",
    });
  });

  it("shows in kubectl get cronjobs and jobs as on a real cluster", () => {
    expect(kubectlGet(c, "cronjobs")).toBe(
      "NAME   SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\n" + "tick   */5 * * * *   <none>     False     0        60s             16m\n",
    );
    expect(kubectlGet(c, "jobs")).toBe(
      "NAME            STATUS     COMPLETIONS   DURATION   AGE\n" +
        "tick-29453765   Complete   1/1           13s        11m\n" +
        "tick-29453770   Complete   1/1           13s        6m\n" +
        "tick-29453775   Complete   1/1           13s        60s\n",
    );
  });

  it("records SuccessfulCreate and SawCompletedJob for each run", () => {
    expect(events(c, "tick")).toEqual([
      "SuccessfulCreate Created job tick-29453765",
      "SawCompletedJob Saw completed job: tick-29453765, condition: Complete",
      "SuccessfulCreate Created job tick-29453770",
      "SawCompletedJob Saw completed job: tick-29453770, condition: Complete",
      "SuccessfulCreate Created job tick-29453775",
      "SawCompletedJob Saw completed job: tick-29453775, condition: Complete",
    ]);
  });
});

describe("concurrencyPolicy Forbid with a Job that runs 20 minutes", () => {
  const c = cluster([{ match: everyPod, runForMs: 20 * minute }]);
  c.api.create(cronJob("long", { concurrencyPolicy: "Forbid" }));
  c.settle({ forMs: 16 * minute });

  it("skips the runs at :10 and :15 while the first Job is active", () => {
    expect(jobNames(c)).toEqual(["long-29453765"]);
    expect(events(c, "long")).toEqual([
      "SuccessfulCreate Created job long-29453765",
      "JobAlreadyActive Not starting job because prior execution is running and concurrency policy is Forbid",
    ]);
    expect(eventsAbout(c.api, "default", "CronJob", "long")[1].count).toBe(2);
  });

  it("lists the running Job in status.active with its reference", () => {
    const status = c.api.get(cronJobsGVR, "default", "long").status as Json;
    const job = c.api.get(jobsGVR, "default", "long-29453765");
    // The reference is taken from the create response, so its resourceVersion is the Job's first one.
    expect(status.active).toEqual([
      { apiVersion: "batch/v1", kind: "Job", name: "long-29453765", namespace: "default", resourceVersion: expect.any(String), uid: job.metadata.uid },
    ]);
    expect(Number((status.active as Json[])[0].resourceVersion)).toBeLessThan(Number(job.metadata.resourceVersion));
    expect(kubectlGet(c, "cronjobs").split("\n")[1]).toBe("long   */5 * * * *   <none>     False     1        11m             16m");
  });
});

describe("concurrencyPolicy Replace", () => {
  it("deletes the running Job and starts the next one", () => {
    const c = cluster([{ match: everyPod, runForMs: 20 * minute }]);
    c.api.create(cronJob("swap", { concurrencyPolicy: "Replace" }));
    c.settle({ forMs: 11 * minute });
    expect(jobNames(c)).toEqual(["swap-29453770"]);
    expect(events(c, "swap")).toEqual([
      "SuccessfulCreate Created job swap-29453765",
      "SuccessfulDelete Deleted job swap-29453765",
      "SuccessfulCreate Created job swap-29453770",
    ]);
  });
});

describe("history limits and suspend", () => {
  it("keeps only successfulJobsHistoryLimit finished Jobs, deleting the oldest", () => {
    const c = cluster([{ match: everyPod, runForMs: 10_000 }]);
    c.api.create(cronJob("keep", { successfulJobsHistoryLimit: 1 }));
    c.settle({ forMs: 16 * minute });
    expect(jobNames(c)).toEqual(["keep-29453775"]);
    expect(events(c, "keep")).toContain("SuccessfulDelete Deleted job keep-29453765");
  });

  it("creates nothing while suspended", () => {
    const c = cluster([{ match: everyPod, runForMs: 10_000 }]);
    c.api.create(cronJob("idle", { suspend: true }));
    c.settle({ forMs: 16 * minute });
    expect(jobNames(c)).toEqual([]);
    expect(kubectlGet(c, "cronjobs").split("\n")[1]).toBe("idle   */5 * * * *   <none>     True      0        <none>          16m");
  });

  it("with startingDeadlineSeconds, a time missed by more than the deadline is never run late (utils.go mostRecentScheduleTime)", () => {
    // The CronJob controller is not running for the first 6 minutes (00:05 passes unseen), then starts.
    const c = clusterWithComponents([new JobController(), new ScriptedKubelet([{ match: everyPod, runForMs: 10_000 }])], 3);
    c.api.create(cronJob("late", { startingDeadlineSeconds: 10 }));
    c.settle({ forMs: 6 * minute });
    c.addComponent(new CronJobController());
    c.settle({ forMs: 5 * minute });
    expect(jobNames(c)).toEqual(["late-29453770"]);
  });
});

describe("a `* * * * *` CronJob over a year stays within the settle budget", () => {
  it("stops early with truncated: true instead of running 525,600 times", () => {
    const c = cluster([{ match: everyPod, runForMs: 10_000 }], 5);
    c.api.create(cronJob("often", { schedule: "* * * * *" }));
    // About 22 steps per run with the Job controller and a kubelet: a 5,000-step budget lasts under 4 hours.
    const r = c.settle({ forMs: 365 * 24 * 60 * minute, maxSteps: 5000 });
    expect(r.truncated).toBe(true);
    expect(r.steps).toBe(5000);
    expect(r.elapsedMs).toBeGreaterThan(3 * 60 * minute);
    expect(r.elapsedMs).toBeLessThan(5 * 60 * minute);
  });
});

describe("determinism", () => {
  it("plays the same CronJob scenario twice into identical snapshots", () => {
    const play = () => {
      const c = cluster([{ match: everyPod, runForMs: 7 * minute }], 9);
      c.api.create(cronJob("twice", { concurrencyPolicy: "Allow" }));
      c.settle({ forMs: 31 * minute });
      return JSON.stringify(c.snapshot());
    };
    expect(play()).toBe(play());
  });
});
