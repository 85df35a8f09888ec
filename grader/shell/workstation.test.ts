import { describe, it, expect } from "vitest";
import { createCluster } from "../cluster/cluster";
import { Workstation } from "./workstation";

const newWorkstation = (files?: Record<string, string>) => new Workstation({ cluster: createCluster(), files });

describe("Workstation shell features a CKAD script relies on", () => {
  const cases: { name: string; script: string; stdout: string; exitCode?: number }[] = [
    { name: "a heredoc piped into a command reaches its stdin", script: "cat <<EOF | base64\nabc\nEOF\n", stdout: "YWJjCg==\n" },
    { name: "functions, $(...) and [[ ]] work under set -euo pipefail", script: 'set -euo pipefail\nf() { echo "hi $1"; }\nx=$(f there)\n[[ $x == "hi there" ]] && echo ok\n', stdout: "ok\n" },
    { name: "set -e stops the script at the first failing command with its exit code", script: "set -e\necho one\nfalse\necho two\n", stdout: "one\n", exitCode: 1 },
    { name: "set -o pipefail makes a pipeline fail when an earlier stage fails", script: "set -o pipefail\nfalse | cat\necho rc=$?\n", stdout: "rc=1\n" },
    { name: "jq reads JSON from a pipe", script: `echo '{"a":{"b":[1,2]}}' | jq -r '.a.b[1]'\n`, stdout: "2\n" },
    { name: "yq reads YAML from a pipe", script: "printf 'spec:\\n  replicas: 3\\n' | yq '.spec.replicas'\n", stdout: "3\n" },
    { name: "grep, sed and awk filter text", script: "printf 'a 1\\nb 2\\n' | grep b | sed 's/b/c/' | awk '{print $2}'\n", stdout: "2\n" },
    { name: "the shell starts in /root with HOME=/root", script: "pwd; echo $HOME\n", stdout: "/root\n/root\n" },
    { name: "the filesystem holds only the workstation's directories, nothing from the host", script: "ls /\n", stdout: "dev\netc\nopt\nroot\ntmp\n" },
    { name: "a host path is just a missing file", script: "cat /work/main/package.json 2>/dev/null || echo missing\n", stdout: "missing\n" },
    { name: "date reads the cluster's virtual clock, which starts on 2026-01-01", script: "date -u +%Y-%m-%dT%H:%M:%SZ\n", stdout: "2026-01-01T00:00:00Z\n" },
    { name: "sleep advances the virtual clock instead of waiting", script: "sleep 90; date -u +%H:%M:%S\n", stdout: "00:01:30\n" },
    { name: "a redirection into a missing directory fails that command only and the script goes on", script: "echo x > /opt/course/9/answer.txt; echo next\n", stdout: "next\n" },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await newWorkstation().run(c.script);
      expect(r.stdout).toBe(c.stdout);
      expect(r.exitCode).toBe(c.exitCode ?? 0);
    });
  }

  it("a redirection into a missing directory prints bash's message", async () => {
    const r = await newWorkstation().run("echo x > /opt/course/9/answer.txt\n");
    expect(r.stderr).toBe("bash: /opt/course/9/answer.txt: No such file or directory\n");
  });
});

describe("Workstation files", () => {
  it("keeps files between runs and snapshots them for persistence", async () => {
    const ws = newWorkstation({ "/opt/course/1/": "" });
    await ws.run("echo hello > /opt/course/1/answer.txt; mkdir -p /root/empty");
    const files = ws.files();
    expect(files["/opt/course/1/answer.txt"]).toBe("hello\n");
    expect(files["/root/empty/"]).toBe("");
    const restored = newWorkstation(files);
    expect((await restored.run("cat /opt/course/1/answer.txt; ls -d /root/empty")).stdout).toBe("hello\n/root/empty\n");
  });

  it("stamps files written, touched and copied with the cluster's virtual time, never the host's", async () => {
    const ws = newWorkstation({});
    await ws.run("sleep 90; echo hi > /tmp/a; touch /tmp/b; touch /tmp/a; cp /tmp/a /tmp/c");
    const now = ws.cluster.clock.now();
    const entries = (ws.tree().entries.get("tmp") as { entries: Map<string, { mtimeMs: number }> }).entries;
    expect(["a", "b", "c"].map((name) => entries.get(name)!.mtimeMs - now)).toEqual([0, 0, 0]);
  });

  it("refuses a relative path in the initial files", () => {
    expect(() => newWorkstation({ "root/a": "x" })).toThrow("workstation file path must be absolute: root/a");
  });
});

describe("Workstation kubeconfig", () => {
  // kubectl pkg/cmd/config/create_context.go prints `Context "NAME" modified.`
  it("kubectl config set-context --current --namespace changes the namespace later commands use", async () => {
    const ws = newWorkstation();
    const r = await ws.run("kubectl config set-context --current --namespace=team-a && k config current-context");
    expect(r.stdout).toBe('Context "kubernetes-admin@kubernetes" modified.\nkubernetes-admin@kubernetes\n');
    expect(ws.kubeconfig.namespace).toBe("team-a");
  });

  it("each kubectl command lets the cluster live one virtual second", async () => {
    const ws = newWorkstation();
    const before = ws.cluster.clock.now();
    await ws.run("kubectl config current-context; k config current-context");
    expect(ws.cluster.clock.now() - before).toBe(2000);
  });
});

describe("Workstation bounds: a runaway script ends with a clear error", () => {
  const cases = [
    { name: "an endless loop hits the loop-iteration limit", script: "while true; do :; done; echo after", stderr: "too many iterations (5000)" },
    {
      name: "nested loops under the iteration limit hit the command-count limit",
      script: "for i in $(seq 1 4000); do for j in $(seq 1 4000); do :; done; done; echo after",
      stderr: "too many commands executed (>20000)",
    },
    { name: "a fork bomb hits the recursion limit", script: ":(){ :|:& };:", stderr: "maximum recursion depth (100) exceeded" },
    { name: "unbounded recursion hits the recursion limit", script: "f() { f; }; f", stderr: "maximum recursion depth (100) exceeded" },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const started = performance.now();
      const r = await newWorkstation().run(c.script);
      expect(r.exitCode).not.toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(c.stderr);
      expect(performance.now() - started).toBeLessThan(10_000);
    });
  }
});
