import { describe, it, expect } from "vitest";
import { createCluster } from "../cluster";
import type { KubeObject } from "../apiserver/types";
import { checkSchema } from "./check-schema";
import type { CheckContext, ConnectivitySource } from "./check-context";
import { runChecks } from "./run-checks";
import { scriptUnavailableText } from "./script-check";
import { connectivityUnavailableText } from "./connectivity-check";

function pod(name: string, labels: Record<string, string>, image: string): KubeObject {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default", labels },
    spec: { containers: [{ name: "app", image, resources: { limits: { cpu: "500m", memory: "128Mi" } } }] },
  };
}

// One end state for every case: three web pods (two on 1.27), an old pod, and a candidate's answer file.
const cluster = createCluster();
cluster.api.create(pod("web-1", { app: "web" }, "nginx:1.27"));
cluster.api.create(pod("web-2", { app: "web" }, "nginx:1.27"));
cluster.api.create(pod("web-3", { app: "web", track: "canary" }, "nginx:1.25"));
cluster.api.create(pod("old-1", { app: "old" }, "httpd:2.4"));

const files = { "/opt/course/3/pods.txt": "web-1\nweb-2\nweb-3\n" };
const connections = new Set(["default/client->web.default:80", "default/<busybox app=client>->web:80"]);

const context: CheckContext = {
  api: cluster.api,
  files,
  runScript: async (script) => (script.includes("exit 1") ? 1 : 0),
  connect: async (from: ConnectivitySource, host, port) => {
    const client = from.pod ?? `<busybox ${Object.entries(from.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(",")}>`;
    return connections.has(`${from.namespace}/${client}->${host}:${port}`);
  },
};

interface Case {
  name: string;
  check: Record<string, unknown>;
  ctx?: Partial<CheckContext>;
  passed: boolean;
  message: string;
}

const cases: Case[] = [
  // expect, by name
  { name: "expect: the named pod with the right image passes", check: { expect: { kind: "Pod", name: "web-1", match: { spec: { containers: [{ name: "app", image: "nginx:1.27" }] } } } }, passed: true, message: "" },
  {
    name: "expect: the named pod with the wrong image fails with expected vs actual at the field path",
    check: { expect: { kind: "Pod", name: "web-3", match: { spec: { containers: [{ name: "app", image: "nginx:1.27" }] } } } },
    passed: false,
    message: 'spec.containers[name=app].image: expected "nginx:1.27", got "nginx:1.25"',
  },
  {
    name: "expect: a quantity written differently (0.5 cpu, 0.125Gi) still passes",
    check: { expect: { apiVersion: "v1", kind: "Pod", name: "web-1", match: { spec: { containers: [{ name: "app", resources: { limits: { cpu: "0.5", memory: "0.125Gi" } } }] } } } },
    passed: true,
    message: "",
  },
  { name: "expect: a pod that does not exist fails as not found", check: { expect: { kind: "Pod", name: "web", namespace: "shop" } }, passed: false, message: 'pods "web" not found in namespace "shop"' },
  // expect, by selector
  { name: "expect any: one of three selected pods on nginx:1.25 passes", check: { expect: { kind: "Pod", selector: { app: "web" }, match: { spec: { containers: [{ name: "app", image: "nginx:1.25" }] } } } }, passed: true, message: "" },
  {
    name: "expect any: no selected pod on nginx:1.26 fails and shows the nearest pod",
    check: { expect: { kind: "Pod", selector: "app=web", match: { spec: { containers: [{ name: "app", image: "nginx:1.26" }] } } } },
    passed: false,
    message: 'none of 3 pods with app=web in namespace "default" matches; pod/web-1: spec.containers[name=app].image: expected "nginx:1.26", got "nginx:1.27"',
  },
  {
    name: "expect all: one selected pod on another image fails and names it",
    check: { expect: { kind: "Pod", selector: { app: "web" }, quantifier: "all", match: { spec: { containers: [{ name: "app", image: "nginx:1.27" }] } } } },
    passed: false,
    message: 'pod/web-3: spec.containers[name=app].image: expected "nginx:1.27", got "nginx:1.25"',
  },
  { name: "expect all: every selected pod with a cpu limit of 500m passes", check: { expect: { kind: "Pod", selector: { app: "web" }, quantifier: "all", match: { spec: { containers: [{ name: "app", resources: { limits: { cpu: "500m" } } }] } } } }, passed: true, message: "" },
  { name: "expect all: an empty selection fails rather than passing vacuously", check: { expect: { kind: "Pod", selector: { app: "api" }, quantifier: "all" } }, passed: false, message: 'no pods with app=api in namespace "default"' },
  { name: "expect count: exactly two pods on nginx:1.27 passes", check: { expect: { kind: "Pod", selector: { app: "web" }, count: 2, match: { spec: { containers: [{ name: "app", image: "nginx:1.27" }] } } } }, passed: true, message: "" },
  {
    name: "expect count: three pods on nginx:1.27 fails with the count found and the nearest miss",
    check: { expect: { kind: "Pod", selector: { app: "web" }, count: 3, match: { spec: { containers: [{ name: "app", image: "nginx:1.27" }] } } } },
    passed: false,
    message: 'expected 3 matching pods with app=web in namespace "default", got 2; pod/web-3: spec.containers[name=app].image: expected "nginx:1.27", got "nginx:1.25"',
  },
  { name: "expect count: zero canary pods on nginx:1.27 passes", check: { expect: { kind: "Pod", selector: { track: "canary" }, count: 0, match: { spec: { containers: [{ name: "app", image: "nginx:1.27" }] } } } }, passed: true, message: "" },
  // absent
  { name: "absent: no pod with app=api passes", check: { absent: { kind: "Pod", selector: { app: "api" } } }, passed: true, message: "" },
  { name: "absent: the old pod still there fails and is named", check: { absent: { kind: "Pod", selector: { app: "old" } } }, passed: false, message: 'expected no pods with app=old in namespace "default", found pod/old-1' },
  {
    name: "absent with match: a web pod still on nginx:1.25 fails",
    check: { absent: { kind: "Pod", selector: { app: "web" }, match: { spec: { containers: [{ name: "app", image: "nginx:1.25" }] } } } },
    passed: false,
    message: 'expected no pods with app=web like the check describes in namespace "default", found pod/web-3',
  },
  { name: "absent: a kind removed from the API (policy/v1beta1 PodDisruptionBudget) has no objects", check: { absent: { apiVersion: "policy/v1beta1", kind: "PodDisruptionBudget" } }, passed: true, message: "" },
  // jsonpath
  { name: "jsonpath: the printed image equals the expected text", check: { jsonpath: { kind: "Pod", name: "web-1", path: "{.spec.containers[0].image}", equals: "nginx:1.27" } }, passed: true, message: "" },
  { name: "jsonpath: a different printed image fails with both texts", check: { jsonpath: { kind: "Pod", name: "web-3", path: "{.spec.containers[0].image}", equals: "nginx:1.27" } }, passed: false, message: '{.spec.containers[0].image}: expected "nginx:1.27", got "nginx:1.25"' },
  { name: "jsonpath: a printed text that does not match the regex fails", check: { jsonpath: { kind: "Pod", name: "old-1", path: "{.spec.containers[0].image}", matches: "^nginx:" } }, passed: false, message: '{.spec.containers[0].image}: expected to match /^nginx:/, got "httpd:2.4"' },
  { name: "jsonpath: kubectl's filter expressions work ([?(@.name==\"app\")])", check: { jsonpath: { kind: "Pod", name: "web-3", path: '{.spec.containers[?(@.name=="app")].image}', equals: "nginx:1.25" } }, passed: true, message: "" },
  // "unterminated array" is client-go util/jsonpath/parser.go's parseArray error.
  { name: "jsonpath: a template kubectl cannot parse fails with the parser's message", check: { jsonpath: { kind: "Pod", name: "web-1", path: "{.spec.containers[0.image}", equals: "x" } }, passed: false, message: "{.spec.containers[0.image}: unterminated array" },
  { name: "jsonpath: an injected evaluator replaces kubectl's", check: { jsonpath: { kind: "Pod", name: "web-1", path: "{.metadata.name}", equals: "web-1" } }, ctx: { evaluateJsonPath: () => "other" }, passed: false, message: '{.metadata.name}: expected "web-1", got "other"' },
  // file
  { name: "file: equal content passes, trailing newlines ignored", check: { file: { path: "/opt/course/3/pods.txt", equals: "web-1\nweb-2\nweb-3" } }, passed: true, message: "" },
  { name: "file: different content fails with both texts", check: { file: { path: "/opt/course/3/pods.txt", equals: "web-1\nweb-2" } }, passed: false, message: '/opt/course/3/pods.txt: expected "web-1\\nweb-2", got "web-1\\nweb-2\\nweb-3\\n"' },
  { name: "file: content without the expected text fails", check: { file: { path: "/opt/course/3/pods.txt", contains: "old-1" } }, passed: false, message: '/opt/course/3/pods.txt: expected to contain "old-1", got "web-1\\nweb-2\\nweb-3\\n"' },
  { name: "file: a line matching the regex passes (^ and $ per line)", check: { file: { path: "/opt/course/3/pods.txt", matches: "^web-2$" } }, passed: true, message: "" },
  { name: "file: a file never written fails as missing", check: { file: { path: "/opt/course/4/out.txt", contains: "x" } }, passed: false, message: "/opt/course/4/out.txt: no such file" },
  // script
  { name: "script: exit 0 passes", check: { script: "kubectl get pod web-1" }, passed: true, message: "" },
  { name: "script: a non-zero exit code fails with the code", check: { script: "exit 1" }, passed: false, message: "the verify script exited with code 1, expected 0" },
  { name: "script: without a shell the check fails with a clear message", check: { script: "true" }, ctx: { runScript: undefined }, passed: false, message: scriptUnavailableText },
  // connectivity
  { name: "connectivity: an allowed connection from a pod passes", check: { connectivity: { from: { pod: "client" }, host: "web.default", port: 80, expect: "succeeds" } }, passed: true, message: "" },
  {
    name: "connectivity: a blocked connection that should succeed fails",
    check: { connectivity: { from: { pod: "client" }, host: "web.default", port: 443, expect: "succeeds" } },
    passed: false,
    message: 'connection from pod "client" in namespace "default" to web.default:443: expected it to succeed, it failed',
  },
  {
    name: "connectivity: a connection from a fresh labelled busybox that should be blocked fails when it goes through",
    check: { connectivity: { from: { labels: { app: "client" } }, host: "web", port: 80, expect: "fails" } },
    passed: false,
    message: 'connection from a new busybox pod in namespace "default" to web:80: expected it to fail, it succeeded',
  },
  { name: "connectivity: without a network model the check fails with a clear message", check: { connectivity: { from: {}, host: "web", port: 80, expect: "fails" } }, ctx: { connect: undefined }, passed: false, message: connectivityUnavailableText },
  // errors
  { name: "a kind the cluster does not serve fails with the REST mapper's message", check: { expect: { apiVersion: "extensions/v1beta1", kind: "Deployment", name: "web" } }, passed: false, message: 'no matches for kind "Deployment" in version "extensions/v1beta1"' },
];

describe("runChecks: each check type passes on the right end state and fails on a wrong one", () => {
  it.each(cases)("$name", async ({ check, ctx, passed, message }) => {
    const parsed = checkSchema.parse({ id: "c", name: "the check", points: 2, ...check });
    const [result] = await runChecks([parsed], { ...context, ...ctx });
    expect(result).toEqual({ id: "c", name: "the check", points: 2, passed, message });
  });

  it("runs every check in order even when one throws, keeping ids, names and points", async () => {
    const checks = [
      { id: "boom", name: "Throws", points: 1, script: "x" },
      { id: "web", name: "web-1 exists", points: 3, expect: { kind: "Pod", name: "web-1" } },
    ].map((c) => checkSchema.parse(c));
    const results = await runChecks(checks, {
      ...context,
      runScript: () => Promise.reject(new Error("the shell crashed")),
    });
    expect(results).toEqual([
      { id: "boom", name: "Throws", points: 1, passed: false, message: "the shell crashed" },
      { id: "web", name: "web-1 exists", points: 3, passed: true, message: "" },
    ]);
  });
});
