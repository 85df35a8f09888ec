// Expected texts follow kubectl v1.34's get.go (tables per type, blank line between types,
// kind/ prefixes for several types, "No resources found" on stderr, errors after the output)
// and cli-runtime's printers (v1 List for several objects); messages are upstream's.
import { beforeAll, describe, expect, it } from "vitest";
import { createCluster, type Cluster } from "../../cluster/cluster";
import { runKubectl } from "../run";
import type { KubectlIO } from "./command";

let io: KubectlIO;

async function kubectl(...argv: string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  return runKubectl(argv, io);
}

beforeAll(async () => {
  const cluster: Cluster = createCluster();
  io = {
    cluster,
    namespace: "default",
    stdin: "",
    readFile: (path) => {
      if (path === "cols.txt") return "NAME DATA\n.metadata.name .data.k\n";
      throw new Error(`open ${path}: no such file or directory`);
    },
  };
  for (const argv of [
    ["create", "namespace", "dev"],
    ["create", "configmap", "a", "--from-literal=k=v"],
    ["create", "configmap", "b", "-n", "dev", "--from-literal=k=w"],
    ["label", "cm", "a", "tier=web"],
  ]) {
    const r = await kubectl(...argv);
    if (r.exitCode !== 0) throw new Error(r.stderr);
  }
});

const cases: { name: string; argv: string[]; stdout: string; stderr?: string; exitCode?: number }[] = [
  {
    name: "a list of one type prints the server's table without kind prefixes",
    argv: ["get", "configmaps"],
    stdout: "NAME               DATA   AGE\na                  1      0s\nkube-root-ca.crt   1      60m\n",
  },
  {
    name: "two types separated by a comma print two tables, a blank line between, names prefixed by kind",
    argv: ["get", "cm,svc"],
    stdout:
      "NAME                         DATA   AGE\nconfigmap/a                  1      0s\nconfigmap/kube-root-ca.crt   1      60m\n\n" +
      "NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nservice/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   60m\n",
  },
  {
    name: "TYPE/NAME pairs of two types print like two types",
    argv: ["get", "cm/a", "svc/kubernetes"],
    stdout:
      "NAME          DATA   AGE\nconfigmap/a   1      0s\n\n" +
      "NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nservice/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   60m\n",
  },
  {
    name: "a missing name among found ones prints the found, then the NotFound error, and fails",
    argv: ["get", "cm", "a", "nope"],
    stdout: "NAME   DATA   AGE\na      1      0s\n",
    stderr: 'Error from server (NotFound): configmaps "nope" not found\n',
    exitCode: 1,
  },
  {
    name: "-A adds the NAMESPACE column for a namespaced type",
    argv: ["get", "cm", "-A", "-l", "k8s-app!=x", "--field-selector", "metadata.name!=kube-root-ca.crt", "--sort-by=.metadata.name"],
    stdout:
      "NAMESPACE     NAME         DATA   AGE\ndefault       a            1      0s\ndev           b            1      0s\nkube-system   coredns      1      60m\nkube-system   kube-proxy   1      60m\n",
  },
  {
    name: "-L adds a column per label key, headed by the key in capitals",
    argv: ["get", "cm", "-L", "tier"],
    stdout: "NAME               DATA   AGE   TIER\na                  1      0s    web\nkube-root-ca.crt   1      60m   \n",
  },
  {
    name: "--show-labels adds LABELS with <none> for an object without labels",
    argv: ["get", "cm", "--show-labels"],
    stdout: "NAME               DATA   AGE   LABELS\na                  1      0s    tier=web\nkube-root-ca.crt   1      60m   <none>\n",
  },
  {
    name: "--no-headers drops the header row",
    argv: ["get", "cm", "--no-headers"],
    stdout: "a                  1     0s\nkube-root-ca.crt   1     60m\n",
  },
  {
    name: "--show-kind prefixes names for a single type",
    argv: ["get", "cm", "--show-kind"],
    stdout: "NAME                         DATA   AGE\nconfigmap/a                  1      0s\nconfigmap/kube-root-ca.crt   1      60m\n",
  },
  {
    name: "an empty namespace says No resources found on stderr (get.go)",
    argv: ["get", "pods", "-n", "dev"],
    stdout: "",
    stderr: "No resources found in dev namespace.\n",
  },
  {
    name: "a cluster-scoped type with nothing selected says No resources found without a namespace",
    argv: ["get", "ns", "-l", "nothing=here"],
    stdout: "",
    stderr: "No resources found\n",
  },
  {
    name: "--ignore-not-found prints nothing for a missing name",
    argv: ["get", "cm", "nope", "--ignore-not-found"],
    stdout: "",
  },
  {
    name: "a missing name is a NotFound error from the server",
    argv: ["get", "pod", "x"],
    stdout: "",
    stderr: 'Error from server (NotFound): pods "x" not found\n',
    exitCode: 1,
  },
  {
    name: "an unknown type is refused by the REST mapper",
    argv: ["get", "foo"],
    stdout: "",
    stderr: 'error: the server doesn\'t have a resource type "foo"\n',
    exitCode: 1,
  },
  {
    name: "no type at all prints get's own message (get.go)",
    argv: ["get"],
    stdout: "",
    stderr:
      'error: You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n',
    exitCode: 1,
  },
  {
    name: "a name with -A is refused (builder.go)",
    argv: ["get", "cm", "a", "-A"],
    stdout: "",
    stderr: "error: a resource cannot be retrieved by name across all namespaces\n",
    exitCode: 1,
  },
  {
    name: "a name with a selector is refused (builder.go)",
    argv: ["get", "cm", "a", "-l", "x=y"],
    stdout: "",
    stderr: "error: name cannot be provided when a selector is specified\n",
    exitCode: 1,
  },
  {
    name: "a type then TYPE/NAME is refused (builder.go)",
    argv: ["get", "cm/a", "svc"],
    stdout: "",
    stderr:
      "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
    exitCode: 1,
  },
  {
    name: "-o name prints kind/name per object",
    argv: ["get", "cm", "-o", "name"],
    stdout: "configmap/a\nconfigmap/kube-root-ca.crt\n",
  },
  {
    name: "-o jsonpath on a named object sees the object itself",
    argv: ["get", "cm", "a", "-o", 'jsonpath={.data.k}{"\\n"}'],
    stdout: "v\n",
  },
  {
    name: "-o jsonpath on a list sees a v1 List of the items",
    argv: ["get", "cm", "-o", "jsonpath={.kind} {.items[*].metadata.name}"],
    stdout: "List a kube-root-ca.crt",
  },
  {
    name: "-o jsonpath range over items, one line each",
    argv: ["get", "ns", "-o", 'jsonpath={range .items[*]}{.metadata.name}={.status.phase}{"\\n"}{end}'],
    stdout: "default=Active\ndev=Active\nkube-node-lease=Active\nkube-public=Active\nkube-system=Active\n",
  },
  {
    name: "-o jsonpath-as-json gathers the results into an indented array",
    argv: ["get", "cm", "-o", "jsonpath-as-json={.items[*].metadata.name}"],
    stdout: '[\n    "a",\n    "kube-root-ca.crt"\n]\n',
  },
  {
    name: "-o custom-columns prints the headers as given and <none> for missing values",
    argv: ["get", "cm", "-o", "custom-columns=NAME:.metadata.name,TIER:.metadata.labels.tier"],
    stdout: "NAME               TIER\na                  web\nkube-root-ca.crt   <none>\n",
  },
  {
    name: "-o custom-columns-file reads a line of headers and a line of paths",
    argv: ["get", "cm", "a", "-o", "custom-columns-file=cols.txt"],
    stdout: "NAME   DATA\na      v\n",
  },
  {
    name: "-o custom-columns without a colon is refused (customcolumn.go)",
    argv: ["get", "cm", "-o", "custom-columns=NAME"],
    stdout: "",
    stderr: "error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n",
    exitCode: 1,
  },
  {
    name: "-o yaml of an empty list prints an empty v1 List",
    argv: ["get", "pods", "-n", "dev", "-o", "yaml"],
    stdout: 'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n',
  },
  {
    name: "an unknown -o format lists get's formats",
    argv: ["get", "cm", "-o", "foo"],
    stdout: "",
    stderr:
      'error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
    exitCode: 1,
  },
  {
    name: "--sort-by orders the table rows by the field",
    argv: ["get", "ns", "--sort-by=.metadata.name", "--no-headers", "-o", "custom-columns=N:.metadata.name"],
    stdout: "default\ndev\nkube-node-lease\nkube-public\nkube-system\n",
  },
];

describe("kubectl get prints as kubectl v1.34 (pkg/cmd/get/get.go)", () => {
  it.each(cases)("$name", async ({ argv, stdout, stderr = "", exitCode = 0 }) => {
    expect(await kubectl(...argv)).toEqual({ stdout, stderr, exitCode });
  });
});
