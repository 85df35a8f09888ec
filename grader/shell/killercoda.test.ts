// Killercoda-style CKAD tasks as bash scripts: setup, then the candidate's
// solution, then the verify script. setup → solution → verify passes;
// setup → verify fails. While a kubectl command a scenario needs is not yet in
// grader/kubectl/commands/registry.ts, the case checks instead that verify
// fails with the runner's "not supported" message (and names the command).
import { describe, it, expect } from "vitest";
import { createCluster } from "../cluster/cluster";
import { commandHandlers } from "../kubectl/commands/registry";
import { Workstation } from "./workstation";

interface Scenario {
  name: string;
  /** kubectl command paths the scripts use (registry keys). */
  needs: string[];
  setup: string;
  solution: string;
  verify: string;
}

const prelude = "set -euo pipefail\nfail() { echo \"FAIL: $*\" >&2; exit 1; }\n";

const scenarios: Scenario[] = [
  {
    name: "a pod created from a heredoc piped into kubectl apply becomes Ready",
    needs: ["apply", "wait", "get"],
    setup: "kubectl create namespace q1",
    solution: "cat <<EOF | kubectl apply -f -\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: q1\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.27\nEOF",
    verify: 'kubectl -n q1 wait --for=condition=Ready pod/web --timeout=60s >/dev/null\nimg=$(kubectl -n q1 get pod web -o jsonpath=\'{.spec.containers[0].image}\')\n[[ "$img" == "nginx:1.27" ]] || fail "image is $img"',
  },
  {
    name: "a deployment scaled to three replicas rolls out",
    needs: ["create deployment", "scale", "rollout status", "get"],
    setup: "kubectl create deployment api --image=nginx:1.27",
    solution: "kubectl scale deployment api --replicas=3",
    verify: 'kubectl rollout status deploy/api --timeout=60s >/dev/null\nready=$(kubectl get deploy api -o jsonpath=\'{.status.readyReplicas}\')\n[[ "$ready" == "3" ]] || fail "readyReplicas=$ready"',
  },
  {
    name: "a deployment's image is updated with kubectl set image",
    needs: ["create deployment", "set image", "rollout status", "get"],
    setup: "kubectl create deployment shop --image=nginx:1.26",
    solution: "kubectl set image deployment/shop nginx=nginx:1.27",
    verify: 'kubectl rollout status deploy/shop --timeout=60s >/dev/null\n[[ $(kubectl get deploy shop -o jsonpath=\'{.spec.template.spec.containers[0].image}\') == nginx:1.27 ]] || fail image',
  },
  {
    name: "a configmap holds the requested key",
    needs: ["create configmap", "get"],
    setup: "true",
    solution: "kubectl create configmap app-config --from-literal=MODE=prod",
    verify: 'mode=$(kubectl get cm app-config -o jsonpath=\'{.data.MODE}\' 2>/dev/null || true)\n[[ "$mode" == prod ]] || fail "MODE=$mode"',
  },
  {
    name: "a secret value decodes with base64 -d",
    needs: ["create secret generic", "get"],
    setup: "true",
    solution: "kubectl create secret generic db --from-literal=password=s3cret",
    verify: 'pw=$(kubectl get secret db -o jsonpath=\'{.data.password}\' 2>/dev/null | base64 -d || true)\n[[ "$pw" == s3cret ]] || fail "password=$pw"',
  },
  {
    name: "the answer file lists the pod names of a namespace, one per line",
    needs: ["create namespace", "run", "get"],
    setup: "kubectl create namespace q6\nkubectl -n q6 run a --image=busybox -- sleep 3600\nkubectl -n q6 run b --image=busybox -- sleep 3600",
    solution: "mkdir -p /opt/course/6\nkubectl -n q6 get pods -o jsonpath='{range .items[*]}{.metadata.name}{\"\\n\"}{end}' > /opt/course/6/pods.txt",
    verify: '[[ -f /opt/course/6/pods.txt ]] || fail "no answer file"\n[[ "$(cat /opt/course/6/pods.txt)" == $\'a\\nb\' ]] || fail "wrong content"',
  },
  {
    name: "a pod labelled tier=frontend is found by its label",
    needs: ["run", "label", "get"],
    setup: "kubectl run front --image=nginx",
    solution: "kubectl label pod front tier=frontend",
    verify: 'n=$(kubectl get pods -l tier=frontend -o name | wc -l)\n[[ $n -eq 1 ]] || fail "found $n pods"',
  },
  {
    name: "a service exposes a deployment on port 80",
    needs: ["create deployment", "expose", "get"],
    setup: "kubectl create deployment blog --image=nginx",
    solution: "kubectl expose deployment blog --port=80 --target-port=80",
    verify: 'port=$(kubectl get svc blog -o jsonpath=\'{.spec.ports[0].port}\' 2>/dev/null || true)\n[[ "$port" == 80 ]] || fail "port=$port"',
  },
  {
    name: "a job runs to completion",
    needs: ["create job", "wait", "get"],
    setup: "true",
    solution: "kubectl create job hello --image=busybox -- echo hello",
    verify: "kubectl wait --for=condition=Complete job/hello --timeout=60s >/dev/null 2>&1 || fail 'job not complete'",
  },
  {
    name: "work in a namespace set as the context's default with set-context --current",
    needs: ["create namespace", "run", "get"],
    setup: "kubectl create namespace q10",
    solution: "kubectl config set-context --current --namespace=q10\nkubectl run ctx-pod --image=nginx",
    verify: 'kubectl -n q10 get pod ctx-pod >/dev/null 2>&1 || fail "no pod in q10"',
  },
  {
    name: "a deployment edited through KUBE_EDITOR gets two replicas",
    needs: ["create deployment", "edit", "get"],
    setup: "kubectl create deployment ed --image=nginx",
    solution: "KUBE_EDITOR=\"sed -i 's/replicas: 1/replicas: 2/'\" kubectl edit deploy ed",
    verify: '[[ $(kubectl get deploy ed -o jsonpath=\'{.spec.replicas}\' 2>/dev/null || true) == 2 ]] || fail replicas',
  },
];

async function runScenario(s: Scenario, withSolution: boolean) {
  const ws = new Workstation({ cluster: createCluster() });
  await ws.run(`${prelude}${s.setup}\n`);
  if (withSolution) await ws.run(`${prelude}${s.solution}\n`);
  return ws.run(`${prelude}${s.verify}\necho PASS\n`);
}

describe("Killercoda-style scenarios", () => {
  for (const s of scenarios) {
    it(`${s.name}: every kubectl command it needs is implemented`, () => {
      expect(s.needs.filter((path) => !commandHandlers[path])).toEqual([]);
    });
    it(`${s.name}: setup, solution, verify passes`, async () => {
      const r = await runScenario(s, true);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe("PASS\n");
      expect(r.exitCode).toBe(0);
    });
    it(`${s.name}: setup then verify without the solution fails`, async () => {
      const r = await runScenario(s, false);
      expect(r.exitCode).not.toBe(0);
      expect(r.stdout).not.toContain("PASS");
    });
  }
});
