// kubectl events (kubectl pkg/cmd/events/events.go, event_printer.go v0.34.5): expected
// tables written from event_printer.go (LAST SEEN is getInterval over duration.HumanDuration,
// rows sorted by SortableEvents: series time, else lastTimestamp, else eventTime).
import { describe, expect, it } from "vitest";
import { rfc3339FromMs } from "../../apiserver/printers/timestamps";
import { testWorkstation, type TestWorkstation } from "./write-test-io";

function addEvent(w: TestWorkstation, name: string, ns: string, e: Record<string, unknown>): void {
  w.cluster.api.create({
    apiVersion: "v1",
    kind: "Event",
    metadata: { name, namespace: ns },
    involvedObject: { apiVersion: "v1", kind: "Pod", name: "web", namespace: ns },
    source: { component: "kubelet" },
    ...e,
  });
}

function workstationWithEvents(): TestWorkstation {
  const w = testWorkstation();
  const now = w.cluster.clock.now();
  const ago = (s: number) => rfc3339FromMs(now - s * 1000);
  addEvent(w, "web.1", "default", { type: "Normal", reason: "Pulling", message: 'Pulling image "nginx"', count: 1, firstTimestamp: ago(300), lastTimestamp: ago(300) });
  addEvent(w, "web.2", "default", { type: "Warning", reason: "BackOff", message: "Back-off restarting failed container  ", count: 5, firstTimestamp: ago(240), lastTimestamp: ago(30) });
  addEvent(w, "web.3", "default", { type: "Normal", reason: "Scheduled", message: "Successfully assigned default/web to node01", eventTime: ago(400).replace("Z", ".000000Z"), reportingComponent: "default-scheduler", reportingInstance: "default-scheduler-controlplane", action: "Binding" });
  w.cluster.api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name: "other" } });
  addEvent(w, "db.1", "other", { involvedObject: { apiVersion: "apps/v1", kind: "Deployment", name: "db", namespace: "other" }, type: "Normal", reason: "ScalingReplicaSet", message: "Scaled up replica set db-5d8f to 1", count: 1, firstTimestamp: ago(100), lastTimestamp: ago(100) });
  return w;
}

describe("kubectl events", () => {
  const cases: { name: string; argv: string[]; stdout: string; stderr: string; exitCode: number }[] = [
    {
      name: "the namespace's events oldest first, a repeated one as `LAST (xN over FIRST)`, the message trimmed",
      argv: ["events"],
      stdout:
        "LAST SEEN          TYPE      REASON      OBJECT    MESSAGE\n" +
        "6m40s              Normal    Scheduled   Pod/web   Successfully assigned default/web to node01\n" +
        "5m                 Normal    Pulling     Pod/web   Pulling image \"nginx\"\n" +
        "30s (x5 over 4m)   Warning   BackOff     Pod/web   Back-off restarting failed container\n",
      stderr: "",
      exitCode: 0,
    },
    {
      name: "--types filters case-insensitively",
      argv: ["events", "--types=warning"],
      stdout: "LAST SEEN          TYPE      REASON    OBJECT    MESSAGE\n30s (x5 over 4m)   Warning   BackOff   Pod/web   Back-off restarting failed container\n",
      stderr: "",
      exitCode: 0,
    },
    {
      name: "-A adds a NAMESPACE column and sorts across namespaces",
      argv: ["events", "-A", "--no-headers"],
      stdout:
        "default   6m40s              Normal    Scheduled           Pod/web         Successfully assigned default/web to node01\n" +
        "default   5m                 Normal    Pulling             Pod/web         Pulling image \"nginx\"\n" +
        "other     100s               Normal    ScalingReplicaSet   Deployment/db   Scaled up replica set db-5d8f to 1\n" +
        "default   30s (x5 over 4m)   Warning   BackOff             Pod/web         Back-off restarting failed container\n",
      stderr: "",
      exitCode: 0,
    },
    {
      name: "--for keeps the events of one object (kind, apiVersion and name)",
      argv: ["events", "-n", "other", "--for", "deploy/db"],
      stdout: "LAST SEEN   TYPE     REASON              OBJECT          MESSAGE\n100s        Normal   ScalingReplicaSet   Deployment/db   Scaled up replica set db-5d8f to 1\n",
      stderr: "",
      exitCode: 0,
    },
    { name: "-o name prints each event", argv: ["events", "--types", "Warning", "-o", "name"], stdout: "event/web.2\n", stderr: "", exitCode: 0 },
    { name: "no events: the message names the namespace (events.go)", argv: ["events", "-n", "kube-public"], stdout: "", stderr: "No events found in kube-public namespace.\n", exitCode: 0 },
    { name: "--types other than Normal or Warning is Validate's error", argv: ["events", "--types=Error"], stdout: "", stderr: "error: valid --types are Normal or Warning\n", exitCode: 1 },
    { name: "--for without a slash is ToOptions' error", argv: ["events", "--for", "web"], stdout: "", stderr: "error: --for must be in resource/name form\n", exitCode: 1 },
    { name: "--for with two slashes is decodeResourceTypeName's error", argv: ["events", "--for", "pod/a/b"], stdout: "", stderr: "error: arguments in resource/name form may not have more than one slash\n", exitCode: 1 },
    { name: "--for with an unknown type is the RESTMapper's error", argv: ["events", "--for", "foo/web"], stdout: "", stderr: "error: the server doesn't have a resource type \"foo\"\n", exitCode: 1 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await workstationWithEvents().kubectl(...c.argv);
      expect(r).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
    });
  }
});
