// Expected texts follow describeStorageClass, printAllowedTopologies and
// printTopologySelectorTermsMultilineWithIndent of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const manifests = `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata: {name: fast}
provisioner: ebs.csi.aws.com
parameters: {type: gp3, iops: "3000"}
allowVolumeExpansion: true
mountOptions: [debug, noatime]
allowedTopologies:
- matchLabelExpressions:
  - {key: topology.kubernetes.io/zone, values: [us-east-1a, us-east-1b]}
  - {key: kubernetes.io/os, values: [linux]}
`;

describe("kubectl describe storageclass (describe.go describeStorageClass)", () => {
  it("prints parameters, mount options, defaulted policies and the allowed topologies", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "sc", "fast")).toBe(
      lines(
        "Name:                  fast",
        "IsDefaultClass:        No",
        "Annotations:           <none>",
        "Provisioner:           ebs.csi.aws.com",
        "Parameters:            iops=3000,type=gp3",
        "AllowVolumeExpansion:  True",
        "MountOptions:",
        "  debug",
        "  noatime",
        "ReclaimPolicy:      Delete",
        "VolumeBindingMode:  Immediate",
        "AllowedTopologies:  ",
        "  Term 0:           topology.kubernetes.io/zone in [us-east-1a, us-east-1b]",
        "                    kubernetes.io/os in [linux]",
        "Events:             <none>",
      ),
    );
  });

  it("says Yes for the cluster's default class and `<unset>` for an unset expansion flag", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "storageclass", "local-path")).toBe(
      lines(
        "Name:                  local-path",
        "IsDefaultClass:        Yes",
        "Annotations:           storageclass.kubernetes.io/is-default-class=true",
        "Provisioner:           rancher.io/local-path",
        "Parameters:            <none>",
        "AllowVolumeExpansion:  <unset>",
        "MountOptions:          <none>",
        "ReclaimPolicy:         Delete",
        "VolumeBindingMode:     WaitForFirstConsumer",
        "Events:                <none>",
      ),
    );
  });
});
