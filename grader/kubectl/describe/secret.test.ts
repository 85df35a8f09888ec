// Expected texts follow describeSecret of k8s.io/kubectl/pkg/describe/describe.go v0.34.5: the
// Type line and the data sizes are column blocks of their own (a blank line ends a block).
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { describeSecret } from "./secret";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const secret = `apiVersion: v1
kind: Secret
metadata: {name: creds, annotations: {owner: me}}
stringData:
  username: admin
  password: s3cr3t!
  tls.key: ""
`;

describe("kubectl describe secret (describe.go describeSecret)", () => {
  it("prints the type and the byte size of each key, never the values, and no Events section", async () => {
    const w = await clusterWith(secret);
    expect(await describeOutput(w, "secret", "creds")).toBe(
      lines(
        "Name:         creds",
        "Namespace:    default",
        "Labels:       <none>",
        "Annotations:  owner: me",
        "",
        "Type:  Opaque",
        "",
        "Data",
        "====",
        "password:  7 bytes",
        "tls.key:   0 bytes",
        "username:  5 bytes",
      ),
    );
  });

  it("prints the token of a service-account token Secret in clear and the other keys as sizes", () => {
    const token = {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "sa-token", namespace: "default", annotations: { "kubernetes.io/service-account.name": "builder" } },
      type: "kubernetes.io/service-account-token",
      data: { token: btoa("eyJhbGciOi"), namespace: btoa("default") },
    } as unknown as KubeObject;
    expect(describeSecret(token)).toBe(
      lines(
        "Name:         sa-token",
        "Namespace:    default",
        "Labels:       <none>",
        "Annotations:  kubernetes.io/service-account.name: builder",
        "",
        "Type:  kubernetes.io/service-account-token",
        "",
        "Data",
        "====",
        "namespace:  7 bytes",
        "token:      eyJhbGciOi",
      ),
    );
  });
});
