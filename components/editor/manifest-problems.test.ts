import { describe, expect, it } from "vitest";
import { kubernetesFieldMap } from "@/server/queries/kubernetes-fields";
import { manifestProblems } from "./manifest-problems";

const fields = kubernetesFieldMap();

/** The problems as `severity text-marked: message`, easy to read in a failure. */
function problems(text: string) {
  return manifestProblems(text, fields).map((p) => `${p.severity} ${JSON.stringify(text.slice(p.from, p.to))}: ${p.message}`);
}

describe("manifest problems", () => {
  it("a valid multi-document answer has none", () => {
    const text = [
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  K: v",
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: p}\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n      command: [sleep, '3600']\n      resources:\n        limits: {cpu: 100m}\n      ports:\n        - containerPort: 80",
    ].join("\n---\n");
    expect(problems(text)).toEqual([]);
  });

  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: "a YAML syntax error is marked where js-yaml stops, to the end of that line",
      text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n   bad: indent",
      expected: ['error ": indent": YAML: bad indentation of a mapping entry'],
    },
    { name: "a duplicated key is an error", text: "apiVersion: v1\nkind: Pod\nkind: Pod", expected: ['error "kind: Pod": YAML: duplicated mapping key'] },
    {
      name: "an unknown field is marked on its key, with its path as the API server prints it",
      text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n    - name: c\n      imagee: nginx",
      expected: ['warning "imagee": unknown field "spec.containers[0].imagee": the API server\'s strict decoding refuses it'],
    },
    {
      name: "a list given where an object belongs, and a value where a list belongs",
      text: "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: c\n      command: sleep 10\n      ports:\n        containerPort: 80",
      expected: [
        'warning "command": spec.containers[0].command must be a list ([]string), not a value',
        'warning "ports": spec.containers[0].ports must be a list ([]ContainerPort), not an object',
      ],
    },
    { name: "a document without apiVersion and kind", text: "metadata:\n  name: a", expected: ['error "metadata:": error validating data: [apiVersion not set, kind not set]'] },
    {
      name: "a kind in the wrong apiVersion names where it is served",
      text: "apiVersion: v1\nkind: Deployment\nmetadata:\n  name: d",
      expected: ['error "Deployment": no matches for kind "Deployment" in version "v1" (Deployment is served in apps/v1)'],
    },
    {
      name: "an unknown kind may be a custom resource: a warning",
      text: "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  anything: goes",
      expected: ['warning "Widget": no matches for kind "Widget" in version "example.com/v1" (fine only if a CustomResourceDefinition defines it)'],
    },
    { name: "YAML that is not a manifest at all", text: "- just\n- a list", expected: ['error "- just": a manifest must be an object with apiVersion, kind and metadata'] },
  ];
  it.each(cases)("$name", ({ text, expected }) => {
    expect(problems(text)).toEqual(expected);
  });

  it("without the field map it still reports syntax and missing apiVersion/kind", () => {
    expect(manifestProblems("kind: Pod\nspec:\n  bogus: 1").map((p) => p.message)).toEqual(["error validating data: [apiVersion not set]"]);
  });

  it("an alias bomb is refused as js-yaml refuses it, not expanded", () => {
    const bomb = ["a: &a [x, x]", ...Array.from({ length: 120 }, (_, i) => `b${i}: *a`)].join("\n");
    expect(manifestProblems(bomb, fields)[0]).toMatchObject({ severity: "error" });
  });
});
