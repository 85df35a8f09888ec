// The direct way of applying a manifests answer gives exactly what the shell
// way (`cat > FILE` then `kubectl apply -f FILE`, as typed) gives: the same
// output, the same files and the same cluster, for good and bad answers alike.
import { describe, expect, it } from "vitest";
import { createCluster } from "../cluster/cluster";
import { Workstation } from "./workstation";
import { applyManifests, applyManifestsThroughShell } from "./manifest-answer";

const path = "/root/answer.yaml";

const cases: { name: string; manifests: string; setup?: string }[] = [
  {
    name: "a ConfigMap and a Deployment are created and kubectl prints one line each",
    manifests:
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  mode: fast\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: nginx\n          image: nginx:1.27\n",
  },
  { name: "an object the API server refuses prints the server's Invalid error", manifests: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n" },
  { name: "an empty file prints kubectl's no-objects error", manifests: "\n" },
  { name: "control characters print the YAML parser's error naming the file", manifests: "\u0001\u0002garbage: [\n" },
  { name: "a lone surrogate and CRLF line ends are written as the shell writes them", manifests: "apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: odd\r\ndata:\r\n  k: \"\ud800x\"\r\n" },
  { name: "a namespace that does not exist prints the NotFound error", manifests: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: nowhere\n" },
  { name: "a directory in the answer's place makes the shell's message the result", manifests: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n", setup: `mkdir -p ${path}` },
];

async function outcome(viaShell: boolean, manifests: string, setup?: string) {
  const cluster = createCluster({ seed: 1 });
  const ws = new Workstation({ cluster });
  if (setup) await ws.run(setup);
  const result = viaShell ? await applyManifestsThroughShell(ws, manifests, path) : await applyManifests(ws, manifests, path);
  return { result: { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }, files: ws.files(), cluster: cluster.snapshot() };
}

describe("a manifests answer applied directly or through the shell", () => {
  it.each(cases)("$name", async ({ manifests, setup }) => {
    const direct = await outcome(false, manifests, setup);
    const shell = await outcome(true, manifests, setup);
    expect(direct).toEqual(shell);
    expect(direct.result.stdout + direct.result.stderr).not.toBe("");
  });
});
