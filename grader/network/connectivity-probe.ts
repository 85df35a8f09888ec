// The `connectivity` check's connection, as `kubectl exec CLIENT -- nc -z HOST PORT`
// (or a fresh `kubectl run tmp --image=busybox --labels=...`) would open it:
// through cluster DNS, kube-proxy and NetworkPolicies (grader/checks' ctx.connect).
import type { ClusterApi } from "../apiserver/api-interface";
import type { KubeObject } from "../apiserver/types";
import type { ConnectivitySource } from "../checks/check-context";
import type { ClusterNetwork } from "./cluster-network";
import { gvr, tryGet } from "./service-endpoints";

export function probeConnection(api: ClusterApi, network: ClusterNetwork, from: ConnectivitySource, host: string, port: number): boolean {
  if (from.pod !== undefined) {
    const pod = tryGet(api, gvr.pods, from.namespace, from.pod);
    // kubectl exec needs a running container in the client pod.
    if ((pod?.status as { phase?: string } | undefined)?.phase !== "Running") return false;
    return network.connect({ namespace: from.namespace, pod }, host, port).kind === "connected";
  }
  // A fresh busybox pod: what DNS and NetworkPolicies see of it is its namespace and labels.
  const fresh: KubeObject = { apiVersion: "v1", kind: "Pod", metadata: { name: "", namespace: from.namespace, labels: from.labels ?? {} }, spec: {} };
  return network.connect({ namespace: from.namespace, pod: fresh }, host, port).kind === "connected";
}
