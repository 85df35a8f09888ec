import { describe, expect, it } from "vitest";
import { kubernetesFieldMap } from "@/server/queries/kubernetes-fields";
import { manifestCompletions } from "./kubernetes-completions";

// The field map is the grader's schema, so these cases also pin that the editor and the grader agree.
const fields = kubernetesFieldMap();

/** Completions at the `|` of a manifest. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf("|");
  const text = textWithCursor.replace("|", "");
  const found = manifestCompletions(fields, text, offset);
  return { from: found?.from, labels: found?.options.map((o) => o.label) ?? [], options: found?.options ?? [], offset };
}

describe("manifest completions", () => {
  const cases: { name: string; text: string; includes: string[]; excludes?: string[] }[] = [
    { name: "a container offers the Container fields", text: "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      im|", includes: ["image", "imagePullPolicy", "readinessProbe"], excludes: ["name", "nodeName"] },
    { name: "a new list item starts an empty mapping, so name is offered again", text: "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      image: x\n    - |", includes: ["name", "image"] },
    { name: "the pod spec offers PodSpec fields, not the ones already written", text: "apiVersion: v1\nkind: Pod\nspec:\n  tolerations: []\n  |", includes: ["containers", "nodeSelector", "volumes"], excludes: ["tolerations"] },
    { name: "a Deployment's pod template reaches the PodSpec", text: "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      |", includes: ["containers", "initContainers"] },
    { name: "a probe below a container offers httpGet and its port", text: "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    readinessProbe:\n      httpGet:\n        |", includes: ["path", "port", "scheme"] },
    { name: "the root of a Pod offers apiVersion, kind, metadata, spec", text: "apiVersion: v1\nkind: Pod\n|", includes: ["metadata", "spec"], excludes: ["apiVersion", "kind"] },
    { name: "a document without kind offers what every manifest starts with", text: "|", includes: ["apiVersion", "kind", "metadata"] },
    { name: "kind values are the kinds of the apiVersion written", text: "apiVersion: apps/v1\nkind: |", includes: ["Deployment", "StatefulSet", "DaemonSet"], excludes: ["Pod", "Job"] },
    { name: "apiVersion values are those serving the kind written", text: "apiVersion: |\nkind: CronJob", includes: ["batch/v1"], excludes: ["v1", "apps/v1"] },
    { name: "the second document has its own kind", text: "apiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: Service\nspec:\n  |", includes: ["selector", "ports", "type"] },
  ];
  it.each(cases)("$name", ({ text, includes, excludes = [] }) => {
    const { labels } = at(text);
    for (const l of includes) expect(labels).toContain(l);
    for (const l of excludes) expect(labels).not.toContain(l);
  });

  it("replaces the typed prefix and inserts a nested field on its own indented line", () => {
    const { from, options, offset } = at("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      read|");
    expect(from).toBe(offset - "read".length);
    expect(options.find((o) => o.label === "readinessProbe")).toMatchObject({ apply: "readinessProbe:\n        ", detail: "Probe" });
    expect(options.find((o) => o.label === "ports")).toMatchObject({ apply: "ports:\n        - ", detail: "[]ContainerPort" });
    expect(options.find((o) => o.label === "image")).toMatchObject({ apply: "image: ", detail: "string" });
  });

  it("offers nothing below a map of free keys (labels) or an unknown field", () => {
    expect(at("apiVersion: v1\nkind: Pod\nmetadata:\n  labels:\n    |").labels).toEqual([]);
    expect(at("apiVersion: v1\nkind: Pod\nspec:\n  bogus:\n    |").labels).toEqual([]);
  });
});

describe("enum values", () => {
  const cases: { name: string; text: string; values: string[] }[] = [
    { name: "a pod's restartPolicy", text: "apiVersion: v1\nkind: Pod\nspec:\n  restartPolicy: |", values: ["Always", "Never", "OnFailure"] },
    { name: "a container's imagePullPolicy, in a list item", text: "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: a\n      imagePullPolicy: |", values: ["Always", "IfNotPresent", "Never"] },
    { name: "a container port's protocol, on the item's first line", text: "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name: a\n    ports:\n    - protocol: |", values: ["SCTP", "TCP", "UDP"] },
    { name: "a Service's type", text: "apiVersion: v1\nkind: Service\nspec:\n  type: |", values: ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"] },
    { name: "a Deployment's strategy type (another model's `type`)", text: "apiVersion: apps/v1\nkind: Deployment\nspec:\n  strategy:\n    type: |", values: ["Recreate", "RollingUpdate"] },
    { name: "a toleration's effect in a Deployment's pod template", text: "apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      tolerations:\n      - key: k\n        effect: No|", values: ["NoExecute", "NoSchedule", "PreferNoSchedule"] },
  ];
  it.each(cases)("$name", ({ text, values }) => {
    const offset = text.indexOf("|");
    const found = manifestCompletions(fields, text.replace("|", ""), offset);
    expect(found?.position).toBe("value");
    expect(found?.options.map((o) => o.label)).toEqual(values);
    // The typed prefix (`No`) is replaced.
    expect(found?.from).toBe(text.slice(0, offset).lastIndexOf(" ") + 1);
  });

  const completionsAt = (textWithCursor: string, map = fields) => manifestCompletions(map, textWithCursor.replace("|", ""), textWithCursor.indexOf("|"));

  it("offers nothing for the value of a field that is not an enum, or of an unknown kind", () => {
    expect(completionsAt("apiVersion: v1\nkind: Pod\nspec:\n  nodeName: |")).toBeUndefined();
    expect(completionsAt("apiVersion: v1\nkind: Pod\nmetadata:\n  name: |")).toBeUndefined();
    expect(completionsAt("kind: Widget\nspec:\n  type: |")).toBeUndefined();
  });

  it("works with a field map that carries no enums (one cached from an older server)", () => {
    const { enums: _enums, ...older } = fields;
    expect(completionsAt("apiVersion: v1\nkind: Pod\nspec:\n  restartPolicy: |", older)).toBeUndefined();
    expect(completionsAt("apiVersion: v1\nkind: Pod\nspec:\n  restartPolicy: |")?.options).toHaveLength(3);
  });
});
