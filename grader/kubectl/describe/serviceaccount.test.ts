// Expected texts follow the ServiceAccountDescriber and describeServiceAccount of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5: the three secret headers are padded to one
// width, sorted, and a referenced Secret that does not exist is marked `(not found)`.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const manifests = `apiVersion: v1
kind: Secret
metadata: {name: creds}
stringData: {a: b}
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: builder, labels: {team: ci}}
secrets: [{name: creds}, {name: gone}]
imagePullSecrets: [{name: regcred}, {name: creds}]
`;

describe("kubectl describe serviceaccount (describe.go describeServiceAccount)", () => {
  it("lists pull and mountable secrets in their order, marks the missing ones, and prints `Tokens:  <none>`", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "sa", "builder")).toBe(
      lines(
        "Name:                builder",
        "Namespace:           default",
        "Labels:              team=ci",
        "Annotations:         <none>",
        "Image pull secrets:  regcred (not found)",
        "                     creds",
        "Mountable secrets:   creds",
        "                     gone (not found)",
        "Tokens:              <none>",
        "Events:              <none>",
      ),
    );
  });

  it("prints `<none>` for each header of the namespace's default ServiceAccount", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "serviceaccount", "default")).toBe(
      lines(
        "Name:                default",
        "Namespace:           default",
        "Labels:              <none>",
        "Annotations:         <none>",
        "Image pull secrets:  <none>",
        "Mountable secrets:   <none>",
        "Tokens:              <none>",
        "Events:              <none>",
      ),
    );
  });
});
