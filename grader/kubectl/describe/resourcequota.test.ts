// Expected texts follow describeQuota and helpTextForResourceQuotaScope of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5; usage is computed by the cluster's quota controller.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { describeResourceQuota } from "./resourcequota";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";
import { teamNamespaceManifests } from "./quota-limits-manifests";

describe("kubectl describe resourcequota (describe.go describeQuota)", () => {
  it("prints each quota of the namespace with its scopes' help text and used/hard amounts sorted by resource", async () => {
    const w = await clusterWith(teamNamespaceManifests, 10_000);
    expect(await describeOutput(w, "quota", "-n", "team-a")).toBe(
      lines(
        "Name:       besteffort",
        "Namespace:  team-a",
        "Scopes:     BestEffort",
        " * Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.",
        "Resource  Used  Hard",
        "--------  ----  ----",
        "pods      0     5",
        "",
        "",
        "Name:            compute",
        "Namespace:       team-a",
        "Resource         Used   Hard",
        "--------         ----   ----",
        "limits.memory    256Mi  2Gi",
        "pods             1      10",
        "requests.cpu     100m   2",
        "requests.memory  128Mi  1Gi",
      ),
    );
  });

  it("shows a used amount in the hard limit's format, `0` for an unreported one, and no help for scopes without any", () => {
    const quota = {
      apiVersion: "v1",
      kind: "ResourceQuota",
      metadata: { name: "q", namespace: "default" },
      spec: { scopes: ["PriorityClass", "NotTerminating"] },
      status: { hard: { "requests.memory": "1Gi", "requests.storage": "10Gi" }, used: { "requests.memory": "134217728" } },
    } as unknown as KubeObject;
    expect(describeResourceQuota(quota)).toBe(
      lines(
        "Name:       q",
        "Namespace:  default",
        "Scopes:     NotTerminating, PriorityClass",
        " * Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.",
        "Resource          Used   Hard",
        "--------          ----   ----",
        "requests.memory   128Mi  1Gi",
        "requests.storage  0      10Gi",
      ),
    );
  });
});
