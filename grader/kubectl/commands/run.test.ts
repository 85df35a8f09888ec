// Dry-run cases: goldens from kubectl v1.34.5 (testdata/discovery-server.mjs
// standing in for the API server). Attached runs: k8s.io/kubectl/pkg/cmd/run/run.go
// v0.34.5 (logs, deferred removeCreatedObjects, CodeExitError `pod NS/NAME terminated (REASON)`).
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./write-test-io";

const exposedYaml =
  "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n  - port: 80\n    protocol: TCP\n    targetPort: 80\n  selector:\n    run: x\nstatus:\n  loadBalancer: {}\n---\n---\n" +
  "apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    run: x\n  name: x\nspec:\n  containers:\n  - image: nginx\n    name: x\n    ports:\n    - containerPort: 80\n    resources: {}\n  dnsPolicy: ClusterFirst\n  restartPolicy: Always\nstatus: {}\n";

describe("kubectl run --dry-run=client (goldens from kubectl v1.34.5)", () => {
  const cases: { name: string; argv: string[]; stdout: string; stderr: string; exitCode: number }[] = [
    { name: "a plain run prints `pod/x created (dry run)`", argv: ["run", "x", "--image=nginx", "--dry-run=client"], stdout: "pod/x created (dry run)\n", stderr: "", exitCode: 0 },
    {
      name: "--expose prints the service line before the pod line",
      argv: ["run", "x", "--image=nginx", "--port=80", "--expose", "--dry-run=client"],
      stdout: "service/x created (dry run)\npod/x created (dry run)\n",
      stderr: "",
      exitCode: 0,
    },
    { name: "--expose -o name prints both names", argv: ["run", "x", "--image=nginx", "--port=80", "--expose", "--dry-run=client", "-o", "name"], stdout: "service/x\npod/x\n", stderr: "", exitCode: 0 },
    { name: "--expose -o yaml separates the objects with two `---` lines", argv: ["run", "x", "--image=nginx", "--port=80", "--expose", "--dry-run=client", "-o", "yaml"], stdout: exposedYaml, stderr: "", exitCode: 0 },
    {
      name: "--rm without --attach is a usage error",
      argv: ["run", "x", "--image=nginx", "--rm", "--dry-run=client"],
      stdout: "",
      stderr: "error: --rm should only be used for attached containers\nSee 'kubectl run -h' for help and examples\n",
      exitCode: 1,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await testWorkstation().kubectl(...c.argv);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
    });
  }
});

describe("kubectl run against the cluster (run.go)", () => {
  const pods = { group: "", version: "v1", resource: "pods" };
  const services = { group: "", version: "v1", resource: "services" };

  it("creates the pod and prints `pod/x created`", async () => {
    const w = testWorkstation();
    const r = await w.kubectl("run", "x", "--image=nginx");
    expect(r).toEqual({ stdout: "pod/x created\n", stderr: "", exitCode: 0 });
    expect(w.cluster.api.get(pods, "default", "x").metadata.labels).toEqual({ run: "x" });
  });
  it("--expose --port also creates the service selecting run=x", async () => {
    const w = testWorkstation();
    const r = await w.kubectl("run", "x", "--image=nginx", "--port=80", "--expose");
    expect(r).toEqual({ stdout: "service/x created\npod/x created\n", stderr: "", exitCode: 0 });
    const svc = w.cluster.api.get(services, "default", "x");
    expect((svc.spec as { selector: unknown; ports: unknown[] }).selector).toEqual({ run: "x" });
    expect((svc.spec as { ports: unknown[] }).ports).toEqual([{ port: 80, protocol: "TCP", targetPort: 80 }]);
  });
  it("--rm -it with a one-shot command prints its output, deletes the pod and exits 0", async () => {
    const w = testWorkstation();
    const r = await w.kubectl("run", "t", "--image=busybox", "--rm", "-it", "--restart=Never", "--", "echo", "hi");
    expect(r).toEqual({ stdout: 'hi\npod "t" deleted from default namespace\n', stderr: "", exitCode: 0 });
  });
  it("--attach without --rm keeps the completed pod", async () => {
    const w = testWorkstation();
    const r = await w.kubectl("run", "t", "--image=busybox", "--attach", "--restart=Never", "--", "echo", "hi");
    expect(r).toEqual({ stdout: "hi\n", stderr: "", exitCode: 0 });
    expect((w.cluster.api.get(pods, "default", "t").status as { phase: string }).phase).toBe("Succeeded");
  });
  it("a failing one-shot command exits with the container's code after the pod is removed", async () => {
    const w = testWorkstation();
    const r = await w.kubectl("run", "t", "--image=busybox", "--rm", "-i", "--restart=Never", "--", "sh", "-c", "echo no; exit 3");
    expect(r).toEqual({ stdout: 'no\npod "t" deleted from default namespace\n', stderr: "pod default/t terminated (Error)\n\n", exitCode: 3 });
  });
});
