// A script of plain kubectl lines gives the same result run directly as in
// just-bash: output, exit code, files, kubeconfig and the cluster itself.
import { describe, expect, it } from "vitest";
import { createCluster } from "../cluster/cluster";
import { Workstation } from "./workstation";
import { parseKubectlScript, runKubectlScript } from "./kubectl-lines";
import type { ExecutionLimits } from "./workstation-bash";

const setup = [
  "kubectl create namespace shop",
  "kubectl -n shop create deployment web --image=nginx:1.27 --replicas=2",
  "kubectl run p --image=busybox:1.36 --restart=Never -- sh -c 'echo hi; sleep 3600'",
  "ln -s /root/loop-a /root/loop-b; ln -s /root/loop-b /root/loop-a",
  "mkdir -p /root/dir",
  "touch /root/file.txt",
].join("\n");

const cases: { name: string; script: string; limits?: ExecutionLimits }[] = [
  { name: "lines that create, scale and list", script: "kubectl create namespace dev\nkubectl -n dev create deployment api --image=httpd:2.4\nk -n dev scale deployment api --replicas=3\nkubectl -n dev get deploy,rs\n" },
  { name: "k and kubectl, -o jsonpath in single quotes, -A and -o name", script: "k get pods -A; kubectl get ns default -o jsonpath='{.metadata.name}'; kubectl get ns -o name" },
  { name: "a failing line sets the status and the next line still runs", script: "kubectl get nope\nkubectl -n shop get deployment web -o wide" },
  { name: "the last line's failure is the script's status", script: "kubectl -n shop get deployment web\nkubectl -n shop get deployment nope" },
  { name: "&& and || choose what runs", script: "kubectl get nope && kubectl get ns || kubectl version --client; kubectl get ns default && kubectl get ns kube-system || kubectl get nope" },
  { name: "! negates a line's status", script: "! kubectl get ns default; ! kubectl get ns nowhere" },
  { name: "double quotes, escapes and a line continuation", script: 'kubectl create configmap c --from-literal=k="a b" --from-literal=j=caf\\é \\\n  --from-literal=q="x\\"y"\nkubectl get cm c -o yaml' },
  { name: "a pod's readiness waited on the clock, then its logs and an exec", script: "kubectl wait --for=condition=Ready pod/p --timeout=60s\nkubectl logs p\nkubectl exec p -- cat /etc/hostname\nkubectl exec p -- sh -c 'exit 3'" },
  { name: "a rollout waited on the clock", script: "kubectl -n shop set image deployment/web nginx=nginx:1.28\nkubectl -n shop rollout status deployment web --timeout=60s\nkubectl -n shop rollout history deployment web" },
  { name: "missing, looping and directory paths given to -f", script: "kubectl apply -f /root/missing.yaml; kubectl apply -f /root/loop-a; kubectl apply -f /root/dir; kubectl apply -f -" },
  { name: "the kubeconfig's namespace set by one line is used by the next", script: "kubectl config set-context --current --namespace=shop\nk get deploy\nkubectl config view --minify -o jsonpath='{..namespace}'" },
  { name: "usage errors, help and explain", script: "kubectl frobnicate; kubectl get; kubectl run --help; kubectl explain pod.spec.containers.image" },
  { name: "kubectl edit with no editor configured", script: "kubectl -n shop edit deployment web" },
  { name: "kubectl cp", script: "kubectl cp p:/etc/hostname /root/hostname.txt" },
  { name: "output past the limit ends the script with just-bash's message and status 126", script: "kubectl get ns; kubectl -n shop get deploy web -o yaml; kubectl get ns", limits: { maxOutputSize: 400 } },
  { name: "a line's stderr past the limit drops that line's stdout too", script: "kubectl get ns default -o name; kubectl get nope-1 nope-2 nope-3 nope-4", limits: { maxOutputSize: 60 } },
  { name: "here-documents fed to kubectl through cat, quoted and not", script: "cat <<'YAML' | kubectl apply -f -\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-heredoc\ndata:\n  k: '$HOME `x` \\\\'\nYAML\ncat <<EOF | k -n shop create -f -\napiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: {a: café}\nEOF\nkubectl get cm from-heredoc -o yaml; k -n shop get secret s -o jsonpath='{.data.a}'" },
  { name: "a here-document that kubectl rejects, negated, then one it ignores", script: "! cat <<'EOF' | kubectl apply -f -\nkind: Nothing\nEOF\ncat <<'EOF' | kubectl get ns default && cat <<'EOF' | kubectl apply -f - || kubectl get ns\nignored\nEOF\n: not yaml [\nEOF\n" },
  { name: "an unquoted here-document's line continuation", script: "cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: joined}\ndata: {k: a\\\nb}\nEOF\nkubectl get cm joined -o jsonpath='{.data.k}'" },
  { name: "an unquoted here-document with glob characters and braces", script: "cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Pod\nmetadata: {name: globs, labels: {a: b}}\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n      command: [\"sh\", \"-c\", \"ls /etc/*.conf /r?ot [ab]* {x,y}; sleep 3600\"]\nEOF\nkubectl get pod globs -o jsonpath='{.spec.containers[0].command}'" },
  { name: "mkdir -p and sleep between kubectl lines", script: "mkdir -p /opt/course/7 /root/a/b\nkubectl create namespace x\nsleep 30\nmkdir -p /opt/course/7 /tmp/t\nkubectl -n shop get pods\nsleep 4000 && kubectl -n shop get events -o name; kubectl get ns x" },
  { name: "mkdir -p that fails, or that only the shell may try, runs in the shell", script: "mkdir -p /root/file.txt/sub; kubectl get ns x; mkdir -p /root/loop-a/x || mkdir -p /etc/x/y && mkdir -p rel/dir /root/k ../up\n! mkdir -p /root/file.txt\nkubectl get ns default" },
  { name: "output into new and existing files, relative and absolute, read by the next line", script: "kubectl get ns -o name > /root/ns.txt\nkubectl -n shop get deploy web -o yaml > file.txt\nkubectl apply -f /root/file.txt > /tmp/applied.txt\nk get nope > /opt/nope.txt; kubectl get ns default 1> /root/dir/d.txt\nkubectl get ns default nope >/root/mixed.txt\nkubectl create configmap u --from-literal=k=café --dry-run=client -o yaml > /root/dir/u.yaml\nkubectl apply -f /root/dir/u.yaml > /root/dir/u.yaml" },
  { name: "targets only the shell may open run in the shell, with its messages", script: "kubectl get ns > /root/dir; kubectl get ns > /root/missing/x.txt; kubectl get ns > /root/loop-a\nkubectl get ns > /etc/x; kubectl get ns > /root/file.txt/x; ! kubectl get ns > rel.txt; kubectl get ns > /opt\nk get ns default > ../root/up.txt" },
  { name: "a file written again later carries the later time; && and || around redirected lines", script: "kubectl get ns > /root/t.txt\nsleep 30\nkubectl get ns default > /root/t.txt && kubectl get nope > /root/a.txt || kubectl get ns kube-system > /root/b.txt && kubectl get ns default" },
  { name: "output into a file counts toward the output limit, and past it the file stays empty", script: "kubectl -n shop get deploy web -o yaml > /root/web.yaml\nkubectl get ns default -o name", limits: { maxOutputSize: 60 } },
  { name: "a redirected line's stdout and stderr count once toward the limit", script: "kubectl get ns default -o name; kubectl get ns default nope > /root/m.txt\nkubectl get ns default -o name > /root/n.txt; kubectl get ns kube-system -o name", limits: { maxOutputSize: 100 } },
  { name: "the limit counts bytes, not characters", script: "kubectl create configmap u --from-literal=k=ééééééééééééééééééééééééééééééé\nkubectl get cm u -o jsonpath='{.data.k}'", limits: { maxOutputSize: 60 } },
];

async function outcome(shellPath: "fast" | "just-bash", script: string, limits?: ExecutionLimits) {
  const cluster = createCluster({ seed: 1 });
  const prepared = new Workstation({ cluster, shellPath: "just-bash" });
  await prepared.run(setup);
  const ws = new Workstation({ cluster, files: prepared.files(), shellPath, limits });
  const r = await ws.run(script);
  // The tree as JSON: file times and modes, without /dev/null's function.
  const tree: unknown = JSON.parse(JSON.stringify(ws.tree()));
  return { result: { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }, files: ws.files(), tree, kubeconfig: ws.kubeconfig, cluster: cluster.snapshot() };
}

describe("plain kubectl scripts run directly or in just-bash", () => {
  it.each(cases)("$name", async ({ script, limits }) => {
    expect(parseKubectlScript(script)).toBeDefined();
    const direct = await outcome("fast", script, limits);
    const shell = await outcome("just-bash", script, limits);
    expect(direct).toEqual(shell);
    expect(direct.result.stdout + direct.result.stderr).not.toBe("");
  });
});

describe("which scripts are plain kubectl lines", () => {
  it.each([
    ["kubectl get pods | grep web", false],
    ["kubectl get pods >> /root/pods.txt", false],
    ["kubectl get pods > /dev/null", false],
    ["kubectl get pods 2> /root/err.txt", false],
    ["kubectl get pods > /root/pods.txt 2>&1", false],
    ["kubectl get pods > /root/a.txt > /root/b.txt", false],
    ["kubectl get pods > $F", false],
    ["kubectl get pods > ~/pods.txt", false],
    ["kubectl get pods >| /root/pods.txt", false],
    ["cat <<'EOF' | kubectl apply -f - > /root/out.txt\nkind: x\nEOF", false],
    ["mkdir -p /root/x > /root/y; kubectl get ns", false],
    ["sleep 1 > /root/y; kubectl get ns", false],
    ["kubectl get pods > /root/pods.txt && k get ns 1>'a b.txt'", true],
    ["kubectl apply -f - <<EOF\nkind: x\nEOF", false],
    ["kubectl -n $NS get pods", false],
    ['kubectl get pods -l "app=$APP"', false],
    ["kubectl get pods $(echo web)", false],
    ["kubectl get pods web-*", false],
    ["kubectl get pods -o jsonpath={.items}", false],
    ["kubectl apply -f ~/a.yaml", false],
    ["kubectl get pods &", false],
    ["time kubectl get pods", false],
    ["KUBECONFIG=/x kubectl get pods", false],
    ["NS=shop; kubectl -n shop get pods", false],
    ["sudo kubectl get pods", false],
    ["kubectl get pods; echo done", false],
    ["# only a comment", false],
    ["", false],
    ["cat <<EOF | kubectl apply -f -\nname: $NAME\nEOF", false],
    ["cat <<-EOF | kubectl apply -f -\n\tkind: x\nEOF", false],
    ["cat <<'EOF' |& kubectl apply -f -\nkind: x\nEOF", false],
    ["cat <<'EOF' | kubectl apply -f - | grep x\nkind: x\nEOF", false],
    ["cat <<'EOF' | kubectl apply -f -\nkind: x\n", false],
    ["cat a.yaml | kubectl apply -f -", false],
    ["cat - <<'EOF' | kubectl apply -f -\nkind: x\nEOF", false],
    ["cat <<'EOF' > /root/a.yaml | kubectl apply -f -\nkind: x\nEOF", false],
    ["echo kind: x | kubectl apply -f -", false],
    ["sleep 1.5; kubectl get ns", false],
    ["sleep 30s; kubectl get ns", false],
    ["sleep; kubectl get ns", false],
    ["mkdir /root/x; kubectl get ns", false],
    ["mkdir -p -v /root/x; kubectl get ns", false],
    ["mkdir -p; kubectl get ns", false],
    ["cat <<'EOF' | sleep 3\nEOF\nkubectl get ns", false],
    ["cat <<'EOF' | mkdir -p /root/x\nEOF\nkubectl get ns", false],
    ["mkdir -p /opt/course/1 && kubectl get ns\nsleep 5", true],
    ["kubectl get pods 'a b' \"c d\" e\\ f # comment", true],
    ["cat <<'EOF' | kubectl apply -f -\nname: $NAME `x` \\\nEOF\ncat <<EOF | k apply -f -\nkind: x\nEOF", true],
    ["k get pods\n\nkubectl get svc && k get ep || ! kubectl version", true],
  ])("%j → %s", (script, plain) => {
    expect(parseKubectlScript(script) !== undefined).toBe(plain);
  });
});

describe("a line that throws", () => {
  // just-bash's wording for a command that throws instead of returning: "NAME: MESSAGE", status 1.
  it("prints NAME: MESSAGE on stderr with status 1, and the script goes on", async () => {
    const script = parseKubectlScript("k get pods; kubectl get svc")!;
    const result = await runKubectlScript(script, async (line) => {
      if (line.name === "k") throw new Error("boom");
      return { stdout: "svc\n", stderr: "", exitCode: 0 };
    }, 1000);
    expect(result).toEqual({ stdout: "svc\n", stderr: "k: boom\n", exitCode: 0 });
  });
});

describe("parses kept between runs", () => {
  it("gives a script seen before the same lines, frozen, and a plain script's parse stays plain", () => {
    const script = "kubectl get pods 'a b' && k -n shop get svc; ! kubectl version";
    const first = parseKubectlScript(script)!;
    const again = parseKubectlScript(script)!;
    expect(again).toBe(first);
    expect(again).toEqual([
      { lines: [{ name: "kubectl", args: ["get", "pods", "a b"], negated: false }, { name: "k", args: ["-n", "shop", "get", "svc"], negated: false }], operators: ["&&"] },
      { lines: [{ name: "kubectl", args: ["version"], negated: true }], operators: [] },
    ]);
    expect(() => first[0].lines[0].args.push("x")).toThrow(TypeError);
    expect(parseKubectlScript("kubectl get pods | grep web")).toBeUndefined();
    expect(parseKubectlScript("kubectl get pods | grep web")).toBeUndefined();
  });
});
