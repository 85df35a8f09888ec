// Expected texts follow describeNamespace, DescribeResourceQuotas and DescribeLimitRanges of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5. In the quota section a quota's `Name:` line
// has a tab, so it joins the previous quota's Resource table in one column block, as upstream.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../apiserver/types";
import { describeNamespace } from "./namespace";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";
import { teamNamespaceManifests } from "./quota-limits-manifests";

describe("kubectl describe namespace (describe.go describeNamespace)", () => {
  it("prints the namespace's quotas sorted by name with scope help and usage, and its limit ranges", async () => {
    const w = await clusterWith(teamNamespaceManifests, 10_000);
    expect(await describeOutput(w, "namespace", "team-a")).toBe(
      lines(
        "Name:         team-a",
        "Labels:       env=dev",
        "              kubernetes.io/metadata.name=team-a",
        "Annotations:  <none>",
        "Status:       Active",
        "",
        "Resource Quotas",
        "  Name:    besteffort",
        "  Scopes:  BestEffort",
        "  * Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.",
        "  Resource         Used  Hard",
        "  --------         ---   ---",
        "  pods             0     5",
        "  Name:            compute",
        "  Resource         Used   Hard",
        "  --------         ---    ---",
        "  limits.memory    256Mi  2Gi",
        "  pods             1      10",
        "  requests.cpu     100m   2",
        "  requests.memory  128Mi  1Gi",
        "",
        "Resource Limits",
        " Type       Resource  Min  Max  Default Request  Default Limit  Max Limit/Request Ratio",
        " ----       --------  ---  ---  ---------------  -------------  -----------------------",
        " Container  cpu       -    1    100m             500m           5",
        " Container  memory    -    -    128Mi            256Mi          -",
        " Pod        memory    -    1Gi  -                -              -",
      ),
    );
  });

  it("says `No resource quota.` and `No LimitRange resource.` for a namespace without them", async () => {
    const w = await clusterWith(teamNamespaceManifests);
    expect(await describeOutput(w, "ns", "default")).toBe(
      lines("Name:         default", "Labels:       kubernetes.io/metadata.name=default", "Annotations:  <none>", "Status:       Active", "", "No resource quota.", "", "No LimitRange resource."),
    );
  });

  it("prints a terminating namespace's conditions table", () => {
    const ns = {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: "old" },
      status: { phase: "Terminating", conditions: [{ type: "NamespaceDeletionContentFailure", status: "False", lastTransitionTime: "2026-01-01T00:00:05Z", reason: "ContentDeleted", message: "All content successfully deleted" }] },
    } as unknown as KubeObject;
    expect(describeNamespace(ns, [], [])).toBe(
      lines(
        "Name:         old",
        "Labels:       <none>",
        "Annotations:  <none>",
        "Status:       Terminating",
        "Conditions:",
        "  Type                             Status  LastTransitionTime               Reason          Message",
        "  ----                             ------  ------------------               ------          -------",
        "  NamespaceDeletionContentFailure  False   Thu, 01 Jan 2026 00:00:05 +0000  ContentDeleted  All content successfully deleted",
        "",
        "No resource quota.",
        "",
        "No LimitRange resource.",
      ),
    );
  });
});
