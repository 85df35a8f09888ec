// `kubectl expose` (k8s.io/kubectl/pkg/cmd/expose/expose.go and
// polymorphichelpers canbeexposed/mapbasedselectorforobject/portsforobject/
// protocolsforobject): a Service selecting the pods of a pod, service,
// deployment, replica set or replication controller; `service/web exposed`.
import type { KubeObject } from "../../apiserver/types";
import { namespaceChoice, selectObjects } from "../resource-builder";
import { formatCommandErrors } from "./check-err";
import { Output, type CommandHandler } from "./command";
import { createObject } from "./create-object";
import { dryRunStrategy, operationLine, outputFormat, stringFlag, printsObjects, printWriteObjects } from "./write-flags";

interface PortLike {
  port?: number;
  containerPort?: number;
  protocol?: string;
}
interface PodSpecPorts {
  containers?: { ports?: PortLike[] }[];
}
type Spec = {
  selector?: Record<string, string> | { matchLabels?: Record<string, string>; matchExpressions?: unknown[] };
  ports?: PortLike[];
  template?: { spec?: PodSpecPorts };
  containers?: { ports?: PortLike[] }[];
};

const exposable = new Set(["ReplicationController", "Service", "Pod", "Deployment.apps", "ReplicaSet.apps"]);

/** GroupKind.String(): `Deployment.apps`, `ConfigMap`. */
function groupKind(obj: KubeObject): string {
  const slash = obj.apiVersion.indexOf("/");
  return slash < 0 ? obj.kind : `${obj.kind}.${obj.apiVersion.slice(0, slash)}`;
}

/** generate.MakeLabels: `k=v,k2=v2` in key order. */
function makeLabels(labels: Record<string, string> | undefined): string {
  return Object.keys(labels ?? {})
    .sort()
    .map((k) => `${k}=${labels?.[k] ?? ""}`)
    .join(",");
}

/** MapBasedSelectorForObject, throwing its messages. */
function selectorOf(obj: KubeObject): string {
  const spec = (obj.spec ?? {}) as Spec;
  switch (obj.kind) {
    case "Pod":
      if (Object.keys(obj.metadata.labels ?? {}).length === 0) throw new Error("the pod has no labels and cannot be exposed");
      return makeLabels(obj.metadata.labels);
    case "Service":
    case "ReplicationController": {
      const selector = spec.selector as Record<string, string> | undefined;
      if (obj.kind === "Service" && Object.keys(selector ?? {}).length === 0) throw new Error("the service has no pod selector set");
      return makeLabels(selector);
    }
    default: {
      const selector = spec.selector as { matchLabels?: Record<string, string>; matchExpressions?: unknown[] } | undefined;
      const what = obj.kind === "Deployment" ? "deployment" : "replicaset";
      if (!selector) throw new Error(`invalid ${what}: no selectors, therefore cannot be exposed`);
      if ((selector.matchExpressions ?? []).length > 0) throw new Error(`couldn't convert expressions - "${JSON.stringify(selector.matchExpressions)}" to map-based selector format`);
      return makeLabels(selector.matchLabels);
    }
  }
}

/** PortsForObject with MultiProtocolsForObject: each port as text, with its protocols. */
function portsOf(obj: KubeObject): { ports: string[]; protocols: Map<string, string[]> } {
  const spec = (obj.spec ?? {}) as Spec;
  const list: PortLike[] =
    obj.kind === "Service"
      ? (spec.ports ?? [])
      : ((obj.kind === "Pod" ? spec.containers : spec.template?.spec?.containers) ?? []).flatMap((c) => c.ports ?? []);
  const ports: string[] = [];
  const protocols = new Map<string, string[]>();
  for (const p of list) {
    const port = String(obj.kind === "Service" ? p.port : p.containerPort);
    ports.push(port);
    protocols.set(port, [...(protocols.get(port) ?? []), p.protocol ?? "TCP"]);
  }
  return { ports, protocols };
}

/** expose.go parseLabels. */
function parseLabels(spec: string): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const item of spec.split(",")) {
    const kv = item.split("=");
    if (kv.length !== 2) throw new Error(`unexpected label spec: ${item}`);
    if (kv[0] === "") throw new Error("unexpected empty label key");
    labels[kv[0]] = kv[1];
  }
  return labels;
}

interface ExposeParams {
  name: string;
  selector: string;
  labels: string;
  portText: string;
  protocol: string;
  protocols: Map<string, string[]>;
  targetPort: string;
}

/** createService: one ServicePort per port (named `port-N` when several), protocols from the object unless --protocol. */
function serviceFor(p: ExposeParams, cmd: Parameters<CommandHandler>[0]): KubeObject {
  const ports: Record<string, unknown>[] = [];
  const portTexts = p.portText === "" ? [] : p.portText.split(",");
  portTexts.forEach((text, i) => {
    if (!/^[+-]?\d+$/.test(text)) throw new Error(`strconv.Atoi: parsing "${text}": invalid syntax`);
    const port = Number(text);
    const name = portTexts.length > 1 ? `port-${i + 1}` : undefined;
    let protocol = p.protocol;
    const known = p.protocols.get(text);
    if (protocol === "" && p.protocols.size > 0 && known && known.length > 1) {
      for (const each of known) ports.push({ name: `port-${i + 1}-${each.toLowerCase()}`, port, protocol: each });
      return;
    }
    if (protocol === "") protocol = known?.[0] ?? "TCP";
    ports.push({ ...(name ? { name } : {}), port, protocol });
  });
  const targetPort = p.targetPort;
  for (const sp of ports) sp.targetPort = targetPort === "" ? sp.port : /^\d+$/.test(targetPort) ? Number(targetPort) : targetPort;
  const spec: Record<string, unknown> = { ports, selector: parseLabels(p.selector) };
  const externalIP = stringFlag(cmd, "external-ip");
  if (externalIP) spec.externalIPs = [externalIP];
  const type = stringFlag(cmd, "type");
  if (type) spec.type = type;
  if (type === "LoadBalancer" && stringFlag(cmd, "load-balancer-ip")) spec.loadBalancerIP = stringFlag(cmd, "load-balancer-ip");
  const affinity = stringFlag(cmd, "session-affinity");
  if (affinity) {
    if (affinity !== "None" && affinity !== "ClientIP") throw new Error(`unknown session affinity: ${affinity}`);
    spec.sessionAffinity = affinity;
  }
  if (stringFlag(cmd, "cluster-ip")) spec.clusterIP = stringFlag(cmd, "cluster-ip");
  const metadata: KubeObject["metadata"] = { name: p.name };
  if (p.labels) metadata.labels = parseLabels(p.labels);
  return { apiVersion: "v1", kind: "Service", metadata, spec };
}

export const exposeCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const dryRun = dryRunStrategy(cmd);
  const format = outputFormat(cmd, io);
  const ns = namespaceChoice(cmd.flags, io);
  // No Latest(): objects from -f are exposed as the file has them.
  const selection = selectObjects(cmd, io, cmd.args, { local: true });
  if (selection.errors.length > 0) {
    out.err(formatCommandErrors(selection.errors));
    return out.result(1);
  }
  // The options persist from one visited object to the next, as upstream's do.
  let selector = stringFlag(cmd, "selector");
  let portText = stringFlag(cmd, "port");
  let labels = stringFlag(cmd, "labels");
  try {
    for (const { live } of selection.objects) {
      if (!exposable.has(groupKind(live))) throw new Error(`cannot expose a ${groupKind(live)}`);
      if (selector === "") {
        try {
          selector = selectorOf(live);
        } catch (e) {
          throw new Error(`couldn't retrieve selectors via --selector flag or introspection: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
        }
      }
      const found = portsOf(live);
      if (portText === "") {
        if (found.ports.length === 0 && stringFlag(cmd, "cluster-ip") !== "None") throw new Error("couldn't find port via --port flag or introspection");
        portText = found.ports.join(",");
      }
      if (labels === "") labels = makeLabels(live.metadata.labels);
      if (selector === "") throw new Error("selector must be specified");
      const service = serviceFor(
        { name: stringFlag(cmd, "name") || (live.metadata.name ?? "").slice(0, 63), selector, labels, portText, protocol: stringFlag(cmd, "protocol"), protocols: found.protocols, targetPort: stringFlag(cmd, "target-port") },
        cmd,
      );
      if (dryRun === "client" && ns.enforce) service.metadata.namespace = ns.namespace;
      // The typed corev1.Service kubectl prints has an empty load balancer status.
      if (dryRun === "client") service.status = { loadBalancer: {} };
      const created = dryRun === "client" ? service : createObject(io.cluster.api, service, { namespace: ns.namespace, dryRun: dryRun === "server" });
      if (printsObjects(format)) out.out(printWriteObjects([created], format, cmd, io, { typed: dryRun === "client" }));
      else out.out(operationLine(created, "exposed", format, dryRun));
    }
  } catch (e) {
    out.err(formatCommandErrors([e]));
    return out.result(1);
  }
  return out.result(0);
};
