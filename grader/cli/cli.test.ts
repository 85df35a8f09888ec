import { describe, it, expect } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runKubesim } from "./main";
import { stateFileName } from "./state";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function kubesim(argv: string[], opts: { cwd?: string; stdin?: string } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runKubesim(argv, {
    cwd: opts.cwd ?? tmpdir(),
    env: {},
    readStdin: () => opts.stdin ?? "",
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
  });
  return { code, stdout, stderr };
}

const freshDir = () => mkdtempSync(join(tmpdir(), "kubesim-test-"));

describe("kubesim state", () => {
  it("persists the workstation's files, the clock and the kubeconfig between two invocations", async () => {
    const state = join(freshDir(), "state");
    const first = await kubesim(["shell", "--state", state, "-c", "echo hi > /root/note; kubectl config set-context --current --namespace=web >/dev/null; sleep 60"]);
    expect(first).toEqual({ code: 0, stdout: "", stderr: "" });
    const second = await kubesim(["shell", "--state", state, "-c", "cat /root/note; date -u +%H:%M:%S"]);
    expect(second.stdout).toBe("hi\n00:01:01\n");
    const saved = JSON.parse(readFileSync(join(state, stateFileName), "utf8"));
    expect(saved.kubeconfig.namespace).toBe("web");
  });

  it("starts fresh in a missing directory and in an empty one", async () => {
    const empty = freshDir();
    for (const state of [join(freshDir(), "missing"), empty]) {
      const r = await kubesim(["shell", "--state", state, "-c", "date -u +%Y-%m-%d; ls /root"]);
      expect(r).toEqual({ code: 0, stdout: "2026-01-01\n", stderr: "" });
      expect(existsSync(join(state, stateFileName))).toBe(true);
    }
  });

  const refused = [
    { name: "a state file that is not JSON is refused as corrupt", content: "{not json", message: "is corrupt (not valid JSON)" },
    { name: "a JSON file of another format is refused as foreign", content: '{"format":"something-else"}', message: 'is not a kubesim state (expected format "kubedojo.kubesim-state/v2")' },
    { name: "a kubesim state missing its cluster is refused as corrupt", content: '{"format":"kubedojo.kubesim-state/v1","files":{},"kubeconfig":{"namespace":"default","currentContext":"x"}}', message: "is corrupt (missing or malformed cluster, files or kubeconfig)" },
  ];
  for (const c of refused) {
    it(`${c.name}, with one line, exit code 1 and the file untouched`, async () => {
      const state = freshDir();
      writeFileSync(join(state, stateFileName), c.content);
      const r = await kubesim(["shell", "--state", state, "-c", "echo should-not-run"]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(c.message);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(readFileSync(join(state, stateFileName), "utf8")).toBe(c.content);
    });
  }

  it("a non-empty directory without a state file is refused and left alone", async () => {
    const state = freshDir();
    writeFileSync(join(state, "precious.txt"), "mine");
    const r = await kubesim(["kubectl", "--state", state, "config", "current-context"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kubesim: state directory ${state} is not empty and holds no ${stateFileName}; use an empty directory\n`);
    expect(existsSync(join(state, stateFileName))).toBe(false);
  });

  it("reset replaces a corrupt state with a fresh cluster on the given topology", async () => {
    const dir = freshDir();
    const state = join(dir, "s");
    mkdirSync(state);
    writeFileSync(join(state, stateFileName), "garbage");
    writeFileSync(join(dir, "topology.yaml"), "extraNodes:\n  - name: node02\n");
    const r = await kubesim(["reset", "--state", state, "--topology", join(dir, "topology.yaml")]);
    expect(r).toEqual({ code: 0, stdout: `kubesim: fresh cluster in ${state}\n`, stderr: "" });
    const saved = JSON.parse(readFileSync(join(state, stateFileName), "utf8"));
    expect(JSON.stringify(saved.cluster.store)).toContain("node02");
  });

  it("the default state directory is .kubesim in the current directory", async () => {
    const cwd = freshDir();
    await kubesim(["shell", "-c", "true"], { cwd });
    expect(existsSync(join(cwd, ".kubesim", stateFileName))).toBe(true);
  });
});

describe("kubesim keeps running containers between invocations", () => {
  const kubectlIn = (state: string) => (...args: string[]) => kubesim(["kubectl", "--state", state, ...args]);

  it("a pod started in one invocation keeps running in the next: logs, exec and its loop's count as if one process had run", async () => {
    const state = join(freshDir(), "s");
    const k = kubectlIn(state);
    expect((await k("run", "web", "--image=nginx:1.27")).stdout).toBe("pod/web created\n");
    expect((await k("run", "counter", "--image=busybox:1.36", "--", "sh", "-c", "i=0; while true; do i=$((i+1)); echo tick $i; sleep 2; done")).code).toBe(0);
    for (let i = 0; i < 4; i++) await k("get", "pods");
    const logs = await k("logs", "counter");
    const exec = await k("exec", "web", "--", "cat", "/usr/share/nginx/html/index.html");
    const pods = await k("get", "pods", "--no-headers", "-o", "custom-columns=NAME:.metadata.name,PHASE:.status.phase,READY:.status.containerStatuses[0].ready");

    // The same commands in one process: what a real cluster would have shown.
    const one = join(freshDir(), "one");
    const script = [
      "kubectl run web --image=nginx:1.27 >/dev/null",
      "kubectl run counter --image=busybox:1.36 -- sh -c 'i=0; while true; do i=$((i+1)); echo tick $i; sleep 2; done' >/dev/null",
      ...Array.from({ length: 4 }, () => "kubectl get pods >/dev/null"),
      "kubectl logs counter",
      "kubectl exec web -- cat /usr/share/nginx/html/index.html",
      "kubectl get pods --no-headers -o custom-columns=NAME:.metadata.name,PHASE:.status.phase,READY:.status.containerStatuses[0].ready",
    ].join("\n");
    const whole = await kubesim(["shell", "--state", one, "-c", script]);
    expect(logs.stdout).toMatch(/^tick 1\ntick 2\n/);
    expect(exec.stdout).toContain("Welcome to nginx!");
    expect(pods.stdout).toBe("counter   Running   true\nweb       Running   true\n");
    expect(logs.stdout + exec.stdout + pods.stdout).toBe(whole.stdout);
  });

  it("keeps only a snapshot once no pod of the user is left, and replays while one is (a finished pod keeps its logs)", async () => {
    const state = join(freshDir(), "s");
    const k = kubectlIn(state);
    const saved = () => JSON.parse(readFileSync(join(state, stateFileName), "utf8"));
    await k("get", "nodes");
    expect(saved().replay).toBeUndefined();
    await k("run", "once", "--image=busybox:1.36", "--restart=Never", "--", "sh", "-c", "sleep 10; echo done");
    expect(saved().replay.journal).toHaveLength(1);
    await kubesim(["shell", "--state", state, "-c", "sleep 30"]);
    expect((await k("get", "pod", "once", "-o", "jsonpath={.status.phase}")).stdout).toBe("Succeeded");
    expect((await k("logs", "once")).stdout).toBe("done\n");
    expect(saved().replay.journal).toHaveLength(4);
    await k("delete", "pod", "once", "--wait=false");
    await kubesim(["shell", "--state", state, "-c", "sleep 35"]);
    expect(saved().replay).toBeUndefined();
    expect((await k("get", "pods")).stderr).toBe("No resources found in default namespace.\n");
  });
});

describe("kubesim exit codes and usage", () => {
  const cases: { name: string; argv: string[]; stdin?: string; code: number; stdout?: string; stderr?: string }[] = [
    { name: "the script's exit code is kubesim's", argv: ["shell", "-c", "exit 3"], code: 3 },
    { name: "a script read from stdin runs when neither FILE nor -c is given", argv: ["shell"], stdin: "echo from-stdin\n", code: 0, stdout: "from-stdin\n" },
    { name: "kubectl's exit code is kubesim's", argv: ["kubectl", "config", "current-context"], code: 0, stdout: "kubernetes-admin@kubernetes\n" },
    { name: "an unknown kubectl command fails as kubectl does", argv: ["kubectl", "frobnicate"], code: 1 },
    { name: "--help prints the usage", argv: ["--help"], code: 0 },
    { name: "an unknown kubesim command is a usage error", argv: ["frob"], code: 2, stderr: 'kubesim: unknown command "frob"\nRun \'kubesim --help\' for usage.\n' },
    { name: "a missing script file is a usage error", argv: ["shell", "/no/such/script.sh"], code: 2, stderr: "kubesim: script file /no/such/script.sh does not exist\nRun 'kubesim --help' for usage.\n" },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const state = join(freshDir(), "s");
      const [command, ...rest] = c.argv;
      const argv = command === "--help" || command === "frob" ? c.argv : [command, "--state", state, ...rest];
      const r = await kubesim(argv, { stdin: c.stdin });
      expect(r.code).toBe(c.code);
      if (c.stdout !== undefined) expect(r.stdout).toBe(c.stdout);
      if (c.stderr !== undefined) expect(r.stderr).toBe(c.stderr);
      if (command === "--help") expect(r.stdout).toContain("kubesim shell [--state DIR] [FILE | -c SCRIPT]");
    });
  }
});

describe("kubesim bad input ends within a bound", () => {
  const bomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)].join("\n");
  const big = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  k: "${"x".repeat(10 * 1024 * 1024)}"\n`;
  const cases = [
    { name: "a 10 MB file given to kubectl apply -f", argv: ["kubectl", "apply", "-f", "-"], stdin: big },
    { name: "a YAML alias bomb given to kubectl apply -f", argv: ["kubectl", "apply", "-f", "-"], stdin: bomb },
    { name: "a YAML alias bomb given to yq in the shell", argv: ["shell"], stdin: `cat > /tmp/bomb.yaml <<'EOF'\n${bomb}\nEOF\nyq '.j | length' /tmp/bomb.yaml | head -c 100\n` },
    { name: "a fork bomb in the shell", argv: ["shell", "-c", ":(){ :|:& };:"], stdin: "" },
    { name: "an endless loop in the shell", argv: ["shell", "-c", "while true; do :; done"], stdin: "" },
  ];
  for (const c of cases) {
    it(`${c.name} ends within 20 seconds`, async () => {
      const state = join(freshDir(), "s");
      const [command, ...rest] = c.argv;
      const started = performance.now();
      const r = await kubesim([command, "--state", state, ...rest], { stdin: c.stdin });
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(typeof r.code).toBe("number");
      expect(r.stderr).not.toContain("internal error");
    }, 30_000);
  }
});
