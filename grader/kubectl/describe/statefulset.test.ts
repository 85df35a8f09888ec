// Expected texts follow describeStatefulSet and describeVolumeClaimTemplates of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5. The class "fast" does not exist, so db-0's
// claim stays unbound, db-0 Pending, and OrderedReady does not create db-1 (stateful_set_control.go).
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const manifests = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  replicas: 2
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: pg, image: postgres:16, volumeMounts: [{name: data, mountPath: /var/lib/postgresql}]}]}
  volumeClaimTemplates:
  - metadata: {name: data, labels: {tier: db}}
    spec: {storageClassName: fast, accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;

describe("kubectl describe statefulset (describe.go describeStatefulSet)", () => {
  it("prints replicas, the defaulted update strategy's partition, the pod template and the claim templates", async () => {
    const w = await clusterWith(manifests, 5_000);
    expect(await describeOutput(w, "sts", "db")).toBe(
      lines(
        "Name:               db",
        "Namespace:          default",
        "CreationTimestamp:  Thu, 01 Jan 2026 00:00:00 +0000",
        "Selector:           app=db",
        "Labels:             <none>",
        "Annotations:        <none>",
        "Replicas:           2 desired | 1 total",
        "Update Strategy:    RollingUpdate",
        "  Partition:        0",
        "Pods Status:        0 Running / 1 Waiting / 0 Succeeded / 0 Failed",
        "Pod Template:",
        "  Labels:  app=db",
        "  Containers:",
        "   pg:",
        "    Image:        postgres:16",
        "    Port:         <none>",
        "    Host Port:    <none>",
        "    Environment:  <none>",
        "    Mounts:",
        "      /var/lib/postgresql from data (rw)",
        "  Volumes:         <none>",
        "  Node-Selectors:  <none>",
        "  Tolerations:     <none>",
        "Volume Claims:",
        "  Name:          data",
        "  StorageClass:  fast",
        "  Labels:        tier=db",
        "  Annotations:   <none>",
        "  Capacity:      1Gi",
        "  Access Modes:  [ReadWriteOnce]",
        "Events:",
        "  Type    Reason            Age   From                    Message",
        "  ----    ------            ----  ----                    -------",
        "  Normal  SuccessfulCreate  5s    statefulset-controller  create Claim data-db-0 Pod db-0 in StatefulSet db success",
        "  Normal  SuccessfulCreate  5s    statefulset-controller  create Pod db-0 in StatefulSet db successful",
      ),
    );
  });
});
