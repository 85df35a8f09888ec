// describePod of k8s.io/kubectl/pkg/describe/describe.go v0.34.5, with its container,
// probe, environment, mount and volume sections.
import type { KubeObject } from "../../apiserver/types";
import { podQOSClass } from "../../apiserver/strategies/pod/qos";
import type { PodSpec } from "../../apiserver/validation/pod-types";
import { humanDuration } from "../../apiserver/duration";
import { parseTimestamp } from "../../apiserver/printers/timestamps";
import { DescribeWriter } from "./describe-writer";
import {
  formatRFC1123Z,
  printBool,
  stringOrNone,
  writeAnnotationsMultiline,
  writeLabelsMultiline,
  writeResources,
  writeTolerationsMultiline,
  type ResourceRequirementsView,
  type TolerationView,
} from "./describe-format";
import { writeEvents } from "./events";

type IntOrString = number | string;

export interface ProbeView {
  exec?: { command?: string[] };
  httpGet?: { path?: string; port?: IntOrString; host?: string; scheme?: string };
  tcpSocket?: { port?: IntOrString; host?: string };
  grpc?: { port?: number; service?: string };
  initialDelaySeconds?: number;
  timeoutSeconds?: number;
  periodSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
}

interface EnvVarView {
  name: string;
  value?: string;
  valueFrom?: {
    fieldRef?: { apiVersion?: string; fieldPath: string };
    resourceFieldRef?: { resource: string; containerName?: string };
    secretKeyRef?: { name?: string; key: string; optional?: boolean };
    configMapKeyRef?: { name?: string; key: string; optional?: boolean };
  };
}

export interface ContainerView {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  ports?: { containerPort: number; hostPort?: number; protocol?: string; name?: string }[];
  env?: EnvVarView[];
  envFrom?: { prefix?: string; configMapRef?: { name?: string; optional?: boolean }; secretRef?: { name?: string; optional?: boolean } }[];
  resources?: ResourceRequirementsView;
  volumeMounts?: { name: string; mountPath: string; readOnly?: boolean; subPath?: string }[];
  livenessProbe?: ProbeView;
  readinessProbe?: ProbeView;
  startupProbe?: ProbeView;
}

interface ContainerStateView {
  running?: { startedAt?: string };
  waiting?: { reason?: string };
  terminated?: { reason?: string; message?: string; exitCode?: number; signal?: number; startedAt?: string; finishedAt?: string };
}

interface ContainerStatusView {
  name: string;
  containerID?: string;
  imageID?: string;
  ready?: boolean;
  restartCount?: number;
  state?: ContainerStateView;
  lastState?: ContainerStateView;
}

export interface VolumeView {
  name: string;
  hostPath?: { path: string; type?: string };
  emptyDir?: { medium?: string; sizeLimit?: string };
  secret?: { secretName?: string; optional?: boolean };
  configMap?: { name?: string; optional?: boolean };
  persistentVolumeClaim?: { claimName: string; readOnly?: boolean };
  downwardAPI?: { items?: { path: string; fieldRef?: { fieldPath: string }; resourceFieldRef?: { resource: string } }[] };
  projected?: {
    sources?: {
      secret?: { name?: string; optional?: boolean };
      configMap?: { name?: string; optional?: boolean };
      downwardAPI?: unknown;
      serviceAccountToken?: { expirationSeconds?: number };
    }[];
  };
}

interface PodView {
  metadata: KubeObject["metadata"] & { deletionGracePeriodSeconds?: number };
  spec: {
    priority?: number;
    priorityClassName?: string;
    runtimeClassName?: string;
    serviceAccountName?: string;
    nodeName?: string;
    containers?: ContainerView[];
    initContainers?: ContainerView[];
    volumes?: VolumeView[];
    nodeSelector?: Record<string, string>;
    tolerations?: TolerationView[];
  };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    hostIP?: string;
    podIP?: string;
    podIPs?: { ip: string }[];
    startTime?: string;
    nominatedNodeName?: string;
    qosClass?: string;
    conditions?: { type: string; status: string }[];
    containerStatuses?: ContainerStatusView[];
    initContainerStatuses?: ContainerStatusView[];
  };
}

/** Go's net.JoinHostPort: IPv6 hosts in brackets. */
const joinHostPort = (host: string, port: string): string => (host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`);

/** DescribeProbe: `http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function describeProbe(probe: ProbeView): string {
  const attrs = `delay=${probe.initialDelaySeconds ?? 0}s timeout=${probe.timeoutSeconds ?? 0}s period=${probe.periodSeconds ?? 0}s #success=${probe.successThreshold ?? 0} #failure=${probe.failureThreshold ?? 0}`;
  if (probe.exec) return `exec [${(probe.exec.command ?? []).join(" ")}] ${attrs}`;
  if (probe.httpGet) {
    const port = probe.httpGet.port === undefined ? "" : String(probe.httpGet.port);
    const host = port ? joinHostPort(probe.httpGet.host ?? "", port) : (probe.httpGet.host ?? "");
    let path = probe.httpGet.path ?? "";
    if (path && !path.startsWith("/") && host) path = `/${path}`; // url.URL.String adds the slash
    return `http-get ${(probe.httpGet.scheme ?? "").toLowerCase()}://${host}${path} ${attrs}`;
  }
  if (probe.tcpSocket) return `tcp-socket ${probe.tcpSocket.host ?? ""}:${String(probe.tcpSocket.port ?? "")} ${attrs}`;
  if (probe.grpc) return `grpc <pod>:${probe.grpc.port ?? 0} ${probe.grpc.service ?? ""} ${attrs}`;
  return `unknown ${attrs}`;
}

function writeContainerState(w: DescribeWriter, title: string, state: ContainerStateView | undefined): void {
  if (state?.running) {
    w.write(2, `${title}:\tRunning\n`);
    w.write(3, `Started:\t${formatRFC1123Z(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(2, `${title}:\tWaiting\n`);
    if (state.waiting.reason) w.write(3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(2, `${title}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(3, `Message:\t${t.message}\n`);
    w.write(3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if ((t.signal ?? 0) > 0) w.write(3, `Signal:\t${t.signal}\n`);
    w.write(3, `Started:\t${formatRFC1123Z(t.startedAt)}\n`);
    w.write(3, `Finished:\t${formatRFC1123Z(t.finishedAt)}\n`);
  } else {
    w.write(2, `${title}:\tWaiting\n`);
  }
}

/** fieldpath.ExtractFieldPathAsString for the fields a downward-API env var may name. */
function podFieldValue(pod: PodView, fieldPath: string): string {
  const annotation = /^metadata\.annotations\['(.*)'\]$/.exec(fieldPath);
  if (annotation) return pod.metadata.annotations?.[annotation[1]] ?? "";
  const label = /^metadata\.labels\['(.*)'\]$/.exec(fieldPath);
  if (label) return pod.metadata.labels?.[label[1]] ?? "";
  const values: Record<string, string | undefined> = {
    "metadata.name": pod.metadata.name,
    "metadata.namespace": pod.metadata.namespace,
    "metadata.uid": pod.metadata.uid,
    "spec.nodeName": pod.spec.nodeName,
    "spec.serviceAccountName": pod.spec.serviceAccountName,
    "status.hostIP": pod.status?.hostIP,
    "status.podIP": pod.status?.podIP,
  };
  return values[fieldPath] ?? "";
}

function writeEnv(w: DescribeWriter, pod: PodView, c: ContainerView): void {
  if ((c.envFrom ?? []).length > 0) {
    w.write(2, "Environment Variables from:\n");
    for (const e of c.envFrom!) {
      const [from, ref] = e.configMapRef ? ["ConfigMap", e.configMapRef] : e.secretRef ? ["Secret", e.secretRef] : ["", undefined];
      const what = e.prefix ? `${from} with prefix '${e.prefix}'` : from;
      w.write(3, `${ref?.name ?? ""}\t${what}\tOptional: ${ref?.optional === true}\n`);
    }
  }
  const env = c.env ?? [];
  w.write(2, `Environment:${env.length === 0 ? "\t<none>" : ""}\n`);
  for (const e of env) {
    const from = e.valueFrom;
    if (!from) {
      (e.value ?? "").split("\n").forEach((line, i) => w.write(3, i === 0 ? `${e.name}:\t${line}\n` : `\t${line}\n`));
    } else if (from.fieldRef) {
      w.write(3, `${e.name}:\t${podFieldValue(pod, from.fieldRef.fieldPath)} (${from.fieldRef.apiVersion ?? ""}:${from.fieldRef.fieldPath})\n`);
    } else if (from.resourceFieldRef) {
      const resource = from.resourceFieldRef.resource;
      const [kind, name] = resource.split(".");
      let value = (kind === "limits" ? c.resources?.limits : c.resources?.requests)?.[name];
      if (value === undefined && (resource === "limits.cpu" || resource === "limits.memory")) value = "node allocatable";
      w.write(3, `${e.name}:\t${value ?? "0"} (${resource})\n`);
    } else if (from.secretKeyRef) {
      w.write(3, `${e.name}:\t<set to the key '${from.secretKeyRef.key}' in secret '${from.secretKeyRef.name ?? ""}'>\tOptional: ${from.secretKeyRef.optional === true}\n`);
    } else if (from.configMapKeyRef) {
      w.write(3, `${e.name}:\t<set to the key '${from.configMapKeyRef.key}' of config map '${from.configMapKeyRef.name ?? ""}'>\tOptional: ${from.configMapKeyRef.optional === true}\n`);
    }
  }
}

function writeMounts(w: DescribeWriter, c: ContainerView): void {
  const mounts = [...(c.volumeMounts ?? [])].sort((a, b) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
  w.write(2, `Mounts:${mounts.length === 0 ? "\t<none>" : ""}\n`);
  for (const m of mounts) {
    const flags = [m.readOnly ? "ro" : "rw", ...(m.subPath ? [JSON.stringify(m.subPath).replace(/^/, "path=")] : [])];
    w.write(3, `${m.mountPath} from ${m.name} (${flags.join(",")})\n`);
  }
}

const portList = (c: ContainerView, port: (p: NonNullable<ContainerView["ports"]>[number]) => number): string =>
  (c.ports ?? []).map((p) => `${port(p)}/${p.protocol ?? ""}${p.name ? ` (${p.name})` : ""}`).join(", ");

/** describeContainers: one block per container, with its status when the kubelet reported one. */
export function writeContainers(w: DescribeWriter, title: string, containers: ContainerView[], statuses: ContainerStatusView[] | undefined, pod: PodView | undefined, space = ""): void {
  w.write(0, `${space}${title}:${containers.length === 0 ? " <none>" : ""}\n`);
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]));
  for (const c of containers) {
    const status = byName.get(c.name);
    w.write(1, `${space ? " " : ""}${c.name}:\n`);
    if (status) w.write(2, `Container ID:\t${status.containerID ?? ""}\n`);
    w.write(2, `Image:\t${c.image ?? ""}\n`);
    if (status) w.write(2, `Image ID:\t${status.imageID ?? ""}\n`);
    const ports = portList(c, (p) => p.containerPort);
    w.write(2, ports.includes(",") ? `Ports:\t${ports}\n` : `Port:\t${stringOrNone(ports)}\n`);
    const hostPorts = portList(c, (p) => p.hostPort ?? 0);
    w.write(2, hostPorts.includes(",") ? `Host Ports:\t${hostPorts}\n` : `Host Port:\t${stringOrNone(hostPorts)}\n`);
    for (const [label, lines] of [["Command", c.command], ["Args", c.args]] as const) {
      if ((lines ?? []).length === 0) continue;
      w.write(2, `${label}:\n`);
      for (const line of lines!) for (const part of line.split("\n")) w.write(3, `${part}\n`);
    }
    if (status) {
      writeContainerState(w, "State", status.state);
      if (status.lastState?.terminated) writeContainerState(w, "Last State", status.lastState);
      w.write(2, `Ready:\t${printBool(status.ready)}\n`);
      w.write(2, `Restart Count:\t${status.restartCount ?? 0}\n`);
    }
    writeResources(w, c.resources, 2);
    if (c.livenessProbe) w.write(2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
    if (c.readinessProbe) w.write(2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
    if (c.startupProbe) w.write(2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
    if (pod) writeEnv(w, pod, c);
    else writeEnv(w, { metadata: {}, spec: {} } as PodView, c);
    writeMounts(w, c);
  }
}

/** describeVolumes for the volume types a CKAD pod uses; others print `<unknown>` as upstream's default. */
export function writeVolumes(w: DescribeWriter, volumes: VolumeView[] | undefined, space = ""): void {
  if (!volumes || volumes.length === 0) {
    w.write(0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(1, `${space ? " " : ""}${v.name}:\n`);
    if (v.hostPath) {
      w.write(2, `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type || "<none>"}\n`);
    } else if (v.emptyDir) {
      const size = v.emptyDir.sizeLimit && !/^0+(\.0*)?[a-zA-Z]*$/.test(String(v.emptyDir.sizeLimit)) ? String(v.emptyDir.sizeLimit) : "<unset>";
      w.write(2, `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ""}\n    SizeLimit:\t${size}\n`);
    } else if (v.secret) {
      w.write(2, `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ""}\n    Optional:\t${v.secret.optional === true}\n`);
    } else if (v.configMap) {
      w.write(2, `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ""}\n    Optional:\t${v.configMap.optional === true}\n`);
    } else if (v.persistentVolumeClaim) {
      w.write(2, `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${v.persistentVolumeClaim.readOnly === true}\n`);
    } else if (v.downwardAPI) {
      w.write(2, "Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n");
      for (const item of v.downwardAPI.items ?? []) {
        if (item.fieldRef) w.write(3, `${item.fieldRef.fieldPath} -> ${item.path}\n`);
        if (item.resourceFieldRef) w.write(3, `${item.resourceFieldRef.resource} -> ${item.path}\n`);
      }
    } else if (v.projected) {
      w.write(2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
      for (const s of v.projected.sources ?? []) {
        if (s.secret) w.write(2, `SecretName:\t${s.secret.name ?? ""}\n    Optional:\t${s.secret.optional === true}\n`);
        else if (s.downwardAPI) w.write(2, "DownwardAPI:\ttrue\n");
        else if (s.configMap) w.write(2, `ConfigMapName:\t${s.configMap.name ?? ""}\n    Optional:\t${s.configMap.optional === true}\n`);
        else if (s.serviceAccountToken) w.write(2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 0}\n`);
      }
    } else {
      w.write(1, "<unknown>\n");
    }
  }
}

/** printController: `ReplicaSet/web-5d9c`, "" without a controller owner. */
export function controllerOf(obj: KubeObject): string {
  const owner = (obj.metadata.ownerReferences ?? []).find((r) => r.controller === true);
  return owner ? `${owner.kind}/${owner.name}` : "";
}

/** `kubectl describe pod`: the text describePod prints, Events included when given. */
export function describePod(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const pod = obj as unknown as PodView;
  const spec = pod.spec ?? {};
  const status = pod.status ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${pod.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${pod.metadata.namespace ?? ""}\n`);
  if (spec.priority !== undefined) w.write(0, `Priority:\t${spec.priority}\n`);
  if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
  if (spec.runtimeClassName) w.write(0, `Runtime Class Name:\t${spec.runtimeClassName}\n`);
  if (spec.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`);
  w.write(0, spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ""}\n` : "Node:\t<none>\n");
  if (status.startTime) w.write(0, `Start Time:\t${formatRFC1123Z(status.startTime)}\n`);
  writeLabelsMultiline(w, "Labels", pod.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", pod.metadata.annotations);
  if (pod.metadata.deletionTimestamp && status.phase !== "Failed" && status.phase !== "Succeeded") {
    const deletion = parseTimestamp(pod.metadata.deletionTimestamp);
    w.write(0, `Status:\tTerminating (lasts ${deletion === undefined ? "<unknown>" : humanDuration(now - deletion)})\n`);
    w.write(0, `Termination Grace Period:\t${pod.metadata.deletionGracePeriodSeconds ?? 0}s\n`);
  } else {
    w.write(0, `Status:\t${status.phase ?? ""}\n`);
  }
  if (status.reason) w.write(0, `Reason:\t${status.reason}\n`);
  if (status.message) w.write(0, `Message:\t${status.message}\n`);
  w.write(0, `IP:\t${status.podIP ?? ""}\n`);
  if ((status.podIPs ?? []).length === 0) w.write(0, "IPs:\t<none>\n");
  else {
    w.write(0, "IPs:\n");
    for (const ip of status.podIPs!) w.write(1, `IP:\t${ip.ip}\n`);
  }
  const controller = controllerOf(obj);
  if (controller) w.write(0, `Controlled By:\t${controller}\n`);
  if (status.nominatedNodeName) w.write(0, `NominatedNodeName:\t${status.nominatedNodeName}\n`);
  if ((spec.initContainers ?? []).length > 0) writeContainers(w, "Init Containers", spec.initContainers!, status.initContainerStatuses, pod);
  writeContainers(w, "Containers", spec.containers ?? [], status.containerStatuses, pod);
  if ((status.conditions ?? []).length > 0) {
    w.write(0, "Conditions:\n  Type\tStatus\n");
    for (const c of status.conditions!) w.write(1, `${c.type} \t${c.status} \n`);
  }
  writeVolumes(w, spec.volumes);
  w.write(0, `QoS Class:\t${status.qosClass || podQOSClass(spec as PodSpec)}\n`);
  writeLabelsMultiline(w, "Node-Selectors", spec.nodeSelector);
  writeTolerationsMultiline(w, "Tolerations", spec.tolerations);
  if (events) writeEvents(w, events, now);
  return w.toString();
}
