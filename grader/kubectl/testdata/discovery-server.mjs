// A stand-in API server for regenerate.sh: it answers only legacy discovery, which
// `kubectl run --dry-run=client` needs to map "pods" to v1 Pod; everything else is 404.
// Usage: node discovery-server.mjs <port>
import http from "node:http";

const resource = (name, kind, namespaced, shortNames = []) => ({
  name, singularName: kind.toLowerCase(), namespaced, kind, shortNames,
  verbs: ["create", "delete", "get", "list", "patch", "update", "watch"],
});

const groups = {
  "v1": [
    resource("pods", "Pod", true, ["po"]), resource("services", "Service", true, ["svc"]),
    resource("namespaces", "Namespace", false, ["ns"]), resource("configmaps", "ConfigMap", true, ["cm"]),
    resource("secrets", "Secret", true), resource("serviceaccounts", "ServiceAccount", true, ["sa"]),
    resource("resourcequotas", "ResourceQuota", true, ["quota"]), resource("nodes", "Node", false, ["no"]),
    resource("replicationcontrollers", "ReplicationController", true, ["rc"]),
  ],
  "apps/v1": [resource("deployments", "Deployment", true, ["deploy"]), resource("replicasets", "ReplicaSet", true, ["rs"])],
  "batch/v1": [resource("jobs", "Job", true), resource("cronjobs", "CronJob", true, ["cj"])],
  "networking.k8s.io/v1": [resource("ingresses", "Ingress", true, ["ing"])],
  "policy/v1": [resource("poddisruptionbudgets", "PodDisruptionBudget", true, ["pdb"])],
  "rbac.authorization.k8s.io/v1": [
    resource("roles", "Role", true), resource("rolebindings", "RoleBinding", true),
    resource("clusterroles", "ClusterRole", false), resource("clusterrolebindings", "ClusterRoleBinding", false),
  ],
  "scheduling.k8s.io/v1": [resource("priorityclasses", "PriorityClass", false, ["pc"])],
  "autoscaling/v2": [resource("horizontalpodautoscalers", "HorizontalPodAutoscaler", true, ["hpa"])],
};

function answer(path) {
  if (path === "/api") return { kind: "APIVersions", versions: ["v1"], serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress: "127.0.0.1:6443" }] };
  if (path === "/apis") {
    const named = Object.keys(groups).filter((gv) => gv.includes("/"));
    return {
      kind: "APIGroupList", apiVersion: "v1",
      groups: named.map((gv) => {
        const [name, version] = gv.split("/");
        return { name, versions: [{ groupVersion: gv, version }], preferredVersion: { groupVersion: gv, version } };
      }),
    };
  }
  const gv = path === "/api/v1" ? "v1" : path.replace(/^\/apis\//, "");
  if (groups[gv]) return { kind: "APIResourceList", apiVersion: "v1", groupVersion: gv, resources: groups[gv] };
  return undefined;
}

http.createServer((req, res) => {
  const body = answer(new URL(req.url ?? "/", "http://localhost").pathname);
  res.setHeader("Content-Type", "application/json");
  if (body) res.end(JSON.stringify(body));
  else {
    res.statusCode = 404;
    res.end(JSON.stringify({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: "the server could not find the requested resource", reason: "NotFound", details: {}, code: 404 }));
  }
}).listen(Number(process.argv[2] ?? 18080), "127.0.0.1");
