// create service clusterip / nodeport / loadbalancer / externalname (pkg/cmd/create/create_service.go).
import type { KubeObject } from "../../apiserver/types";
import type { ParsedCommand } from "../parse-args";
import { isUsageError, usageError, type KubectlUsageError } from "../usage-error";
import { flagList, flagNumber, flagString } from "./context";
import { nameFromArgs } from "./name-arg";
import { explicitNamespace, objectMeta, typed } from "./object-meta";

const serviceTypes: Record<string, string> = { clusterip: "ClusterIP", nodeport: "NodePort", loadbalancer: "LoadBalancer", externalname: "ExternalName" };

/** --tcp=port[:targetPort]: the port is named "port-target", or just "port" when no target is given. */
function ports(parsed: ParsedCommand, nodePort: number): Record<string, unknown>[] | KubectlUsageError {
  const out: Record<string, unknown>[] = [];
  for (const spec of flagList(parsed, "tcp")) {
    const [portText = "", targetText] = spec.split(":", 2);
    const port = Number(portText);
    if (!/^\d+$/.test(portText)) return usageError(`strconv.Atoi: parsing "${portText}": invalid syntax`);
    const target = targetText === undefined ? port : /^\d+$/.test(targetText) ? Number(targetText) : targetText;
    const entry: Record<string, unknown> = { name: spec.replace(":", "-"), protocol: "TCP", port, targetPort: target };
    if (nodePort > 0) entry["nodePort"] = nodePort;
    out.push(entry);
  }
  return out;
}

export function generateService(parsed: ParsedCommand): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  const type = serviceTypes[parsed.path[2] ?? ""] ?? "ClusterIP";
  const list = ports(parsed, type === "NodePort" ? flagNumber(parsed, "node-port") : 0);
  if (isUsageError(list)) return list;
  const spec: Record<string, unknown> = {};
  if (list.length > 0) spec["ports"] = list;
  spec["selector"] = { app: name };
  const clusterIP = flagString(parsed, "clusterip");
  if (clusterIP !== "") spec["clusterIP"] = clusterIP;
  spec["type"] = type;
  if (type === "ExternalName") spec["externalName"] = flagString(parsed, "external-name");
  return typed("Service", "v1", {
    metadata: objectMeta(name, explicitNamespace(parsed), { app: name }),
    spec,
    status: { loadBalancer: {} },
  });
}
