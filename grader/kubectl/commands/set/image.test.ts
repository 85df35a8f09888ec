// `--local -f` cases: goldens from kubectl v1.34.5 run offline on d.yaml below.
// Server cases: k8s.io/kubectl/pkg/cmd/set/set_image.go v0.34.5.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "../write-test-io";

const d =
  "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      initContainers:\n      - name: init\n        image: busybox\n      containers:\n      - name: nginx\n        image: nginx\n      - name: side\n        image: busybox\n";
const cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n";
const deployments = { group: "apps", version: "v1", resource: "deployments" };

describe("kubectl set image --local (goldens from kubectl v1.34.5)", () => {
  const cases: { name: string; argv: string[]; stdout: string; stderr: string; exitCode: number }[] = [
    { name: "one container's image prints `image updated`", argv: ["nginx=nginx:2"], stdout: "deployment.apps/web image updated\n", stderr: "", exitCode: 0 },
    { name: "`*` sets every container's image", argv: ["*=x"], stdout: "deployment.apps/web image updated\n", stderr: "", exitCode: 0 },
    { name: "an unknown container is `unable to find container named`", argv: ["nope=x"], stdout: "", stderr: 'error: unable to find container named "nope"\n', exitCode: 1 },
    {
      name: "two unknown containers are reported one per line",
      argv: ["nope=x", "nope2=y"],
      stdout: "",
      stderr: 'error: unable to find container named "nope"\nerror: unable to find container named "nope2"\n',
      exitCode: 1,
    },
    { name: "the current image again changes nothing and prints nothing", argv: ["nginx=nginx"], stdout: "", stderr: "", exitCode: 0 },
    {
      name: "a word that is not a pair is a resource, refused with --local",
      argv: ["nginx"],
      stdout: "",
      stderr: "error: you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n",
      exitCode: 1,
    },
    {
      name: "`*` with another pair is refused by Validate",
      argv: ["*=x", "nginx=y"],
      stdout: "",
      stderr: "error: all containers are already specified by *, but saw more than one container_name=container_image pairs\n",
      exitCode: 1,
    },
    { name: "-o name prints only the name", argv: ["nginx=a", "-o", "name"], stdout: "deployment.apps/web\n", stderr: "", exitCode: 0 },
    { name: "no pair at all is refused by Validate", argv: [], stdout: "", stderr: "error: at least one image update is required\n", exitCode: 1 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await testWorkstation({ "d.yaml": d }).kubectl("set", "image", "--local", "-f", "d.yaml", ...c.argv);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
    });
  }
  it("a ConfigMap has no pod template (updatepodspec.go)", async () => {
    const r = await testWorkstation({ "cm.yaml": cm }).kubectl("set", "image", "--local", "-f", "cm.yaml", "a=b");
    expect(r.stderr).toBe("error: configmap/c the object is not a pod or does not have a pod template: *v1.ConfigMap\n");
  });
});

describe("kubectl set image against the server", () => {
  const setup = async () => {
    const w = testWorkstation({ "d.yaml": d });
    await w.kubectl("create", "-f", "d.yaml");
    return w;
  };
  const images = (w: Awaited<ReturnType<typeof setup>>) => {
    const spec = (w.cluster.api.get(deployments, "default", "web").spec as { template: { spec: { containers: { image: string }[]; initContainers: { image: string }[] } } }).template.spec;
    return [...spec.initContainers, ...spec.containers].map((c) => c.image);
  };

  it("updates one container of the deployment", async () => {
    const w = await setup();
    expect((await w.kubectl("set", "image", "deployment/web", "nginx=nginx:1.27")).stdout).toBe("deployment.apps/web image updated\n");
    expect(images(w)).toEqual(["busybox", "nginx:1.27", "busybox"]);
  });
  it("`*` updates init and app containers alike", async () => {
    const w = await setup();
    await w.kubectl("set", "image", "deploy", "web", "*=alpine");
    expect(images(w)).toEqual(["alpine", "alpine", "alpine"]);
  });
  it("--dry-run=server prints `(server dry run)` and changes nothing", async () => {
    const w = await setup();
    expect((await w.kubectl("set", "image", "deploy/web", "nginx=x", "--dry-run=server")).stdout).toBe("deployment.apps/web image updated (server dry run)\n");
    expect(images(w)).toEqual(["busybox", "nginx", "busybox"]);
  });
  it("a missing container still lets the other pairs through, then fails", async () => {
    const w = await setup();
    const r = await w.kubectl("set", "image", "deploy/web", "side=alpine", "nope=x");
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: "deployment.apps/web image updated\n", stderr: 'error: unable to find container named "nope"\n', exitCode: 1 });
    expect(images(w)).toEqual(["busybox", "nginx", "alpine"]);
  });
  it("a resource after a pair is refused (cmdutil.GetResourcesAndPairs)", async () => {
    const r = await (await setup()).kubectl("set", "image", "deploy", "nginx=x", "web");
    expect(r.stderr).toBe("error: all resources must be specified before image changes: web\n");
  });
  it("a pod's image is patched in place", async () => {
    const w = await setup();
    w.cluster.api.create({ apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { containers: [{ name: "c", image: "nginx" }] } });
    expect((await w.kubectl("set", "image", "pod/p", "c=nginx:2")).stdout).toBe("pod/p image updated\n");
    const pod = w.cluster.api.get({ group: "", version: "v1", resource: "pods" }, "default", "p");
    expect((pod.spec as { containers: { image: string }[] }).containers[0].image).toBe("nginx:2");
  });
});
