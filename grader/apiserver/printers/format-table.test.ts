// kubectl's rendering of server Tables: cli-runtime pkg/printers/tableprinter.go (printTable,
// decorateTable), tabwriter.go (minwidth 6, padding 3) and terminal.go (WriteEscaped) at kubernetes-1.34.0.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { customResourcePrinter } from "./custom-resource";
import { ago, agoMinutes, kubectlGet, NOW } from "./fixtures";
import { formatTable } from "./format-table";
import type { Table } from "./interface";
import { alignTabs } from "./tabwriter";

function configMap(name: string, namespace: string, labels: Record<string, string> = {}, data: Record<string, string> = {}): KubeObject {
  return { apiVersion: "v1", kind: "ConfigMap", metadata: { name, namespace, labels, creationTimestamp: agoMinutes(2) }, data };
}

const deployment: KubeObject = {
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", namespace: "shop", creationTimestamp: agoMinutes(5), labels: { app: "web" } },
  spec: { replicas: 2, selector: { matchLabels: { app: "web" } }, template: { spec: { containers: [] } } },
  status: { readyReplicas: 2, updatedReplicas: 2, availableReplicas: 2 },
};

describe("formatTable options, as kubectl get flags set them", () => {
  it.each([
    {
      name: "--no-headers leaves only the rows, still aligned",
      objs: [configMap("a", "default"), configMap("longer-name", "default")],
      options: { noHeaders: true },
      want: "a             0     2m\nlonger-name   0     2m\n",
    },
    {
      name: "-A adds a NAMESPACE column first",
      objs: [configMap("app", "shop"), configMap("app", "kube-system")],
      options: { withNamespace: true },
      want: "NAMESPACE     NAME   DATA   AGE\nshop          app    0      2m\nkube-system   app    0      2m\n",
    },
    {
      name: "--show-labels adds a LABELS column last, <none> without labels",
      objs: [configMap("app", "default", { tier: "web", app: "shop" }), configMap("plain", "default")],
      options: { showLabels: true },
      want: "NAME    DATA   AGE   LABELS\napp     0      2m    app=shop,tier=web\nplain   0      2m    <none>\n",
    },
    {
      name: "a table with no rows prints nothing (kubectl then says No resources found)",
      objs: [],
      options: {},
      want: "",
    },
  ])("$name", ({ objs, options, want }) => {
    expect(kubectlGet("", "ConfigMap", objs, options)).toBe(want);
  });

  it("showKind prefixes names with kind.group as kubectl does for `get deploy,svc`", () => {
    expect(kubectlGet("apps", "Deployment", [deployment], { showKind: { group: "apps", kind: "Deployment" } })).toBe(
      "NAME                  READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/web   2/2     2            2           5m\n",
    );
  });

  it("showKind of a core kind uses the bare lower-case kind: pod/name", () => {
    const pod: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "p", creationTimestamp: ago(7) }, spec: { containers: [] }, status: { phase: "Pending" } };
    expect(kubectlGet("", "Pod", [pod], { showKind: { group: "", kind: "Pod" } })).toBe(
      "NAME    READY   STATUS    RESTARTS   AGE\npod/p   0/0     Pending   0          7s\n",
    );
  });
});

describe("cell text as kubectl writes it (printTable and WriteEscaped)", () => {
  const table = (cells: string[]): Table => ({
    kind: "Table",
    apiVersion: "meta.k8s.io/v1",
    columnDefinitions: [
      { name: "Name", type: "string", format: "name", description: "", priority: 0 },
      { name: "Message", type: "string", format: "", description: "", priority: 0 },
    ],
    rows: [{ cells, object: { apiVersion: "v1", kind: "Event", metadata: { name: "e" } } }],
  });

  it.each([
    { name: "a cell is cut at its first newline and ends with ...", cells: ["e", "first line\nsecond line"], want: "NAME   MESSAGE\ne      first line...\n" },
    { name: "an escape character is shown as ^[", cells: ["e", "red \x1b[31m"], want: "NAME   MESSAGE\ne      red ^[[31m\n" },
    { name: "a form feed cuts the cell like a newline", cells: ["e", "a\fb"], want: "NAME   MESSAGE\ne      a...\n" },
  ])("$name", ({ cells, want }) => {
    expect(formatTable(table(cells))).toBe(want);
  });
});

describe("tabwriter alignment (Go text/tabwriter semantics)", () => {
  it.each([
    { name: "columns are at least six wide (minwidth 6)", input: "A\tB\nx\ty\n", want: "A     B\nx     y\n" },
    { name: "widths count runes, not bytes", input: "NAME\tX\ncafé\t1\n", want: "NAME   X\ncafé   1\n" },
    { name: "the last cell of a line is never padded", input: "a\tlong-last-cell\nbb\tc\n", want: "a     long-last-cell\nbb    c\n" },
    { name: "a line with fewer cells ends the column block above it", input: "aaaaaaaa\tb\nc\nd\te\n", want: "aaaaaaaa   b\nc\nd     e\n" },
  ])("$name", ({ input, want }) => {
    expect(alignTabs(input)).toBe(want);
  });
});

describe("custom resources (apiextensions-apiserver tableconvertor)", () => {
  const crontab: KubeObject = {
    apiVersion: "stable.example.com/v1",
    kind: "CronTab",
    metadata: { name: "cron-1", creationTimestamp: agoMinutes(3) },
    spec: { cronSpec: "* * * * */5", image: "my-awesome-cron-image", replicas: 3, tags: ["a", "b"] },
  };

  it("shows additionalPrinterColumns after NAME, with dates as ages and lists as JSON", () => {
    const printer = customResourcePrinter([
      { name: "Spec", type: "string", jsonPath: ".spec.cronSpec" },
      { name: "Replicas", type: "integer", jsonPath: ".spec.replicas" },
      { name: "Tags", type: "string", jsonPath: ".spec.tags" },
      { name: "Missing", type: "string", jsonPath: ".status.phase" },
      { name: "Age", type: "date", jsonPath: ".metadata.creationTimestamp" },
      { name: "Image", type: "string", jsonPath: ".spec.image", priority: 1 },
    ]);
    const table: Table = {
      kind: "Table",
      apiVersion: "meta.k8s.io/v1",
      columnDefinitions: printer.columns,
      rows: [{ cells: printer.row(crontab, { now: NOW }), object: crontab }],
    };
    expect(formatTable(table)).toBe(
      'NAME     SPEC          REPLICAS   TAGS        MISSING   AGE\ncron-1   * * * * */5   3          ["a","b"]             3m\n',
    );
    expect(formatTable(table, { wide: true })).toBe(
      'NAME     SPEC          REPLICAS   TAGS        MISSING   AGE   IMAGE\ncron-1   * * * * */5   3          ["a","b"]             3m    my-awesome-cron-image\n',
    );
  });
});
