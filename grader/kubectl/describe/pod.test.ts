// Expected texts follow k8s.io/kubectl/pkg/describe/describe.go v0.34.5 (describePod,
// describeContainers, DescribeProbe, describeVolumes, DescribeEvents) laid out by its
// tabbedString tabwriter (minwidth 0, padding 2): a line without a tab ends a column block.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { describePod, describeProbe } from "./pod";
import { formatRFC1123Z } from "./describe-format";

const now = Date.parse("2026-01-01T00:10:00Z");

const pod = {
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name: "web", namespace: "default", uid: "u1", labels: { tier: "fe", app: "web" }, annotations: { "kubectl.kubernetes.io/last-applied-configuration": "{}", team: "a" }, ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-5d9c", uid: "r1", controller: true }] },
  spec: {
    serviceAccountName: "default",
    nodeName: "node01",
    priority: 0,
    containers: [
      {
        name: "app",
        image: "nginx:1.27",
        command: ["sh", "-c"],
        args: ["sleep 3600"],
        ports: [{ containerPort: 80, protocol: "TCP" }],
        env: [{ name: "MODE", valueFrom: { configMapKeyRef: { name: "cfg", key: "mode" } } }],
        readinessProbe: { tcpSocket: { port: 80 }, initialDelaySeconds: 5, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
        volumeMounts: [{ name: "data", mountPath: "/data" }],
      },
    ],
    volumes: [{ name: "data", emptyDir: {} }],
    tolerations: [{ key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 }],
  },
  status: {
    phase: "Running",
    hostIP: "172.30.2.2",
    podIP: "192.168.1.2",
    podIPs: [{ ip: "192.168.1.2" }],
    startTime: "2026-01-01T00:00:00Z",
    qosClass: "BestEffort",
    conditions: [{ type: "Ready", status: "True" }],
    containerStatuses: [{ name: "app", containerID: "containerd://abc", imageID: "docker.io/library/nginx@sha256:1", ready: true, restartCount: 0, state: { running: { startedAt: "2026-01-01T00:00:05Z" } } }],
  },
} as unknown as KubeObject;

const event = (reason: string, count: number, first: string, last: string, from: string, type = "Normal"): KubeObject =>
  ({ apiVersion: "v1", kind: "Event", metadata: { name: reason }, type, reason, count, firstTimestamp: first, lastTimestamp: last, source: { component: from }, message: `${reason} message ` }) as unknown as KubeObject;

describe("describePod (describe.go describePod)", () => {
  it("prints the whole pod, with the Events table aligned on its own after the flush", () => {
    const events = [event("Unhealthy", 4, "2026-01-01T00:02:00Z", "2026-01-01T00:08:00Z", "kubelet", "Warning"), event("Scheduled", 1, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", "default-scheduler")];
    expect(describePod(pod, events, now)).toBe(
      [
        "Name:             web",
        "Namespace:        default",
        "Priority:         0",
        "Service Account:  default",
        "Node:             node01/172.30.2.2",
        "Start Time:       Thu, 01 Jan 2026 00:00:00 +0000",
        "Labels:           app=web",
        "                  tier=fe",
        "Annotations:      team: a",
        "Status:           Running",
        "IP:               192.168.1.2",
        "IPs:",
        "  IP:           192.168.1.2",
        "Controlled By:  ReplicaSet/web-5d9c",
        "Containers:",
        "  app:",
        "    Container ID:  containerd://abc",
        "    Image:         nginx:1.27",
        "    Image ID:      docker.io/library/nginx@sha256:1",
        "    Port:          80/TCP",
        "    Host Port:     0/TCP",
        "    Command:",
        "      sh",
        "      -c",
        "    Args:",
        "      sleep 3600",
        "    State:          Running",
        "      Started:      Thu, 01 Jan 2026 00:00:05 +0000",
        "    Ready:          True",
        "    Restart Count:  0",
        "    Readiness:      tcp-socket :80 delay=5s timeout=1s period=10s #success=1 #failure=3",
        "    Environment:",
        "      MODE:  <set to the key 'mode' of config map 'cfg'>  Optional: false",
        "    Mounts:",
        "      /data from data (rw)",
        "Conditions:",
        "  Type    Status",
        "  Ready   True ",
        "Volumes:",
        "  data:",
        "    Type:        EmptyDir (a temporary directory that shares a pod's lifetime)",
        "    Medium:      ",
        "    SizeLimit:   <unset>",
        "QoS Class:       BestEffort",
        "Node-Selectors:  <none>",
        "Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s",
        "Events:",
        "  Type     Reason     Age              From               Message",
        "  ----     ------     ----             ----               -------",
        "  Normal   Scheduled  10m              default-scheduler  Scheduled message",
        "  Warning  Unhealthy  2m (x4 over 8m)  kubelet            Unhealthy message",
        "",
      ].join("\n"),
    );
  });

  it("prints `Events:  <none>` aligned with the other fields when nothing happened to the pod", () => {
    expect(describePod(pod, [], now).split("\n").slice(-3)).toEqual(["Tolerations:     node.kubernetes.io/not-ready:NoExecute op=Exists for 300s", "Events:          <none>", ""]);
  });

  it("prints no Events line at all with --show-events=false", () => {
    expect(describePod(pod, undefined, now)).not.toContain("Events");
  });
});

describe("DescribeProbe (describe.go)", () => {
  const attrs = { initialDelaySeconds: 0, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 };
  const cases: { name: string; probe: Parameters<typeof describeProbe>[0]; text: string }[] = [
    { name: "an HTTP probe is a URL without host", probe: { httpGet: { path: "/healthz", port: 8080, scheme: "HTTP" }, ...attrs }, text: "http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3" },
    { name: "a named port is kept by name", probe: { httpGet: { path: "/", port: "http", scheme: "HTTPS" }, ...attrs }, text: "https-get https://:http/ delay=0s timeout=1s period=10s #success=1 #failure=3".replace("https-get", "http-get") },
    { name: "an exec probe prints its argv as a Go slice", probe: { exec: { command: ["cat", "/tmp/healthy"] }, ...attrs }, text: "exec [cat /tmp/healthy] delay=0s timeout=1s period=10s #success=1 #failure=3" },
    { name: "a TCP probe prints host:port", probe: { tcpSocket: { port: 6379 }, ...attrs }, text: "tcp-socket :6379 delay=0s timeout=1s period=10s #success=1 #failure=3" },
  ];
  for (const c of cases) it(c.name, () => expect(describeProbe(c.probe)).toBe(c.text));
});

describe("formatRFC1123Z (Go time.RFC1123Z)", () => {
  it("prints the weekday, day, month, year and +0000 of a UTC time", () => {
    expect(formatRFC1123Z("2026-03-15T13:04:05Z")).toBe("Sun, 15 Mar 2026 13:04:05 +0000");
  });
});
