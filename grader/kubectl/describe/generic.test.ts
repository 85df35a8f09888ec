// Expected texts follow genericDescriber, printUnstructuredContent and smartLabelFor of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5 (with fatih/camelcase's Split), the describer
// kubectl uses for kinds without their own, custom resources included.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { camelCaseSplit, describeGeneric, smartLabelFor } from "./generic";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

describe("kubectl describe of a kind without its own describer (describe.go genericDescriber)", () => {
  it("prints every field of a Lease as nested labelled lines, metadata's identity fields left out", async () => {
    const w = await clusterWith("apiVersion: coordination.k8s.io/v1\nkind: Lease\nmetadata: {name: my-lock, labels: {app: x}}\nspec: {holderIdentity: node01, leaseDurationSeconds: 15}\n");
    const text = (await describeOutput(w, "lease", "my-lock")).replace(/(Resource Version: +)\d+/, "$1<rv>");
    expect(text).toBe(
      lines(
        "Name:         my-lock",
        "Namespace:    default",
        "Labels:       app=x",
        "Annotations:  <none>",
        "API Version:  coordination.k8s.io/v1",
        "Kind:         Lease",
        "Metadata:",
        "  Creation Timestamp:  2026-01-01T00:00:00Z",
        "  Resource Version:    <rv>",
        "  UID:                 xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
        "Spec:",
        "  Holder Identity:         node01",
        "  Lease Duration Seconds:  15",
        "Events:                    <none>",
      ),
    );
  });

  it("prints list items one level deeper: maps as their fields, scalars as values; keeps odd field names as they are", () => {
    const widget = {
      apiVersion: "example.com/v1",
      kind: "Widget",
      metadata: { name: "w", namespace: "default", managedFields: [{ manager: "kubectl" }] },
      spec: { sizes: [1, 2.5], enabled: true, ports: [{ name: "http", port: 80 }], "k8s.io/x": "y", owner: null, emptyMap: {} },
    } as unknown as KubeObject;
    expect(describeGeneric(widget, undefined, 0)).toBe(
      lines(
        "Name:         w",
        "Namespace:    default",
        "Labels:       <none>",
        "Annotations:  <none>",
        "API Version:  example.com/v1",
        "Kind:         Widget",
        "Metadata:",
        "Spec:",
        "  Empty Map:",
        "  Enabled:   true",
        "  k8s.io/x:  y",
        "  Owner:     <nil>",
        "  Ports:",
        "    Name:  http",
        "    Port:  80",
        "  Sizes:",
        "    1",
        "    2.5",
      ),
    );
  });
});

describe("smartLabelFor and camelcase.Split (describe.go)", () => {
  it.each([
    ["a camel-case name becomes title-case words", "holderIdentity", "Holder Identity"],
    ["known acronyms are upper-cased", "apiVersion", "API Version"],
    ["a lone acronym is upper-cased", "uid", "UID"],
    ["an upper-case run gives its last letter to the next word", "HTMLParser", "HTML Parser"],
    ["a dash is a word of its own", "max-surge", "Max - Surge"],
    ["a name with a digit is kept as it is", "ipv4Address", "ipv4Address"],
  ])("%s", (_name, field, expected) => {
    expect(smartLabelFor(field)).toBe(expected);
  });

  it("splits runs of letter classes", () => {
    expect(camelCaseSplit("loadBalancerIP")).toEqual(["load", "Balancer", "IP"]);
  });
});
