// Expected text derived from printPod in pkg/printers/internalversion/printers.go (v1.34) and
// kubectl's table printer (cli-runtime pkg/printers/tableprinter.go, tabwriter padding 3).
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { ago, agoMinutes, kubectlGet } from "./fixtures";

interface PodParts {
  created?: string;
  deletionTimestamp?: string;
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
}

function makePod(name: string, parts: PodParts = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      namespace: "default",
      creationTimestamp: parts.created ?? agoMinutes(5),
      ...(parts.deletionTimestamp ? { deletionTimestamp: parts.deletionTimestamp } : {}),
    },
    spec: { containers: [{ name: "app", image: "nginx:1.27" }], ...parts.spec },
    status: parts.status ?? {},
  };
}

const running = { running: { startedAt: agoMinutes(5) } };
const readyConditions = [
  { type: "Initialized", status: "True" },
  { type: "Ready", status: "True" },
  { type: "ContainersReady", status: "True" },
  { type: "PodScheduled", status: "True" },
];

const cases: { name: string; pod: KubeObject; want: string }[] = [
  {
    name: "a running pod with its only container ready shows 1/1 Running and no restarts",
    pod: makePod("web-1", {
      status: {
        phase: "Running",
        conditions: readyConditions,
        containerStatuses: [{ name: "app", ready: true, started: true, restartCount: 0, state: running }],
      },
    }),
    want: ["NAME    READY   STATUS    RESTARTS   AGE", "web-1   1/1     Running   0          5m", ""].join("\n"),
  },
  {
    name: "a crash-looping container shows CrashLoopBackOff and its restarts with the age of the last termination",
    pod: makePod("crasher", {
      status: {
        phase: "Running",
        containerStatuses: [
          {
            name: "app",
            ready: false,
            started: false,
            restartCount: 4,
            state: { waiting: { reason: "CrashLoopBackOff", message: "back-off 1m20s restarting failed container" } },
            lastState: { terminated: { exitCode: 1, reason: "Error", finishedAt: ago(20) } },
          },
        ],
      },
    }),
    want: [
      "NAME      READY   STATUS             RESTARTS      AGE",
      "crasher   0/1     CrashLoopBackOff   4 (20s ago)   5m",
      "",
    ].join("\n"),
  },
  {
    name: "an image that cannot be pulled shows ImagePullBackOff while the pod stays Pending",
    pod: makePod("badimage", {
      status: {
        phase: "Pending",
        containerStatuses: [
          { name: "app", ready: false, restartCount: 0, state: { waiting: { reason: "ImagePullBackOff" } } },
        ],
      },
    }),
    want: ["NAME       READY   STATUS             RESTARTS   AGE", "badimage   0/1     ImagePullBackOff   0          5m", ""].join("\n"),
  },
  {
    name: "a pod whose second of two init containers runs shows Init:1/2",
    pod: makePod("init-pod", {
      spec: { initContainers: [{ name: "one", image: "busybox" }, { name: "two", image: "busybox" }] },
      status: {
        phase: "Pending",
        conditions: [{ type: "Initialized", status: "False" }],
        initContainerStatuses: [
          { name: "one", ready: true, restartCount: 0, state: { terminated: { exitCode: 0, reason: "Completed" } } },
          { name: "two", ready: false, restartCount: 0, state: running },
        ],
        containerStatuses: [{ name: "app", ready: false, restartCount: 0, state: { waiting: { reason: "PodInitializing" } } }],
      },
    }),
    want: ["NAME       READY   STATUS     RESTARTS   AGE", "init-pod   0/1     Init:1/2   0          5m", ""].join("\n"),
  },
  {
    name: "a crash-looping init container shows Init:CrashLoopBackOff and counts the init container's restarts",
    pod: makePod("init-crash", {
      spec: { initContainers: [{ name: "migrate", image: "busybox" }] },
      status: {
        phase: "Pending",
        conditions: [{ type: "Initialized", status: "False" }],
        initContainerStatuses: [
          {
            name: "migrate",
            ready: false,
            restartCount: 3,
            state: { waiting: { reason: "CrashLoopBackOff" } },
            lastState: { terminated: { exitCode: 1, reason: "Error", finishedAt: ago(60) } },
          },
        ],
        containerStatuses: [{ name: "app", ready: false, restartCount: 0, state: { waiting: { reason: "PodInitializing" } } }],
      },
    }),
    want: [
      "NAME         READY   STATUS                  RESTARTS      AGE",
      "init-crash   0/1     Init:CrashLoopBackOff   3 (60s ago)   5m",
      "",
    ].join("\n"),
  },
  {
    name: "an init container that exited with an error shows Init:Error",
    pod: makePod("init-err", {
      spec: { initContainers: [{ name: "setup", image: "busybox" }] },
      status: {
        phase: "Pending",
        initContainerStatuses: [
          { name: "setup", ready: false, restartCount: 0, state: { terminated: { exitCode: 1, reason: "Error" } } },
        ],
      },
    }),
    want: ["NAME       READY   STATUS       RESTARTS   AGE", "init-err   0/1     Init:Error   0          5m", ""].join("\n"),
  },
  {
    name: "once the init containers are done the app container's PodInitializing reason shows",
    pod: makePod("warming", {
      spec: { initContainers: [{ name: "setup", image: "busybox" }] },
      status: {
        phase: "Pending",
        conditions: [{ type: "Initialized", status: "True" }],
        initContainerStatuses: [
          { name: "setup", ready: true, restartCount: 0, state: { terminated: { exitCode: 0, reason: "Completed" } } },
        ],
        containerStatuses: [{ name: "app", ready: false, restartCount: 0, state: { waiting: { reason: "PodInitializing" } } }],
      },
    }),
    want: ["NAME      READY   STATUS            RESTARTS   AGE", "warming   0/1     PodInitializing   0          5m", ""].join("\n"),
  },
  {
    name: "a pod whose container exited 0 shows Completed",
    pod: makePod("once", {
      status: {
        phase: "Succeeded",
        containerStatuses: [
          { name: "app", ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: "Completed" } } },
        ],
      },
    }),
    want: ["NAME   READY   STATUS      RESTARTS   AGE", "once   0/1     Completed   0          5m", ""].join("\n"),
  },
  {
    name: "a failed pod shows the Error reason of its terminated container",
    pod: makePod("failed", {
      status: {
        phase: "Failed",
        containerStatuses: [{ name: "app", ready: false, restartCount: 0, state: { terminated: { exitCode: 1, reason: "Error" } } }],
      },
    }),
    want: ["NAME     READY   STATUS   RESTARTS   AGE", "failed   0/1     Error    0          5m", ""].join("\n"),
  },
  {
    name: "a container killed for memory shows OOMKilled and the restart two minutes ago",
    pod: makePod("hog", {
      status: {
        phase: "Running",
        containerStatuses: [
          {
            name: "app",
            ready: false,
            restartCount: 1,
            state: { terminated: { exitCode: 137, reason: "OOMKilled" } },
            lastState: { terminated: { exitCode: 137, reason: "OOMKilled", finishedAt: ago(120) } },
          },
        ],
      },
    }),
    want: ["NAME   READY   STATUS      RESTARTS     AGE", "hog    0/1     OOMKilled   1 (2m ago)   5m", ""].join("\n"),
  },
  {
    name: "a terminated container without a reason shows its exit code",
    pod: makePod("exit2", {
      status: {
        phase: "Failed",
        containerStatuses: [{ name: "app", ready: false, restartCount: 0, state: { terminated: { exitCode: 2 } } }],
      },
    }),
    want: ["NAME    READY   STATUS       RESTARTS   AGE", "exit2   0/1     ExitCode:2   0          5m", ""].join("\n"),
  },
  {
    name: "a running pod being deleted shows Terminating",
    pod: makePod("leaving", {
      deletionTimestamp: ago(-30),
      status: {
        phase: "Running",
        conditions: readyConditions,
        containerStatuses: [{ name: "app", ready: true, restartCount: 0, state: running }],
      },
    }),
    want: ["NAME      READY   STATUS        RESTARTS   AGE", "leaving   1/1     Terminating   0          5m", ""].join("\n"),
  },
  {
    name: "a deleted pod on an unreachable node (reason NodeLost) shows Unknown",
    pod: makePod("lost", {
      deletionTimestamp: ago(10),
      status: {
        phase: "Running",
        reason: "NodeLost",
        containerStatuses: [{ name: "app", ready: true, restartCount: 0, state: running }],
      },
    }),
    want: ["NAME   READY   STATUS    RESTARTS   AGE", "lost   1/1     Unknown   0          5m", ""].join("\n"),
  },
  {
    name: "a pod nothing could schedule stays Pending with no containers",
    pod: makePod("unschedulable", {
      status: { phase: "Pending", conditions: [{ type: "PodScheduled", status: "False", reason: "Unschedulable" }] },
    }),
    want: ["NAME            READY   STATUS    RESTARTS   AGE", "unschedulable   0/1     Pending   0          5m", ""].join("\n"),
  },
  {
    name: "a scheduled pod whose container is being created shows ContainerCreating",
    pod: makePod("starting", {
      created: ago(3),
      spec: { nodeName: "node01" },
      status: {
        phase: "Pending",
        containerStatuses: [{ name: "app", ready: false, restartCount: 0, state: { waiting: { reason: "ContainerCreating" } } }],
      },
    }),
    want: ["NAME       READY   STATUS              RESTARTS   AGE", "starting   0/1     ContainerCreating   0          3s", ""].join("\n"),
  },
  {
    name: "a native sidecar (restartPolicy Always init container) counts in READY: 2/2",
    pod: makePod("with-sidecar", {
      spec: { initContainers: [{ name: "log", image: "busybox", restartPolicy: "Always" }] },
      status: {
        phase: "Running",
        conditions: readyConditions,
        initContainerStatuses: [{ name: "log", ready: true, started: true, restartCount: 0, state: running }],
        containerStatuses: [{ name: "app", ready: true, started: true, restartCount: 0, state: running }],
      },
    }),
    want: ["NAME           READY   STATUS    RESTARTS   AGE", "with-sidecar   2/2     Running   0          5m", ""].join("\n"),
  },
  {
    name: "a pod held by scheduling gates shows SchedulingGated",
    pod: makePod("gated", {
      spec: { schedulingGates: [{ name: "example.com/wait" }] },
      status: { phase: "Pending", conditions: [{ type: "PodScheduled", status: "False", reason: "SchedulingGated" }] },
    }),
    want: ["NAME    READY   STATUS            RESTARTS   AGE", "gated   0/1     SchedulingGated   0          5m", ""].join("\n"),
  },
  {
    name: "a completed container beside a running one reads NotReady while the pod is not Ready",
    pod: makePod("half-done", {
      spec: { containers: [{ name: "job", image: "busybox" }, { name: "server", image: "nginx" }] },
      status: {
        phase: "Running",
        conditions: [{ type: "Ready", status: "False" }],
        containerStatuses: [
          { name: "job", ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: "Completed" } } },
          { name: "server", ready: true, restartCount: 0, state: running },
        ],
      },
    }),
    want: ["NAME        READY   STATUS     RESTARTS   AGE", "half-done   1/2     NotReady   0          5m", ""].join("\n"),
  },
];

describe("pod STATUS, READY and RESTARTS (printPod, printers.go v1.34)", () => {
  it.each(cases)("$name", ({ pod, want }) => {
    expect(kubectlGet("", "Pod", [pod])).toBe(want);
  });
});

describe("pod wide columns (printPod with options.Wide)", () => {
  it("shows the first pod IP, the node, <none> for no nominated node and the readiness gates met", () => {
    const pod = makePod("web-1", {
      spec: { nodeName: "node01", readinessGates: [{ conditionType: "example.com/lb" }] },
      status: {
        phase: "Running",
        podIPs: [{ ip: "10.244.1.5" }],
        conditions: [...readyConditions, { type: "example.com/lb", status: "True" }],
        containerStatuses: [{ name: "app", ready: true, restartCount: 0, state: running }],
      },
    });
    expect(kubectlGet("", "Pod", [pod], { wide: true })).toBe(
      [
        "NAME    READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES",
        "web-1   1/1     Running   0          5m    10.244.1.5   node01   <none>           1/1",
        "",
      ].join("\n"),
    );
  });

  it("shows <none> for IP, NODE, NOMINATED NODE and READINESS GATES of an unscheduled pod", () => {
    const pod = makePod("pending", { status: { phase: "Pending" } });
    expect(kubectlGet("", "Pod", [pod], { wide: true })).toBe(
      [
        "NAME      READY   STATUS    RESTARTS   AGE   IP       NODE     NOMINATED NODE   READINESS GATES",
        "pending   0/1     Pending   0          5m    <none>   <none>   <none>           <none>",
        "",
      ].join("\n"),
    );
  });
});

describe("several pods align in one table", () => {
  it("pads every column to its widest cell plus three spaces", () => {
    const a = makePod("web-7d4b9c-abcde", {
      created: ago(190),
      status: { phase: "Running", containerStatuses: [{ name: "app", ready: true, restartCount: 0, state: running }] },
    });
    const b = makePod("db-0", {
      created: ago(3 * 86400 + 3600),
      status: {
        phase: "Running",
        containerStatuses: [
          {
            name: "app",
            ready: true,
            restartCount: 12,
            state: running,
            lastState: { terminated: { exitCode: 1, reason: "Error", finishedAt: ago(3 * 3600) } },
          },
        ],
      },
    });
    expect(kubectlGet("", "Pod", [a, b])).toBe(
      [
        "NAME               READY   STATUS    RESTARTS      AGE",
        "web-7d4b9c-abcde   1/1     Running   0             3m10s",
        "db-0               1/1     Running   12 (3h ago)   3d1h",
        "",
      ].join("\n"),
    );
  });
});
