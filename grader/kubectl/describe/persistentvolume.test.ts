// Expected texts follow describePersistentVolume, printVolumeNodeAffinity,
// printHostPathVolumeSource, describePersistentVolumeClaim, printPersistentVolumeClaim
// and getPodsForPVC of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import { describe, expect, it } from "vitest";
import { clusterWith, describeOutput, lines } from "./describe-test-cluster";

const manifests = `apiVersion: v1
kind: PersistentVolume
metadata: {name: pv-data, labels: {type: local}}
spec:
  storageClassName: manual
  capacity: {storage: 1Gi}
  accessModes: [ReadWriteOnce, ReadWriteOncePod]
  hostPath: {path: /mnt/data, type: DirectoryOrCreate}
  nodeAffinity:
    required:
      nodeSelectorTerms:
      - matchExpressions:
        - {key: kubernetes.io/hostname, operator: In, values: [node01, node02]}
        - {key: disk, operator: Exists}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: data}
spec:
  storageClassName: manual
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 500Mi}}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: bound}
spec:
  storageClassName: manual
  volumeName: pv-data
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
---
apiVersion: v1
kind: Pod
metadata: {name: user-b}
spec:
  containers: [{name: c, image: nginx, volumeMounts: [{name: d, mountPath: /data}]}]
  volumes: [{name: d, persistentVolumeClaim: {claimName: data}}]
---
apiVersion: v1
kind: Pod
metadata: {name: user-a}
spec:
  containers: [{name: c, image: nginx, volumeMounts: [{name: d, mountPath: /data}]}]
  volumes: [{name: d, persistentVolumeClaim: {claimName: data}}]
`;

const pvcs = { group: "", version: "v1", resource: "persistentvolumeclaims" };

describe("kubectl describe pv (describe.go describePersistentVolume)", () => {
  it("prints class, phase, empty claim, modes in RWO,ROX,RWX,RWOP order, capacity, node affinity terms and the host path", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "pv", "pv-data")).toBe(
      lines(
        "Name:              pv-data",
        "Labels:            type=local",
        "Annotations:       <none>",
        "Finalizers:        [kubernetes.io/pv-protection]",
        "StorageClass:      manual",
        "Status:            Pending",
        "Claim:             ",
        "Reclaim Policy:    Retain",
        "Access Modes:      RWO,RWOP",
        "VolumeMode:        Filesystem",
        "Capacity:          1Gi",
        "Node Affinity:     ",
        "  Required Terms:  ",
        "    Term 0:        kubernetes.io/hostname in [node01, node02]",
        "                   disk exists",
        "Message:           ",
        "Source:",
        "    Type:          HostPath (bare host directory volume)",
        "    Path:          /mnt/data",
        "    HostPathType:  DirectoryOrCreate",
        "Events:            <none>",
      ),
    );
  });
});

describe("kubectl describe pvc (describe.go describePersistentVolumeClaim)", () => {
  it("leaves capacity and access modes empty while unbound, and lists the pods using the claim by name", async () => {
    const w = await clusterWith(manifests);
    expect(await describeOutput(w, "pvc", "data")).toBe(
      lines(
        "Name:          data",
        "Namespace:     default",
        "StorageClass:  manual",
        "Status:        Pending",
        "Volume:        ",
        "Labels:        <none>",
        "Annotations:   <none>",
        "Finalizers:    [kubernetes.io/pvc-protection]",
        "Capacity:      ",
        "Access Modes:  ",
        "VolumeMode:    Filesystem",
        "Used By:       user-a",
        "               user-b",
        "Events:        <none>",
      ),
    );
  });

  it("prints the volume's capacity and access modes from the status once bound, and <none> for no users", async () => {
    const w = await clusterWith(manifests);
    const pvc = w.cluster.api.get(pvcs, "default", "bound");
    w.cluster.api.update({ ...pvc, status: { phase: "Bound", accessModes: ["ReadWriteOnce"], capacity: { storage: "1024Mi" } } }, { subresource: "status" });
    expect(await describeOutput(w, "pvc", "bound")).toBe(
      lines(
        "Name:          bound",
        "Namespace:     default",
        "StorageClass:  manual",
        "Status:        Bound",
        "Volume:        pv-data",
        "Labels:        <none>",
        "Annotations:   <none>",
        "Finalizers:    [kubernetes.io/pvc-protection]",
        "Capacity:      1Gi",
        "Access Modes:  RWO",
        "VolumeMode:    Filesystem",
        "Used By:       <none>",
        "Events:        <none>",
      ),
    );
  });
});
