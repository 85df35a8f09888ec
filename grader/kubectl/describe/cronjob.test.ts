// Expected texts follow describeCronJob, describeJobTemplate and printActiveJobs of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5; lines with a tab after the pod template
// share its last column block, as upstream's tabwriter aligns them.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const everyMinute = `apiVersion: batch/v1
kind: CronJob
metadata: {name: tick}
spec:
  schedule: "*/1 * * * *"
  jobTemplate:
    spec:
      template:
        spec: {restartPolicy: OnFailure, containers: [{name: c, image: busybox, command: ["date"]}]}
`;

const suspended = `apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly, labels: {team: ops}}
spec:
  schedule: "0 2 * * *"
  suspend: true
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 120
  jobTemplate:
    spec:
      activeDeadlineSeconds: 30
      completions: 2
      template:
        spec: {restartPolicy: OnFailure, containers: [{name: c, image: busybox}]}
`;

describe("kubectl describe cronjob (describe.go describeCronJob)", () => {
  it("prints the defaults, the last schedule time and the controller's events after a run", async () => {
    const w = await clusterWith(everyMinute, 90_000);
    expect(await describeOutput(w, "cronjob", "tick")).toBe(
      lines(
        "Name:                          tick",
        "Namespace:                     default",
        "Labels:                        <none>",
        "Annotations:                   <none>",
        "Schedule:                      */1 * * * *",
        "Concurrency Policy:            Allow",
        "Suspend:                       False",
        "Successful Job History Limit:  3",
        "Failed Job History Limit:      1",
        "Starting Deadline Seconds:     <unset>",
        "Selector:                      <unset>",
        "Parallelism:                   <unset>",
        "Completions:                   <unset>",
        "Pod Template:",
        "  Labels:  <none>",
        "  Containers:",
        "   c:",
        "    Image:      busybox",
        "    Port:       <none>",
        "    Host Port:  <none>",
        "    Command:",
        "      date",
        "    Environment:     <none>",
        "    Mounts:          <none>",
        "  Volumes:           <none>",
        "  Node-Selectors:    <none>",
        "  Tolerations:       <none>",
        "Last Schedule Time:  Thu, 01 Jan 2026 00:01:00 +0000",
        "Active Jobs:         <none>",
        "Events:",
        "  Type    Reason            Age   From                Message",
        "  ----    ------            ----  ----                -------",
        "  Normal  SuccessfulCreate  30s   cronjob-controller  Created job tick-29453761",
        "  Normal  SawCompletedJob   29s   cronjob-controller  Saw completed job: tick-29453761, condition: Complete",
      ),
    );
  });

  it("prints a suspended CronJob's policy, deadlines and completions, `<unset>` schedule time and `Events:  <none>`", async () => {
    const w = await clusterWith(suspended, 20_000);
    expect(await describeOutput(w, "cj", "nightly")).toBe(
      lines(
        "Name:                          nightly",
        "Namespace:                     default",
        "Labels:                        team=ops",
        "Annotations:                   <none>",
        "Schedule:                      0 2 * * *",
        "Concurrency Policy:            Forbid",
        "Suspend:                       True",
        "Successful Job History Limit:  3",
        "Failed Job History Limit:      1",
        "Starting Deadline Seconds:     120s",
        "Selector:                      <unset>",
        "Parallelism:                   <unset>",
        "Completions:                   2",
        "Active Deadline Seconds:       30s",
        "Pod Template:",
        "  Labels:  <none>",
        "  Containers:",
        "   c:",
        "    Image:           busybox",
        "    Port:            <none>",
        "    Host Port:       <none>",
        "    Environment:     <none>",
        "    Mounts:          <none>",
        "  Volumes:           <none>",
        "  Node-Selectors:    <none>",
        "  Tolerations:       <none>",
        "Last Schedule Time:  <unset>",
        "Active Jobs:         <none>",
        "Events:              <none>",
      ),
    );
  });
});
