// Scenario tests of the Job controller against pkg/controller/job/job_controller.go
// (v1.34): what `kubectl get jobs,pods` and the Job's events show.
import { describe, expect, it } from "vitest";
import type { Cluster } from "../../cluster/cluster";
import { clusterWithComponents } from "../../testing/cluster-with-components";
import type { KubeObject } from "../../apiserver/types";
import { ScriptedKubelet, podsOfJob, type PodScript } from "../../testing/scripted-kubelet";
import { kubectlGet } from "../../testing/kubectl-get";
import { eventsAbout } from "../../testing/events";
import { JobController, jobsGVR } from "./controller";

type Json = Record<string, unknown>;
const podsGVR = { group: "", version: "v1", resource: "pods" };

function job(name: string, spec: Json = {}, podSpec: Json = {}): KubeObject {
  return {
    apiVersion: "batch/v1",
    kind: "Job",
    metadata: { name, namespace: "default" },
    spec: {
      ...spec,
      template: { spec: { restartPolicy: "Never", containers: [{ name: "work", image: "busybox:1.36", command: ["sh", "-c", "exit 1"] }], ...podSpec } },
    },
  };
}

function clusterWith(scripts: PodScript[], seed = 7): Cluster {
  return clusterWithComponents([new JobController(), new ScriptedKubelet(scripts)], seed);
}

const getJob = (c: Cluster, name: string) => c.api.get(jobsGVR, "default", name);
const podsOf = (c: Cluster, name: string) =>
  c.api.list(podsGVR, { namespace: "default", labelSelector: `batch.kubernetes.io/job-name=${name}` }).items;
const eventText = (c: Cluster, name: string) => eventsAbout(c.api, "default", "Job", name).map((e) => `${e.type} ${e.reason} ${e.message}`);

describe("a Job whose pods fail (restartPolicy Never, backoffLimit 2)", () => {
  const c = clusterWith([{ match: podsOfJob("fail"), startAfterMs: 2000, runForMs: 3000, exitCode: 1 }]);
  c.api.create(job("fail", { backoffLimit: 2 }));
  c.settle({ forMs: 5 * 60_000 });
  const j = getJob(c, "fail");
  const status = j.status as Json;

  it("makes 3 pods (1 + 2 retries), all kept in Error, none left with the tracking finalizer", () => {
    const pods = podsOf(c, "fail");
    expect(pods).toHaveLength(3);
    expect(pods.map((p) => (p.status as Json).phase)).toEqual(["Failed", "Failed", "Failed"]);
    expect(pods.every((p) => !p.metadata.finalizers)).toBe(true);
  });

  it("ends with FailureTarget then Failed, reason BackoffLimitExceeded, failed 3, no completionTime (job_controller.go newFailureCondition)", () => {
    const conditions = (status.conditions as Json[]).map((x) => [x.type, x.status, x.reason, x.message]);
    expect(conditions).toEqual([
      ["FailureTarget", "True", "BackoffLimitExceeded", "Job has reached the specified backoff limit"],
      ["Failed", "True", "BackoffLimitExceeded", "Job has reached the specified backoff limit"],
    ]);
    expect(status.failed).toBe(3);
    expect(status.completionTime).toBeUndefined();
    expect(status).toMatchObject({ ready: 0, terminating: 0, uncountedTerminatedPods: {} });
    expect(status.active).toBeUndefined();
  });

  it("waits 10 s, then 20 s after each failure before the next pod (DefaultJobPodFailureBackOff doubling)", () => {
    const created = podsOf(c, "fail")
      .map((p) => Date.parse(p.metadata.creationTimestamp!))
      .sort((a, b) => a - b);
    const finished = (p: number) => p + 2000 + 3000; // started after 2 s, ran 3 s
    // The wait counts from the pod's finishedAt, so the 1 s pod-event batch is part of it (backoff_utils.go getRemainingTime).
    expect(created[1] - finished(created[0])).toBe(10_000);
    expect(created[2] - finished(created[1])).toBe(20_000);
  });

  it("records SuccessfulCreate per pod and one Warning BackoffLimitExceeded", () => {
    // In the order the pods were created (events list in time order; pods list by name).
    const names = podsOf(c, "fail")
      .sort((a, b) => String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)))
      .map((p) => p.metadata.name);
    expect(eventText(c, "fail")).toEqual([
      ...names.map((n) => `Normal SuccessfulCreate Created pod: ${n}`),
      "Warning BackoffLimitExceeded Job has reached the specified backoff limit",
    ]);
  });

  it("shows as Failed 0/1 in kubectl get jobs, and its pods as Error", () => {
    // A failed Job has no completionTime, so its DURATION keeps growing (printers.go printJob).
    expect(kubectlGet(c, "jobs")).toBe("NAME   STATUS   COMPLETIONS   DURATION   AGE\nfail   Failed   0/1           5m         5m\n");
    const pods = kubectlGet(c, "pods").split("\n").slice(1, 4);
    expect(pods.every((l) => / 0\/1 +Error +0 /.test(l))).toBe(true);
  });
});

describe("a Job with completions 3 and parallelism 2 whose pods succeed after 10 s", () => {
  const c = clusterWith([{ match: podsOfJob("batch"), startAfterMs: 2000, runForMs: 10_000, exitCode: 0 }]);
  c.api.create(job("batch", { completions: 3, parallelism: 2 }, { containers: [{ name: "work", image: "busybox:1.36" }] }));

  it("runs 2 pods at first, with status active 2 and ready counting the Ready ones", () => {
    c.settle({ forMs: 5000 });
    expect(podsOf(c, "batch")).toHaveLength(2);
    expect(getJob(c, "batch").status).toMatchObject({ active: 2, ready: 2, terminating: 0 });
    expect(kubectlGet(c, "jobs")).toBe("NAME    STATUS    COMPLETIONS   DURATION   AGE\nbatch   Running   0/3           5s         5s\n");
  });

  it("creates exactly one more pod when the first two succeed, then completes with SuccessCriteriaMet and Complete", () => {
    c.settle({ forMs: 60_000 });
    expect(podsOf(c, "batch")).toHaveLength(3);
    const status = getJob(c, "batch").status as Json;
    expect((status.conditions as Json[]).map((x) => [x.type, x.status, x.reason, x.message])).toEqual([
      ["SuccessCriteriaMet", "True", "CompletionsReached", "Reached expected number of succeeded pods"],
      ["Complete", "True", "CompletionsReached", "Reached expected number of succeeded pods"],
    ]);
    expect(status).toMatchObject({ succeeded: 3, ready: 0, terminating: 0, uncountedTerminatedPods: {} });
    // Two rounds of 2 s start + 10 s run + the 1 s batch; completionTime is when the last pod was counted.
    expect(Date.parse(status.completionTime as string) - Date.parse(status.startTime as string)).toBe(26_000);
    expect(kubectlGet(c, "jobs")).toBe("NAME    STATUS     COMPLETIONS   DURATION   AGE\nbatch   Complete   3/3           26s        65s\n");
    expect(eventText(c, "batch").at(-1)).toBe("Normal Completed Job completed");
  });

  it("names its pods <job>-<5 chars> and gives them the template's labels and the Job as controller (controller_utils.go GetPodFromTemplate)", () => {
    const j = getJob(c, "batch");
    const pod = podsOf(c, "batch")[0];
    expect(pod.metadata.name).toMatch(/^batch-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    // The labels come from the template the Job strategy generated (job-name, controller-uid, both spellings).
    const templateLabels = ((j.spec as Json).template as { metadata: { labels: Record<string, string> } }).metadata.labels;
    expect(Object.keys(templateLabels).sort()).toEqual([
      "batch.kubernetes.io/controller-uid",
      "batch.kubernetes.io/job-name",
      "controller-uid",
      "job-name",
    ]);
    expect(pod.metadata.labels).toEqual(templateLabels);
    // The generated selector carries the Job's own uid (the API server fills it before PrepareForCreate).
    expect(templateLabels["batch.kubernetes.io/controller-uid"]).toBe(j.metadata.uid);
    expect((j.spec as { selector: unknown }).selector).toEqual({ matchLabels: { "batch.kubernetes.io/controller-uid": j.metadata.uid } });
    expect(pod.metadata.ownerReferences).toEqual([
      { apiVersion: "batch/v1", kind: "Job", name: "batch", uid: j.metadata.uid, controller: true, blockOwnerDeletion: true },
    ]);
  });
});

describe("a running Job's pods carry the tracking finalizer until counted", () => {
  it("adds batch.kubernetes.io/job-tracking to each new pod", () => {
    const c = clusterWith([{ match: podsOfJob("long"), runForMs: undefined }]);
    c.api.create(job("long"));
    c.settle({ forMs: 5000 });
    expect(podsOf(c, "long")[0].metadata.finalizers).toEqual(["batch.kubernetes.io/job-tracking"]);
  });
});

describe("activeDeadlineSeconds (job_controller.go pastActiveDeadline)", () => {
  const c = clusterWith([{ match: podsOfJob("slow"), runForMs: undefined }]);
  c.api.create(job("slow", { activeDeadlineSeconds: 30 }));
  c.settle({ forMs: 60_000 });

  it("fails the Job with DeadlineExceeded after 30 s and deletes its running pod", () => {
    const status = getJob(c, "slow").status as Json;
    expect((status.conditions as Json[]).map((x) => [x.type, x.reason, x.message])).toEqual([
      ["FailureTarget", "DeadlineExceeded", "Job was active longer than specified deadline"],
      ["Failed", "DeadlineExceeded", "Job was active longer than specified deadline"],
    ]);
    expect(status.failed).toBe(1);
    expect(podsOf(c, "slow")).toHaveLength(0);
    const failedAt = (status.conditions as Json[])[0].lastTransitionTime as string;
    expect(Date.parse(failedAt) - Date.parse(status.startTime as string)).toBe(30_000);
  });

  it("records the pod deletion and the Warning DeadlineExceeded event", () => {
    const lines = eventText(c, "slow");
    expect(lines.some((l) => l.startsWith("Normal SuccessfulDelete Deleted pod: slow-"))).toBe(true);
    expect(lines.at(-1)).toBe("Warning DeadlineExceeded Job was active longer than specified deadline");
  });
});

describe("restartPolicy OnFailure (job_controller.go pastBackoffLimitOnFailure)", () => {
  it("fails the Job when container restarts reach backoffLimit, deleting the crash-looping pod", () => {
    const c = clusterWith([{ match: podsOfJob("crash"), startAfterMs: 1000, runForMs: 1000, exitCode: 1 }]);
    c.api.create(job("crash", { backoffLimit: 2 }, { restartPolicy: "OnFailure" }));
    c.settle({ forMs: 5 * 60_000 });
    const status = getJob(c, "crash").status as Json;
    expect((status.conditions as Json[]).map((x) => [x.type, x.reason])).toEqual([
      ["FailureTarget", "BackoffLimitExceeded"],
      ["Failed", "BackoffLimitExceeded"],
    ]);
    expect(status.failed).toBe(1);
    expect(podsOf(c, "crash")).toHaveLength(0);
  });
});

describe("suspend (job_controller.go manageJob, ensureJobConditionStatus)", () => {
  it("creates no pod while suspended, sets Suspended True, and starts on resume with Resumed", () => {
    const c = clusterWith([{ match: podsOfJob("later"), runForMs: undefined }]);
    c.api.create(job("later", { suspend: true }));
    c.settle({ forMs: 10_000 });
    expect(podsOf(c, "later")).toHaveLength(0);
    let status = getJob(c, "later").status as Json;
    expect((status.conditions as Json[]).map((x) => [x.type, x.status, x.reason, x.message])).toEqual([
      ["Suspended", "True", "JobSuspended", "Job suspended"],
    ]);
    expect(status.startTime).toBeUndefined();
    expect(kubectlGet(c, "jobs")).toBe("NAME    STATUS      COMPLETIONS   DURATION   AGE\nlater   Suspended   0/1                      10s\n");

    c.api.patch(jobsGVR, "default", "later", "merge", { spec: { suspend: false } });
    c.settle({ forMs: 10_000 });
    expect(podsOf(c, "later")).toHaveLength(1);
    status = getJob(c, "later").status as Json;
    expect((status.conditions as Json[]).map((x) => [x.type, x.status, x.reason])).toEqual([["Suspended", "False", "JobResumed"]]);
    // manageJob creates the pod before the sync records Resumed.
    const [suspendedEvent, created, resumed] = eventText(c, "later");
    expect([suspendedEvent, resumed]).toEqual(["Normal Suspended Job suspended", "Normal Resumed Job resumed"]);
    expect(created).toMatch(/^Normal SuccessfulCreate Created pod: later-\w{5}$/);
  });
});

describe("deleting a Job in the background", () => {
  it("removes the pods' tracking finalizers so the garbage collector can delete them", () => {
    const c = clusterWith([{ match: podsOfJob("gone"), runForMs: undefined }]);
    c.api.create(job("gone"));
    c.settle({ forMs: 5000 });
    c.api.delete(jobsGVR, "default", "gone", { propagationPolicy: "Background" });
    c.settle({ forMs: 5000 });
    expect(podsOf(c, "gone")).toHaveLength(0);
  });
});

describe("determinism", () => {
  it("plays the same Job scenario twice into identical snapshots", () => {
    const play = () => {
      const c = clusterWith([{ match: podsOfJob("fail"), runForMs: 3000, exitCode: 1 }], 11);
      c.api.create(job("fail", { backoffLimit: 3, parallelism: 2, completions: 4 }));
      c.settle({ forMs: 10 * 60_000 });
      return JSON.stringify(c.snapshot());
    };
    expect(play()).toBe(play());
  });
});
