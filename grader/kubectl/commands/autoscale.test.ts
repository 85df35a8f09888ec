// `-f FILE --dry-run=client` cases: goldens from kubectl v1.34.5 (testdata/discovery-server.mjs
// with a deployments/scale entry standing in for the API server). Server cases:
// k8s.io/kubectl/pkg/cmd/autoscale/autoscale.go v0.34.5.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./write-test-io";

const d =
  "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n";
const p = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: c\n    image: nginx\n";
const files = { "d.yaml": d, "p.yaml": p };
const head = "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\nspec:\n  maxReplicas: 5\n";
const tail = "  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\nstatus:\n  currentMetrics: null\n  desiredReplicas: 0\n";

describe("kubectl autoscale -f --dry-run=client (goldens from kubectl v1.34.5)", () => {
  const cases: { name: string; argv: string[]; stdout: string; stderr: string; exitCode: number }[] = [
    { name: "the success line is `created (dry run)`", argv: ["--max=5"], stdout: "horizontalpodautoscaler.autoscaling/web created (dry run)\n", stderr: "", exitCode: 0 },
    { name: "only --max gives an HPA without metrics", argv: ["--max=5", "-o", "yaml"], stdout: head + tail, stderr: "", exitCode: 0 },
    {
      name: "--cpu=80% is a utilization, --memory=200 an average value in Mi",
      argv: ["--max=5", "--min=2", "--cpu=80%", "--memory=200", "-o", "yaml"],
      stdout:
        head +
        "  metrics:\n  - resource:\n      name: cpu\n      target:\n        averageUtilization: 80\n        type: Utilization\n    type: Resource\n  - resource:\n      name: memory\n      target:\n        averageValue: 200Mi\n        type: AverageValue\n    type: Resource\n  minReplicas: 2\n" +
        tail,
      stderr: "",
      exitCode: 0,
    },
    {
      name: "a bare --cpu number is milli-CPU",
      argv: ["--max=5", "--cpu=500", "-o", "yaml"],
      stdout: head + "  metrics:\n  - resource:\n      name: cpu\n      target:\n        averageValue: 500m\n        type: AverageValue\n    type: Resource\n" + tail,
      stderr: "",
      exitCode: 0,
    },
    { name: "--max below --min", argv: ["--max=1", "--min=3"], stdout: "", stderr: "error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: 1, min: 3\n", exitCode: 1 },
    { name: "--max=0", argv: ["--max=0"], stdout: "", stderr: "error: --max=MAXPODS is required and must be at least 1, max: 0\n", exitCode: 1 },
    { name: "a malformed --cpu quantity", argv: ["--max=5", "--cpu=abc"], stdout: "", stderr: "error: invalid resource cpu value: abc\n", exitCode: 1 },
    { name: "a malformed percentage", argv: ["--max=5", "--cpu=x%"], stdout: "", stderr: "error: invalid percentage value: x\n", exitCode: 1 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await testWorkstation(files).kubectl("autoscale", "-f", "d.yaml", ...c.argv, "--dry-run=client");
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
    });
  }
  it("a pod has no scale subresource", async () => {
    const r = await testWorkstation(files).kubectl("autoscale", "-f", "p.yaml", "--max=3", "--dry-run=client");
    expect(r.stderr).toBe("error: cannot autoscale a Pod: could not find scale subresource for /v1, Resource=pods in discovery information\n");
  });
});

describe("kubectl autoscale against the server (autoscale.go)", () => {
  it("creates the HPA: `horizontalpodautoscaler.autoscaling/web autoscaled`", async () => {
    const w = testWorkstation(files);
    await w.kubectl("create", "-f", "d.yaml");
    const r = await w.kubectl("autoscale", "deployment", "web", "--min=2", "--max=10", "--cpu=80%");
    expect(r).toEqual({ stdout: "horizontalpodautoscaler.autoscaling/web autoscaled\n", stderr: "", exitCode: 0 });
    const hpa = w.cluster.api.get({ group: "autoscaling", version: "v2", resource: "horizontalpodautoscalers" }, "default", "web");
    expect(hpa.spec).toMatchObject({ minReplicas: 2, maxReplicas: 10, scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" } });
  });
});
