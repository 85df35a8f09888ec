// `kubectl cluster-info` (kubectl pkg/cmd/clusterinfo/clusterinfo.go): the
// control plane's address, then every Service labelled
// kubernetes.io/cluster-service=true in kube-system (or -n), named by its
// kubernetes.io/name label, linked through the API server's service proxy.
// v1.34 prints no colours.
import type { CommandHandler } from "./command";
import { commandUsageError } from "../usage-error";

/** The API server address the workstation's kubeconfig points at (kubeadm on the control plane's IP). */
export const apiServerHost = "https://172.30.1.2:6443";

interface ServiceView {
  metadata: { name: string; namespace: string; labels?: Record<string, string> };
  spec?: { ports?: { name?: string; port: number }[] };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}

/** utilnet.JoinSchemeNamePort: `[scheme:]name[:port]`. */
function joinSchemeNamePort(scheme: string, name: string, port: string): string {
  if (scheme !== "") return `${scheme}:${name}:${port}`;
  return port !== "" ? `${name}:${port}` : name;
}

function serviceLink(service: ServiceView): string {
  const ingress = service.status?.loadBalancer?.ingress?.[0];
  const ports = service.spec?.ports ?? [];
  if (ingress) {
    const ip = ingress.ip || ingress.hostname || "";
    return ports.map((p) => `http://${ip}:${p.port} `).join("");
  }
  let name = service.metadata.name;
  const first = ports[0];
  if (first) {
    const scheme = first.name === "https" || first.port === 443 ? "https" : "";
    name = joinSchemeNamePort(scheme, service.metadata.name, first.name ?? "");
  }
  return `${apiServerHost}/api/v1/namespaces/${service.metadata.namespace}/services/${name}/proxy`;
}

export const clusterInfoCommand: CommandHandler = (cmd, io) => {
  if (cmd.args.length > 0) {
    const u = commandUsageError(`unexpected arguments: [${cmd.args.join(" ")}]`, cmd.commandPath);
    return { stdout: "", stderr: u.stderr, exitCode: u.exitCode };
  }
  const namespace = cmd.changed.includes("namespace") ? String(cmd.flags["namespace"]) : "kube-system";
  const services = io.cluster.api.list(
    { group: "", version: "v1", resource: "services" },
    { namespace, labelSelector: "kubernetes.io/cluster-service=true" },
  ).items as unknown as ServiceView[];
  let out = `Kubernetes control plane is running at ${apiServerHost}\n`;
  for (const service of services) {
    const name = service.metadata.labels?.["kubernetes.io/name"] || service.metadata.name;
    out += `${name} is running at ${serviceLink(service)}\n`;
  }
  out += "\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n";
  return { stdout: out, stderr: "", exitCode: 0 };
};

