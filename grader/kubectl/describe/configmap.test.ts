// Expected texts follow the ConfigMapDescriber of k8s.io/kubectl/pkg/describe/describe.go v0.34.5:
// each value is printed as stored plus a newline and a blank line, so a value ending in a newline
// is followed by two blank lines.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const configMap = `apiVersion: v1
kind: ConfigMap
metadata: {name: app-config, labels: {app: web}}
data:
  mode: production
  app.properties: |
    color=blue
    size=10
binaryData:
  blob: AAECAwQ=
`;

describe("kubectl describe configmap (describe.go ConfigMapDescriber)", () => {
  it("prints the data sorted by key, binary data as sizes, and `Events:  <none>`", async () => {
    const w = await clusterWith(configMap);
    expect(await describeOutput(w, "configmap", "app-config")).toBe(
      lines(
        "Name:         app-config",
        "Namespace:    default",
        "Labels:       app=web",
        "Annotations:  <none>",
        "",
        "Data",
        "====",
        "app.properties:",
        "----",
        "color=blue",
        "size=10",
        "",
        "",
        "mode:",
        "----",
        "production",
        "",
        "",
        "BinaryData",
        "====",
        "blob: 5 bytes",
        "",
        "Events:  <none>",
      ),
    );
  });

  it("prints empty Data and BinaryData sections for an empty ConfigMap, and no Events with --show-events=false", async () => {
    const w = await clusterWith("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: empty}\n");
    expect(await describeOutput(w, "cm", "empty", "--show-events=false")).toBe(
      lines("Name:         empty", "Namespace:    default", "Labels:       <none>", "Annotations:  <none>", "", "Data", "====", "", "BinaryData", "====", ""),
    );
  });
});
