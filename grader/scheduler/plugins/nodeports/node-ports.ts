// NodePorts (pkg/scheduler/framework/plugins/nodeports/node_ports.go): a host
// port can be used once per node (0.0.0.0 conflicts with every address).
import type { Pod } from "../../framework/api-types";
import type { FilterPlugin, PreFilterPlugin } from "../../framework/interface";
import { newStatus } from "../../framework/status";
import { names } from "../../names";

export const errReasonNodePorts = "node(s) didn't have free ports for the requested pod ports";

interface WantedPort {
  ip: string;
  protocol: string;
  port: number;
}

const preFilterStateKey = "PreFilter" + names.NodePorts;

function wantedPorts(pod: Pod): WantedPort[] {
  const out: WantedPort[] = [];
  for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
    for (const p of c.ports ?? []) {
      if (p.hostPort && p.hostPort > 0) out.push({ ip: p.hostIP || "0.0.0.0", protocol: p.protocol || "TCP", port: p.hostPort });
    }
  }
  return out;
}

export function newNodePorts() {
  return {
    name: names.NodePorts,
    preFilter(state, pod) {
      const ports = wantedPorts(pod);
      if (ports.length === 0) return { status: newStatus("Skip") };
      state.write(preFilterStateKey, ports);
      return {};
    },
    filter(state, _pod, nodeInfo) {
      for (const w of state.read<WantedPort[]>(preFilterStateKey)) {
        for (const used of nodeInfo.usedPorts.keys()) {
          const [ip, protocol, port] = used.split("/");
          if (protocol !== w.protocol || Number(port) !== w.port) continue;
          if (ip === w.ip || ip === "0.0.0.0" || w.ip === "0.0.0.0") return newStatus("Unschedulable", errReasonNodePorts);
        }
      }
      return undefined;
    },
  } satisfies PreFilterPlugin & FilterPlugin;
}
