// Scenarios: what `kubectl get pods`, events and logs show as a v1.34 node runs pods.
// Messages: pkg/kubelet/images/image_manager.go, kuberuntime/kuberuntime_container.go,
// prober/prober.go, kubelet_pods.go (validateContainerLogStatus), events/event.go.
import { describe, expect, it } from "vitest";
import { createCluster, type Cluster } from "../cluster/cluster";
import { kubectlGet } from "../testing/kubectl-get";
import { eventsAbout } from "../testing/events";
import type { KubeObject } from "../apiserver/types";
import { goDuration } from "./backoff";
import { createHash } from "node:crypto";
import { containerID } from "./kubelet";

type Json = Record<string, unknown>;
const pods = { group: "", version: "v1", resource: "pods" };

function run(manifest: Json, seed = 1): Cluster {
  const cluster = createCluster({ seed });
  cluster.api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "p", namespace: "default" }, ...manifest } as KubeObject);
  return cluster;
}

function podLine(cluster: Cluster, name = "p"): string {
  const line = kubectlGet(cluster, "pods").split("\n").find((l) => l.startsWith(`${name} `));
  return (line ?? "").replace(/\s+/g, " ").trim();
}

function reasonsOf(cluster: Cluster, name = "p"): string[] {
  return eventsAbout(cluster.api, "default", "Pod", name).filter((e) => e.source === "kubelet").map((e) => `${e.reason}: ${e.message}`);
}

function status(cluster: Cluster, name = "p"): Json {
  return cluster.api.get(pods, "default", name).status as Json;
}

const spec = (containers: Json[], extra: Json = {}) => ({ spec: { containers, ...extra } });

describe("kubelet scenarios", () => {
  it("an nginx pod runs 1/1 with Pulling, Pulled, Created and Started events", () => {
    const c = run(spec([{ name: "nginx", image: "nginx" }]));
    c.settle({ forMs: 60_000 });
    expect(podLine(c)).toMatch(/^p 1\/1 Running 0 /);
    const ev = reasonsOf(c);
    expect(ev[0]).toBe('Pulling: Pulling image "nginx"');
    expect(ev[1]).toMatch(/^Pulled: Successfully pulled image "nginx" in [\d.]+m?s \([\d.]+m?s including waiting\)\. Image size: \d+ bytes\.$/);
    expect(ev.slice(2)).toEqual(["Created: Container created", "Started: Container started"]);
    const s = status(c);
    expect(s.podIP).toMatch(/^192\.168\.1\.\d+$/);
    expect(((s.containerStatuses as Json[])[0].containerID as string)).toMatch(/^containerd:\/\/[0-9a-f]{64}$/);
    expect((s.containerStatuses as Json[])[0].image).toBe("docker.io/library/nginx:latest");
  });

  it("a readiness httpGet on a port nginx does not listen on keeps the pod 0/1 with Unhealthy events (prober.go)", () => {
    const c = run(spec([{ name: "web", image: "nginx", readinessProbe: { httpGet: { path: "/healthz", port: 8080 }, periodSeconds: 5 } }]));
    c.settle({ forMs: 120_000 });
    expect(podLine(c)).toMatch(/^p 0\/1 Running 0 /);
    const ip = status(c).podIP as string;
    const unhealthy = eventsAbout(c.api, "default", "Pod", "p").find((e) => e.reason === "Unhealthy")!;
    expect(unhealthy.message).toBe(`Readiness probe failed: Get "http://${ip}:8080/healthz": dial tcp ${ip}:8080: connect: connection refused`);
    expect(unhealthy.count).toBeGreaterThan(10);
  });

  it("a readiness httpGet answered 404 reads HTTP probe failed with statuscode: 404", () => {
    const c = run(spec([{ name: "web", image: "nginx", readinessProbe: { httpGet: { path: "/healthz", port: 80 } } }]));
    c.settle({ forMs: 60_000 });
    expect(reasonsOf(c)).toContain("Unhealthy: Readiness probe failed: HTTP probe failed with statuscode: 404");
  });

  it("a liveness exec probe restarts the container once /tmp/healthy is gone, with Unhealthy and Killing events", () => {
    const c = run(
      spec([
        {
          name: "liveness",
          image: "busybox",
          args: ["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"],
          livenessProbe: { exec: { command: ["cat", "/tmp/healthy"] }, initialDelaySeconds: 5, periodSeconds: 5 },
        },
      ]),
    );
    c.settle({ forMs: 40_000 });
    expect(podLine(c)).toMatch(/^p 1\/1 Running 0 /);
    c.settle({ forMs: 5 * 60_000 });
    const ev = reasonsOf(c);
    expect(ev).toContain("Unhealthy: Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n");
    expect(ev).toContain("Killing: Container liveness failed liveness probe, will be restarted");
    const restarts = (status(c).containerStatuses as Json[])[0].restartCount as number;
    expect(restarts).toBeGreaterThanOrEqual(2);
  });

  it("a sidecar tails a log file written into a shared emptyDir and kubectl logs -c sidecar shows the lines", () => {
    const c = run(
      spec(
        [
          { name: "app", image: "busybox", command: ["sh", "-c", "while true; do echo tick >> /var/log/app.log; sleep 5; done"], volumeMounts: [{ name: "logs", mountPath: "/var/log" }] },
          { name: "sidecar", image: "busybox", command: ["sh", "-c", "tail -f /var/log/app.log"], volumeMounts: [{ name: "logs", mountPath: "/var/log" }] },
        ],
        { volumes: [{ name: "logs", emptyDir: {} }] },
      ),
    );
    c.settle({ forMs: 60_000 });
    expect(podLine(c)).toMatch(/^p 2\/2 Running 0 /);
    const text = c.kubelet!.logs("default", "p", "sidecar");
    expect(text.split("\n").filter((l) => l === "tick").length).toBeGreaterThan(5);
    expect(() => c.kubelet!.logs("default", "p")).toThrow("a container name must be specified for pod p, choose one of: [app sidecar]");
  });

  it("mysql without MYSQL_ROOT_PASSWORD crash-loops with back-off 10s, 20s, 40s between restarts", () => {
    const c = run(spec([{ name: "db", image: "mysql:8.0" }]));
    const restartsAt: number[] = [];
    let last = 0;
    for (let t = 0; t < 200; t++) {
      c.settle({ forMs: 1000 });
      const n = ((status(c).containerStatuses as Json[] | undefined)?.[0]?.restartCount as number) ?? 0;
      if (n !== last) restartsAt.push(t);
      last = n;
    }
    expect(restartsAt.length).toBeGreaterThanOrEqual(3);
    const gaps = restartsAt.slice(1).map((t, i) => t - restartsAt[i]);
    expect(gaps[0]).toBeGreaterThanOrEqual(10);
    expect(gaps[1]).toBeGreaterThanOrEqual(20);
    expect(podLine(c)).toMatch(/^p 0\/1 (CrashLoopBackOff|Error) \d+ \(\d+s ago\) /);
    expect(reasonsOf(c).some((e) => e.startsWith(`BackOff: Back-off restarting failed container db in pod p_default(`))).toBe(true);
  });

  it("mysql with MYSQL_ROOT_PASSWORD runs", () => {
    const c = run(spec([{ name: "db", image: "mysql:8.0", env: [{ name: "MYSQL_ROOT_PASSWORD", value: "s3cret" }] }]));
    c.settle({ forMs: 60_000 });
    expect(podLine(c)).toMatch(/^p 1\/1 Running 0 /);
  });

  it("nginx:1.99.99 is ErrImagePull then ImagePullBackOff (image_manager.go)", () => {
    const c = run(spec([{ name: "web", image: "nginx:1.99.99" }]));
    c.settle({ forMs: 5_000 });
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      c.settle({ forMs: 500 });
      seen.add(podLine(c).split(" ")[2]);
    }
    expect(seen).toContain("ErrImagePull");
    expect(seen).toContain("ImagePullBackOff");
    const ev = reasonsOf(c);
    expect(ev).toContain(
      'Failed: Failed to pull image "nginx:1.99.99": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.99.99": failed to resolve reference "docker.io/library/nginx:1.99.99": docker.io/library/nginx:1.99.99: not found',
    );
    expect(ev).toContain('BackOff: Back-off pulling image "nginx:1.99.99"');
    expect(ev).toContain("Failed: Error: ImagePullBackOff");
    expect(() => c.kubelet!.logs("default", "p")).toThrow(/container "web" in pod "p" is waiting to start: (trying and failing to pull image|image can't be pulled)/);
  });

  it("polinux/stress over its memory limit is OOMKilled", () => {
    const c = run(spec([{ name: "s", image: "polinux/stress", resources: { limits: { memory: "100Mi" } }, command: ["stress"], args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"] }], { restartPolicy: "Never" }));
    c.settle({ forMs: 60_000 });
    expect(podLine(c)).toMatch(/^p 0\/1 OOMKilled 0 /);
  });

  it.each([
    { name: "a Job-like pod that exits 0 is Completed", code: 0, shows: "Completed" },
    { name: "a Job-like pod that exits 1 is Error", code: 1, shows: "Error" },
  ])("$name", ({ code, shows }) => {
    const c = run(spec([{ name: "job", image: "busybox", command: ["sh", "-c", `echo done; exit ${code}`] }], { restartPolicy: "Never" }));
    c.settle({ forMs: 60_000 });
    expect(podLine(c)).toMatch(new RegExp(`^p 0/1 ${shows} 0 `));
    expect(c.kubelet!.logs("default", "p")).toBe("done\n");
  });

  it("init containers run in order: Init:0/2, then the app runs", () => {
    const c = run(
      spec([{ name: "app", image: "nginx" }], {
        initContainers: [
          { name: "one", image: "busybox", command: ["sh", "-c", "sleep 20"] },
          { name: "two", image: "busybox", command: ["sh", "-c", "sleep 20"] },
        ],
      }),
    );
    c.settle({ forMs: 10_000 });
    expect(podLine(c)).toMatch(/^p 0\/1 Init:0\/2 0 /);
    c.settle({ forMs: 20_000 });
    expect(podLine(c)).toMatch(/^p 0\/1 Init:1\/2 0 /);
    c.settle({ forMs: 60_000 });
    expect(podLine(c)).toMatch(/^p 1\/1 Running 0 /);
  });

  it("a native sidecar keeps running and counts in READY", () => {
    const c = run(spec([{ name: "app", image: "nginx" }], { initContainers: [{ name: "side", image: "busybox", restartPolicy: "Always", command: ["sh", "-c", "sleep 3600"] }] }));
    c.settle({ forMs: 60_000 });
    expect(podLine(c)).toMatch(/^p 2\/2 Running 0 /);
  });

  it("a missing ConfigMap key is CreateContainerConfigError with the kubelet's message", () => {
    const c = createCluster();
    c.api.create({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg", namespace: "default" }, data: { a: "1" } } as KubeObject);
    c.api.create({
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "p", namespace: "default" },
      spec: { containers: [{ name: "app", image: "busybox", command: ["sleep", "3600"], env: [{ name: "X", valueFrom: { configMapKeyRef: { name: "cfg", key: "k" } } }] }] },
    } as KubeObject);
    c.settle({ forMs: 30_000 });
    expect(podLine(c)).toMatch(/^p 0\/1 CreateContainerConfigError 0 /);
    expect(reasonsOf(c)).toContain("Failed: Error: couldn't find key k in ConfigMap default/cfg");
  });

  it("a missing ConfigMap volume keeps the pod ContainerCreating with FailedMount", () => {
    const c = run(spec([{ name: "app", image: "busybox", command: ["sleep", "3600"], volumeMounts: [{ name: "x", mountPath: "/cfg" }] }], { volumes: [{ name: "x", configMap: { name: "y" } }] }));
    c.settle({ forMs: 30_000 });
    expect(podLine(c)).toMatch(/^p 0\/1 ContainerCreating 0 /);
    expect(reasonsOf(c)).toContain('FailedMount: MountVolume.SetUp failed for volume "x" : configmap "y" not found');
  });

  it("runAsNonRoot with a root image is CreateContainerConfigError", () => {
    const c = run(spec([{ name: "app", image: "nginx", securityContext: { runAsNonRoot: true } }]));
    c.settle({ forMs: 30_000 });
    const uid = c.api.get(pods, "default", "p").metadata.uid;
    expect(reasonsOf(c)).toContain(`Failed: Error: container has runAsNonRoot and image will run as root (pod: "p_default(${uid})", container: app)`);
  });

  it("graceful deletion shows Terminating, then the pod is gone after the grace period", () => {
    const c = run(spec([{ name: "app", image: "busybox", command: ["sleep", "3600"] }], { terminationGracePeriodSeconds: 20 }));
    c.settle({ forMs: 30_000 });
    c.api.delete(pods, "default", "p");
    c.settle({ forMs: 5_000 });
    expect(podLine(c)).toMatch(/^p 1\/1 Terminating 0 /);
    c.settle({ forMs: 20_000 });
    expect(() => c.api.get(pods, "default", "p")).toThrow('pods "p" not found');
  });

  it("kubectl delete --force --grace-period=0 removes the pod at once", () => {
    const c = run(spec([{ name: "app", image: "busybox", command: ["sleep", "3600"] }]));
    c.settle({ forMs: 30_000 });
    c.api.delete(pods, "default", "p", { gracePeriodSeconds: 0 });
    expect(() => c.api.get(pods, "default", "p")).toThrow('pods "p" not found');
  });

  it("exec runs in a running container and is refused for a waiting one", () => {
    const c = run(spec([{ name: "app", image: "busybox", command: ["sh", "-c", "echo hi > /tmp/x; sleep 3600"] }]));
    c.settle({ forMs: 30_000 });
    expect(c.kubelet!.exec("default", "p", "app", ["cat", "/tmp/x"])).toMatchObject({ stdout: "hi\n", exitCode: 0 });
    expect(() => c.kubelet!.exec("default", "p", "nope", ["true"])).toThrow("container nope is not valid for pod p");
    expect(c.kubelet!.podByIP(status(c).podIP as string)?.name).toBe("p");
  });

  it("the container sees the resolv.conf, hosts and hostname the kubelet writes (kubelet_pods.go ensureHostsFile, dns.go GetPodDNS)", () => {
    const c = run(spec([{ name: "app", image: "busybox", command: ["sleep", "3600"] }]));
    c.settle({ forMs: 30_000 });
    const cat = (path: string) => c.kubelet!.exec("default", "p", "app", ["cat", path]);
    expect(cat("/etc/resolv.conf")).toMatchObject({ stdout: "search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n", exitCode: 0 });
    expect(cat("/etc/hostname")).toMatchObject({ stdout: "p\n" });
    expect(cat("/etc/hosts")).toMatchObject({ stdout: expect.stringMatching(/^# Kubernetes-managed hosts file\.\n127\.0\.0\.1\tlocalhost\n[^]*\n192\.168\.1\.\d+\tp\n$/) });
  });

  it("readOnlyRootFilesystem refuses writes to the image's directories but not to an emptyDir", () => {
    const c = run(spec([{ name: "app", image: "busybox", command: ["sleep", "3600"], securityContext: { readOnlyRootFilesystem: true }, volumeMounts: [{ name: "scratch", mountPath: "/scratch" }] }], { volumes: [{ name: "scratch", emptyDir: {} }] }));
    c.settle({ forMs: 30_000 });
    expect(c.kubelet!.exec("default", "p", "app", ["touch", "/tmp/x"])).toMatchObject({ stderr: "touch: /tmp/x: Read-only file system\n", exitCode: 1 });
    expect(c.kubelet!.exec("default", "p", "app", ["touch", "/scratch/x"])).toMatchObject({ stderr: "", exitCode: 0 });
  });

  it("a new image in the pod spec ends ImagePullBackOff, and restarts a running container (kuberuntime_manager.go: definition changed)", () => {
    const c = run(spec([{ name: "app", image: "redis:7.4-alpne" }]));
    c.settle({ forMs: 60_000 });
    expect(podLine(c)).toMatch(/^p 0\/1 ImagePullBackOff 0 /);
    const update = (image: string) => {
      const pod = c.api.get(pods, "default", "p");
      ((pod.spec as Json).containers as Json[])[0].image = image;
      c.api.update(pod);
    };
    update("redis:7.4-alpine");
    c.settle({ forMs: 30_000 });
    expect(podLine(c)).toMatch(/^p 1\/1 Running 0 /);
    update("redis:7.4");
    c.settle({ forMs: 60_000 });
    expect(podLine(c)).toMatch(/^p 1\/1 Running 1 /);
    expect(reasonsOf(c)).toContain("Killing: Container app definition changed, will be restarted");
    expect((status(c).containerStatuses as Json[])[0].image).toBe("docker.io/library/redis:7.4");
  });

  it("the same scenario twice gives identical snapshots", () => {
    const once = () => {
      const c = run(spec([{ name: "db", image: "mysql:8.0" }, { name: "web", image: "nginx", readinessProbe: { httpGet: { path: "/", port: 80 } } }]), 7);
      c.settle({ forMs: 5 * 60_000 });
      return JSON.stringify(c.snapshot());
    };
    expect(once()).toBe(once());
  });

  it("an endless busy loop and 100 crash-looping pods over an hour stay bounded", () => {
    const c = createCluster();
    c.api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "busy", namespace: "default" }, spec: { containers: [{ name: "b", image: "busybox", command: ["sh", "-c", "while true; do :; done"] }] } } as KubeObject);
    for (let i = 0; i < 100; i++)
      c.api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: `crash-${i}`, namespace: "default" }, spec: { containers: [{ name: "c", image: "busybox", command: ["sh", "-c", "exit 1"] }] } } as KubeObject);
    const r = c.settle({ forMs: 60 * 60_000, maxSteps: 1_000_000 });
    expect(r.truncated).toBe(false);
    expect(podLine(c, "busy")).toMatch(/^busy 1\/1 Running 0 /);
    expect(podLine(c, "crash-0")).toMatch(/^crash-0 0\/1 (CrashLoopBackOff|Error) \d+ /);
  }, 30_000); // ~10,000 settle steps: about 5 s on a 2-core machine (known hot spot, see the report)

  it("Go durations read as time.Duration.String()", () => {
    expect([10_000, 300_000, 80_000, 1234, 812].map(goDuration)).toEqual(["10s", "5m0s", "1m20s", "1.234s", "812ms"]);
  });

  it("container ids are the sha256 of pod uid, container and instance, in hex", () => {
    for (const [uid, name, n] of [["u-1", "app", 1], ["9f0c", "sidecar-é", 12]] as const) {
      expect(containerID(uid, name, n)).toBe(createHash("sha256").update(`${uid}/${name}/${n}`).digest("hex"));
    }
  });
});
