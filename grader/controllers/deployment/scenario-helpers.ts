// Helpers of the scenario tests: what `kubectl get` and `kubectl get events` would show, at the cluster's virtual now.
import type { Cluster } from "../../cluster/cluster";
import { formatTable, printTable } from "../../apiserver/printers";
import type { KubeObject } from "../../apiserver/types";
import { clusterWithComponents } from "../../testing/cluster-with-components";
import { ReplicaSetController } from "../replicaset/controller";
import { DeploymentController } from "./controller";

/** The default cluster running only these two controllers, so the scenarios do not depend on the scheduler or kubelet models. */
export function workloadCluster(): Cluster {
  return clusterWithComponents([new DeploymentController(), new ReplicaSetController()]);
}

export const gvr = {
  deployments: { group: "apps", version: "v1", resource: "deployments" },
  replicasets: { group: "apps", version: "v1", resource: "replicasets" },
  pods: { group: "", version: "v1", resource: "pods" },
  events: { group: "", version: "v1", resource: "events" },
  resourcequotas: { group: "", version: "v1", resource: "resourcequotas" },
};

export function list(c: Cluster, resource: keyof typeof gvr, namespace = "default"): KubeObject[] {
  return c.api.list(gvr[resource], { namespace }).items;
}

/** `kubectl get <resource>` in the namespace, as printed. */
export function kubectlGet(c: Cluster, resource: "deployments" | "replicasets" | "pods", namespace = "default"): string {
  const info = c.api.registry.byGVR(gvr[resource])!.entry.info;
  return formatTable(printTable(info, list(c, resource, namespace), { now: c.clock.now() }));
}

/** Events as `TYPE REASON KIND/NAME: MESSAGE`, oldest first. */
export function eventLines(c: Cluster, namespace = "default"): string[] {
  return list(c, "events", namespace).map((e) => {
    const io = e.involvedObject as { kind: string; name: string };
    return `${e.type as string} ${e.reason as string} ${io.kind}/${io.name}: ${e.message as string}`;
  });
}

export function webDeployment(replicas: number, extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", namespace: "default" },
    spec: {
      replicas,
      selector: { matchLabels: { app: "web" } },
      template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "nginx", image: "nginx:1.27" }] } },
      ...extra,
    },
  };
}

export function setImage(c: Cluster, image: string, name = "web"): void {
  c.api.patch(gvr.deployments, "default", name, "strategic", { spec: { template: { spec: { containers: [{ name: "nginx", image }] } } } });
}

/** [name, spec.replicas, status.replicas, readyReplicas, revision] of each ReplicaSet. */
export function replicaSetSummary(c: Cluster): [string, number, number, number, string][] {
  return list(c, "replicasets").map((rs) => {
    const spec = rs.spec as { replicas: number };
    const status = (rs.status ?? {}) as { replicas?: number; readyReplicas?: number };
    return [rs.metadata.name ?? "", spec.replicas, status.replicas ?? 0, status.readyReplicas ?? 0, rs.metadata.annotations?.["deployment.kubernetes.io/revision"] ?? ""];
  });
}
