// Node columns of printers.go (printNode): `Ready,SchedulingDisabled` for a cordoned node.
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn, wideColumn } from "./columns";
import { view } from "./object-view";
import { translateTimestampSince } from "./timestamps";

interface NodeView {
  metadata: { name?: string; creationTimestamp?: string; labels?: Record<string, string> };
  spec?: { unschedulable?: boolean };
  status?: {
    conditions?: { type: string; status: string }[];
    addresses?: { type: string; address: string }[];
    nodeInfo?: { kubeletVersion?: string; osImage?: string; kernelVersion?: string; containerRuntimeVersion?: string };
  };
}

const labelNodeRolePrefix = "node-role.kubernetes.io/";
const nodeLabelRole = "kubernetes.io/role";

/** Roles from `node-role.kubernetes.io/<role>` keys and `kubernetes.io/role=<role>`, sorted and unique. */
export function findNodeRoles(labels: Record<string, string> | undefined): string[] {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (key.startsWith(labelNodeRolePrefix)) {
      const role = key.slice(labelNodeRolePrefix.length);
      if (role.length > 0) roles.add(role);
    } else if (key === nodeLabelRole && value !== "") {
      roles.add(value);
    }
  }
  return [...roles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function nodeStatus(node: NodeView): string {
  const status: string[] = [];
  // The last condition of a type wins, as the map upstream builds.
  const ready = (node.status?.conditions ?? []).filter((c) => c.type === "Ready").pop();
  if (ready) status.push(ready.status === "True" ? "Ready" : "NotReady");
  if (status.length === 0) status.push("Unknown");
  if (node.spec?.unschedulable) status.push("SchedulingDisabled");
  return status.join(",");
}

function nodeAddress(node: NodeView, type: string): string {
  return (node.status?.addresses ?? []).find((a) => a.type === type)?.address ?? "<none>";
}

export const nodePrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Status", "string", "The status of the node"),
    column("Roles", "string", "The roles of the node"),
    ageColumn,
    column("Version"),
    wideColumn("Internal-IP"),
    wideColumn("External-IP"),
    wideColumn("OS-Image"),
    wideColumn("Kernel-Version"),
    wideColumn("Container-Runtime"),
  ],
  row(obj, ctx) {
    const node = view<NodeView>(obj);
    const info = node.status?.nodeInfo ?? {};
    const roles = findNodeRoles(node.metadata.labels).join(",");
    return [
      node.metadata.name ?? "",
      nodeStatus(node),
      roles || "<none>",
      translateTimestampSince(node.metadata.creationTimestamp, ctx.now),
      info.kubeletVersion ?? "",
      nodeAddress(node, "InternalIP"),
      nodeAddress(node, "ExternalIP"),
      info.osImage || "<unknown>",
      info.kernelVersion || "<unknown>",
      info.containerRuntimeVersion || "<unknown>",
    ];
  },
};
