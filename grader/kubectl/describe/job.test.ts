// Expected texts follow describeJob, capIndexesListOrNone and DescribePodTemplate of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5; the Jobs run through the cluster's job controller.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { capIndexesListOrNone, describeJob } from "./job";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const uid = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";

const job = (name: string, extra: string) => `apiVersion: batch/v1
kind: Job
metadata: {name: ${name}}
spec:
${extra}  template:
    spec: {restartPolicy: Never, containers: [{name: c, image: busybox, command: ["sh", "-c", "echo hi"]}]}
`;

const podTemplate = (name: string) => [
  "Pod Template:",
  `  Labels:  batch.kubernetes.io/controller-uid=${uid}`,
  `           batch.kubernetes.io/job-name=${name}`,
  `           controller-uid=${uid}`,
  `           job-name=${name}`,
  "  Containers:",
  "   c:",
  "    Image:      busybox",
  "    Port:       <none>",
  "    Host Port:  <none>",
  "    Command:",
  "      sh",
  "      -c",
  "      echo hi",
  "    Environment:   <none>",
  "    Mounts:        <none>",
  "  Volumes:         <none>",
  "  Node-Selectors:  <none>",
  "  Tolerations:     <none>",
];

describe("kubectl describe job (describe.go describeJob)", () => {
  it("prints a completed Job with its defaults, times, duration, pod counts and events", async () => {
    const w = await clusterWith(job("pi", ""), 90_000);
    expect(await describeOutput(w, "job", "pi")).toBe(
      lines(
        "Name:             pi",
        "Namespace:        default",
        `Selector:         batch.kubernetes.io/controller-uid=${uid}`,
        `Labels:           batch.kubernetes.io/controller-uid=${uid}`,
        "                  batch.kubernetes.io/job-name=pi",
        `                  controller-uid=${uid}`,
        "                  job-name=pi",
        "Annotations:      <none>",
        "Parallelism:      1",
        "Completions:      1",
        "Completion Mode:  NonIndexed",
        "Suspend:          false",
        "Backoff Limit:    6",
        "Start Time:       Thu, 01 Jan 2026 00:00:00 +0000",
        "Completed At:     Thu, 01 Jan 2026 00:00:01 +0000",
        "Duration:         1s",
        "Pods Statuses:    0 Active (0 Ready) / 1 Succeeded / 0 Failed",
        ...podTemplate("pi"),
        "Events:",
        "  Type    Reason            Age   From            Message",
        "  ----    ------            ----  ----            -------",
        "  Normal  SuccessfulCreate  90s   job-controller  Created pod: pi-xxxxx",
        "  Normal  Completed         89s   job-controller  Job completed",
      ),
    );
  });

  it("prints a suspended Job's TTL and deadline lines and no start time", async () => {
    const w = await clusterWith(job("later", "  suspend: true\n  ttlSecondsAfterFinished: 100\n  activeDeadlineSeconds: 600\n  completions: 2\n"), 5_000);
    expect(await describeOutput(w, "job", "later", "--show-events=false")).toBe(
      lines(
        "Name:                        later",
        "Namespace:                   default",
        `Selector:                    batch.kubernetes.io/controller-uid=${uid}`,
        `Labels:                      batch.kubernetes.io/controller-uid=${uid}`,
        "                             batch.kubernetes.io/job-name=later",
        `                             controller-uid=${uid}`,
        "                             job-name=later",
        "Annotations:                 <none>",
        "Parallelism:                 1",
        "Completions:                 2",
        "Completion Mode:             NonIndexed",
        "Suspend:                     true",
        "Backoff Limit:               6",
        "TTL Seconds After Finished:  100",
        "Active Deadline Seconds:     600s",
        "Pods Statuses:               0 Active (0 Ready) / 0 Succeeded / 0 Failed",
        ...podTemplate("later"),
      ),
    );
  });

  it("prints `Completions:  <unset>`, no Ready count without status.ready, and the Completed Indexes of an Indexed Job", () => {
    const indexed = {
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: "idx", namespace: "default" },
      spec: { completionMode: "Indexed", selector: { matchLabels: { a: "b" } }, template: { spec: { containers: [] } } },
      status: { active: 1, succeeded: 2, completedIndexes: "0,2" },
    } as unknown as KubeObject;
    expect(describeJob(indexed, undefined, 0)).toBe(
      lines(
        "Name:               idx",
        "Namespace:          default",
        "Selector:           a=b",
        "Labels:             <none>",
        "Annotations:        <none>",
        "Completions:        <unset>",
        "Completion Mode:    Indexed",
        "Pods Statuses:      1 Active / 2 Succeeded / 0 Failed",
        "Completed Indexes:  0,2",
        "Pod Template:",
        "  Labels:  <none>",
        "  Containers: <none>",
        "  Volumes:         <none>",
        "  Node-Selectors:  <none>",
        "  Tolerations:     <none>",
      ),
    );
  });
});

describe("capIndexesListOrNone (describe.go)", () => {
  const long = Array.from({ length: 30 }, (_, i) => String(i * 2)).join(",");
  it.each([
    ["an empty list is <none>", "", "<none>"],
    ["a list shorter than the limit is printed whole", "1-3,7", "1-3,7"],
    ["a longer list is cut after the first comma at or past 50 characters", long, `${long.slice(0, long.indexOf(",", 50) + 1)}...`],
  ])("%s", (_name, input, expected) => {
    expect(capIndexesListOrNone(input, 50)).toBe(expected);
  });
});
