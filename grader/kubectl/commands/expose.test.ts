// `-f FILE --dry-run=client` cases: goldens from kubectl v1.34.5 (testdata/discovery-server.mjs
// standing in for the API server). Server cases: k8s.io/kubectl/pkg/cmd/expose/expose.go v0.34.5.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./write-test-io";

const d =
  "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n";
const p =
  "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n    app: p\n    tier: web\nspec:\n  containers:\n  - name: c\n    image: nginx\n    ports:\n    - containerPort: 80\n    - containerPort: 53\n      protocol: UDP\n";
const cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n";
const files = { "d.yaml": d, "p.yaml": p, "cm.yaml": cm };

const podLabels = "metadata:\n  labels:\n    app: p\n    tier: web\n  name: p\n";
const podSelector = "  selector:\n    app: p\n    tier: web\nstatus:\n  loadBalancer: {}\n";

describe("kubectl expose -f --dry-run=client (goldens from kubectl v1.34.5)", () => {
  const cases: { name: string; argv: string[]; stdout: string; stderr: string; exitCode: number }[] = [
    { name: "a deployment without container ports needs --port", argv: ["-f", "d.yaml"], stdout: "", stderr: "error: couldn't find port via --port flag or introspection\n", exitCode: 1 },
    {
      name: "--port, --target-port, --name and --type shape the service",
      argv: ["-f", "d.yaml", "--port=80", "--target-port=8080", "--name=svc", "--type=NodePort", "-o", "yaml"],
      stdout: "apiVersion: v1\nkind: Service\nmetadata:\n  name: svc\nspec:\n  ports:\n  - port: 80\n    protocol: TCP\n    targetPort: 8080\n  selector:\n    app: web\n  type: NodePort\nstatus:\n  loadBalancer: {}\n",
      stderr: "",
      exitCode: 0,
    },
    {
      name: "a pod's ports become port-1, port-2 with their protocols, its labels the selector and labels",
      argv: ["-f", "p.yaml", "-o", "yaml"],
      stdout: `apiVersion: v1\nkind: Service\n${podLabels}spec:\n  ports:\n  - name: port-1\n    port: 80\n    protocol: TCP\n    targetPort: 80\n  - name: port-2\n    port: 53\n    protocol: UDP\n    targetPort: 53\n${podSelector}`,
      stderr: "",
      exitCode: 0,
    },
    {
      name: "--protocol wins over the pod's protocols",
      argv: ["-f", "p.yaml", "--port=80", "--protocol=UDP", "-o", "yaml"],
      stdout: `apiVersion: v1\nkind: Service\n${podLabels}spec:\n  ports:\n  - port: 80\n    protocol: UDP\n    targetPort: 80\n${podSelector}`,
      stderr: "",
      exitCode: 0,
    },
    { name: "a ConfigMap cannot be exposed", argv: ["-f", "cm.yaml", "--port=80"], stdout: "", stderr: "error: cannot expose a ConfigMap\n", exitCode: 1 },
    { name: "a port that is not a number", argv: ["-f", "p.yaml", "--port=x"], stdout: "", stderr: 'error: strconv.Atoi: parsing "x": invalid syntax\n', exitCode: 1 },
    { name: "an unknown session affinity", argv: ["-f", "d.yaml", "--port=80", "--session-affinity=x"], stdout: "", stderr: "error: unknown session affinity: x\n", exitCode: 1 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await testWorkstation(files).kubectl("expose", ...c.argv, "--dry-run=client");
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
    });
  }
});

describe("kubectl expose against the server (expose.go)", () => {
  const services = { group: "", version: "v1", resource: "services" };
  it("exposes a deployment: `service/web exposed`, selector from matchLabels", async () => {
    const w = testWorkstation(files);
    await w.kubectl("create", "-f", "d.yaml");
    expect(await w.kubectl("expose", "deployment", "web", "--port=80", "--target-port=8080")).toEqual({ stdout: "service/web exposed\n", stderr: "", exitCode: 0 });
    const svc = w.cluster.api.get(services, "default", "web");
    expect(svc.spec).toMatchObject({ selector: { app: "web" }, ports: [{ port: 80, protocol: "TCP", targetPort: 8080 }], type: "ClusterIP" });
  });
  it("exposes a pod under another name with --dry-run=server changing nothing", async () => {
    const w = testWorkstation(files);
    await w.kubectl("create", "-f", "p.yaml");
    expect((await w.kubectl("expose", "pod/p", "--port=80", "--name=front", "--dry-run=server")).stdout).toBe("service/front exposed (server dry run)\n");
    expect(() => w.cluster.api.get(services, "default", "front")).toThrow();
  });
  it("a missing object is NotFound", async () => {
    const r = await testWorkstation().kubectl("expose", "deploy", "nope", "--port=80");
    expect(r).toEqual({ stdout: "", stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n', exitCode: 1 });
  });
});
