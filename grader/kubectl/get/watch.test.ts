// `kubectl get -w` against the simulated cluster. Expected outputs follow k8s.io/kubectl
// pkg/cmd/get/get.go watch() (v0.34.5), skip_printer.go, and cli-runtime pkg/printers
// tableprinter.go (headers once, EVENT column, formattedEventType), yaml.go (`---` between
// documents), json.go (a WatchEvent on one line), tabwriter.go (RememberWidths), and
// pkg/resource/builder.go for the errors. A server is needed, so no binary goldens.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "../commands/write-test-io";

async function podJustCreated() {
  const w = testWorkstation();
  await w.kubectl("run", "p", "--image=nginx");
  return w;
}

async function podRunning() {
  const w = await podJustCreated();
  w.cluster.settle({ forMs: 60_000 });
  return w;
}

describe("kubectl get --watch: tables", () => {
  it("a new pod's table is printed once, then one row per change, aligned under the remembered widths", async () => {
    const r = await (await podJustCreated()).kubectl("get", "pods", "-w");
    expect(r).toEqual({
      stdout:
        "NAME   READY   STATUS    RESTARTS   AGE\n" +
        "p      0/1     Pending   0          0s\n" +
        "p      0/1     Pending   0          0s\n" +
        "p      0/1     ContainerCreating   0          0s\n" +
        "p      1/1     Running             0          5s\n",
      stderr: "",
      exitCode: 0,
    });
  });

  it("--output-watch-events adds an EVENT column: ADDED for the listed objects, then each event's type", async () => {
    const r = await (await podJustCreated()).kubectl("get", "pods", "--watch", "--output-watch-events");
    expect(r.stdout).toBe(
      "EVENT      NAME   READY   STATUS    RESTARTS   AGE\n" +
        "ADDED      p      0/1     Pending   0          0s\n" +
        "MODIFIED   p      0/1     Pending   0          0s\n" +
        "MODIFIED   p      0/1     ContainerCreating   0          0s\n" +
        "MODIFIED   p      1/1     Running             0          5s\n",
    );
  });

  it("--watch-only prints no list, and the headers come with the first event's row", async () => {
    const w = await podRunning();
    // A label added 2 virtual seconds into the watch.
    w.cluster.clock.after(2000, () => w.cluster.api.patch({ group: "", version: "v1", resource: "pods" }, "default", "p", "merge", { metadata: { labels: { tier: "web" } } }));
    const r = await w.kubectl("get", "pods", "--watch-only", "-L", "tier");
    expect(r.stdout).toBe("NAME   READY   STATUS    RESTARTS   AGE   TIER\np      1/1     Running   0          62s   web\n");
  });

  it("a watch on a settled cluster ends at once: no timer is pending, nothing can change", async () => {
    const w = await podRunning();
    const before = w.cluster.clock.now();
    const r = await w.kubectl("get", "pod", "p", "-w");
    expect(r.stdout).toBe("NAME   READY   STATUS    RESTARTS   AGE\np      1/1     Running   0          60s\n");
    expect(w.cluster.clock.now() - before).toBe(0);
  });

  it("an empty namespace prints nothing at all (no `No resources found` on the watch path)", async () => {
    const r = await testWorkstation().kubectl("get", "pods", "-w");
    expect(r).toEqual({ stdout: "", stderr: "", exitCode: 0 });
  });

  it("--request-timeout closes the watch after that much virtual time, silently", async () => {
    const w = testWorkstation();
    await w.kubectl("run", "crash", "--image=busybox", "--", "false");
    const before = w.cluster.clock.now();
    const r = await w.kubectl("get", "pods", "-w", "--request-timeout=3");
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr: "", exitCode: 0 });
    expect(w.cluster.clock.now() - before).toBeLessThanOrEqual(3000);
  });
});

describe("kubectl get --watch: -o printers", () => {
  it("-o name prints the object again for every event", async () => {
    const r = await (await podJustCreated()).kubectl("get", "pods", "-w", "-o", "name");
    expect(r.stdout).toBe("pod/p\npod/p\npod/p\npod/p\n");
  });

  it("-o yaml prints each object as its own document, `---` between them", async () => {
    const r = await (await podJustCreated()).kubectl("get", "pods", "-w", "-o", "yaml");
    const documents = r.stdout.split("---\n");
    expect(documents.length).toBe(4);
    for (const d of documents) expect(d.startsWith("apiVersion: v1\nkind: Pod\nmetadata:\n")).toBe(true);
  });

  it("-o yaml --output-watch-events prints each event as `object:` then `type:` (keys sorted)", async () => {
    const r = await (await podRunning()).kubectl("get", "pod", "p", "-w", "-o", "yaml", "--output-watch-events");
    expect(r.stdout.startsWith("object:\n  apiVersion: v1\n  kind: Pod\n")).toBe(true);
    expect(r.stdout.endsWith("type: ADDED\n")).toBe(true);
  });

  it("-o json --output-watch-events prints each event on one line, type before object", async () => {
    const r = await (await podJustCreated()).kubectl("get", "pods", "-w", "-o", "json", "--output-watch-events");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines.map((l) => l.slice(0, 45))).toEqual([
      '{"type":"ADDED","object":{"apiVersion":"v1","',
      '{"type":"MODIFIED","object":{"apiVersion":"v1',
      '{"type":"MODIFIED","object":{"apiVersion":"v1',
      '{"type":"MODIFIED","object":{"apiVersion":"v1',
    ]);
    expect((JSON.parse(lines[3]) as { object: { status: { phase: string } } }).object.status.phase).toBe("Running");
  });
});

describe("kubectl get --watch: errors and warnings", () => {
  const cases: { name: string; argv: string[]; stdout?: string; stderr: string; exitCode: number }[] = [
    {
      name: "no resource at all is the builder's missingResourceError (get's own check is skipped when watching)",
      argv: ["get", "-w"],
      stderr:
        "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
      exitCode: 1,
    },
    { name: "two types are refused by SingleResourceType", argv: ["get", "pods,services", "-w"], stderr: "error: you may only specify a single resource type\n", exitCode: 1 },
    {
      name: "TYPE/NAME pairs of two kinds are multipleGVKsRequested",
      argv: ["get", "pod/p", "service/kubernetes", "-w"],
      stderr: "error: watch is only supported on individual resources and resource collections - more than 1 resource was found\n",
      exitCode: 1,
    },
    { name: "--output-watch-events without a watch is refused by Validate", argv: ["get", "pods", "--output-watch-events"], stderr: "error: --output-watch-events option can only be used with --watch or --watch-only\n", exitCode: 1 },
    {
      name: "--sort-by with --watch is a warning, and the listed table is still sorted",
      argv: ["get", "pods", "-w", "--sort-by=.metadata.name"],
      stdout: "NAME   READY   STATUS    RESTARTS   AGE\np      1/1     Running   0          60s\n",
      stderr: "warning: --watch requested, --sort-by will be ignored for watch events received\n",
      exitCode: 0,
    },
    { name: "--sort-by with --watch-only has its own warning", argv: ["get", "pods", "--watch-only", "--sort-by=.metadata.name"], stdout: "", stderr: "warning: --watch-only requested, --sort-by will be ignored\n", exitCode: 0 },
    {
      name: "two named objects are listed, then cannot be watched together (Result.Watch)",
      argv: ["get", "pods", "p", "p", "-w"],
      stdout: "NAME   READY   STATUS    RESTARTS   AGE\np      1/1     Running   0          60s\np      1/1     Running   0          60s\n",
      stderr: "error: you may only watch a single resource or type of resource at a time\n",
      exitCode: 1,
    },
    { name: "a missing object is NotFound", argv: ["get", "pod", "nope", "-w"], stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 },
    { name: "a missing object with --ignore-not-found ends quietly", argv: ["get", "pod", "nope", "-w", "--ignore-not-found"], stdout: "", stderr: "", exitCode: 0 },
    {
      name: "a --request-timeout that is no duration is clientcmd's ParseTimeout error",
      argv: ["get", "pods", "-w", "--request-timeout=soon"],
      stderr: "error: Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)\n",
      exitCode: 1,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await (await podRunning()).kubectl(...c.argv);
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: c.stdout ?? "", stderr: c.stderr, exitCode: c.exitCode });
    });
  }
});
