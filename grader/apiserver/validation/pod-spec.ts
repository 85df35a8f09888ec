// PodSpec validation, as ValidatePodSpec and its helpers in
// pkg/apis/core/validation/validation.go (v1.34), for the fields a CKAD task touches.
import { fieldErrors, type FieldError } from "../errors";
import { validateLabelName, validateLabels, validateNonnegative } from "./object-meta";
import {
  inclusiveRangeError,
  isConfigMapKey,
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isRelaxedEnvVarName,
  isValidLabelValue,
  isValidPortName,
  isValidPortNum,
} from "./names";
import { child, index } from "./path";
import type {
  Affinity,
  Container,
  ContainerPort,
  EnvFromSource,
  EnvVar,
  Handler,
  IntOrString,
  NodeSelectorRequirement,
  NodeSelectorTerm,
  PodAffinityTerm,
  PodSpec,
  Probe,
  SecurityContext,
  Toleration,
  Volume,
  VolumeMount,
} from "./pod-types";
import { appendResourceRequirementErrors } from "./resources";
import { validateLabelSelector } from "./label-selector";

const maxInt32 = 2147483647;

// Every create validates a whole pod spec and almost always finds nothing: the
// hot helpers below append to one array instead of returning one each, skip
// absent parts, and build a field path only where they report an error.

export function validateDNS1123Label(value: string, path: string): FieldError[] {
  return isDNS1123Label(value).map((msg) => fieldErrors.invalid(path, value, msg));
}

// ---------------------------------------------------------------------------
// Volumes

/** Volume sources in the order ValidateVolumes meets them (validateVolumeSource). */
const volumeSources = [
  "hostPath",
  "emptyDir",
  "gitRepo",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "flocker",
  "persistentVolumeClaim",
  "rbd",
  "quobyte",
  "cephfs",
  "cinder",
  "downwardAPI",
  "fc",
  "azureFile",
  "vsphereVolume",
  "photonPersistentDisk",
  "portworxVolume",
  "azureDisk",
  "projected",
  "scaleIO",
  "configMap",
  "storageos",
  "csi",
  "ephemeral",
  "image",
];

function validateKeyToPaths(items: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  ((items as { key?: string; path?: string }[] | undefined) ?? []).forEach((it, i) => {
    const p = index(path, i);
    if (!it.key) errs.push(fieldErrors.required(child(p, "key")));
    if (!it.path) errs.push(fieldErrors.required(child(p, "path")));
    else errs.push(...validateLocalNonReservedPath(it.path, child(p, "path")));
  });
  return errs;
}

function validateLocalDescendingPath(target: string, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (target.startsWith("/")) errs.push(fieldErrors.invalid(path, target, "must be a relative path"));
  if (target.split("/").includes("..")) errs.push(fieldErrors.invalid(path, target, "must not contain '..'"));
  return errs;
}

function validateLocalNonReservedPath(target: string, path: string): FieldError[] {
  const errs = validateLocalDescendingPath(target, path);
  if (target.startsWith("..")) errs.push(fieldErrors.invalid(path, target, "must not start with '..'"));
  return errs;
}

function validateOneVolumeSource(kind: string, src: Record<string, unknown>, path: string, errs: FieldError[]): void {
  const p = child(path, kind);
  switch (kind) {
    case "hostPath":
      if (!src.path) errs.push(fieldErrors.required(child(p, "path")));
      break;
    case "secret":
      if (!src.secretName) errs.push(fieldErrors.required(child(p, "secretName")));
      errs.push(...validateKeyToPaths(src.items, child(p, "items")));
      break;
    case "configMap":
      if (!src.name) errs.push(fieldErrors.required(child(p, "name")));
      errs.push(...validateKeyToPaths(src.items, child(p, "items")));
      break;
    case "persistentVolumeClaim":
      if (!src.claimName) errs.push(fieldErrors.required(child(p, "claimName")));
      break;
    case "nfs":
      if (!src.server) errs.push(fieldErrors.required(child(p, "server")));
      if (!src.path) errs.push(fieldErrors.required(child(p, "path")));
      else if (!String(src.path).startsWith("/")) errs.push(fieldErrors.invalid(child(p, "path"), src.path, "must be an absolute path"));
      break;
  }
}

// The sources validateOneVolumeSource checks; any other kind has nothing to report.
const checkedVolumeSources = new Set(["hostPath", "secret", "configMap", "persistentVolumeClaim", "nfs"]);

const volumeSourceNames = new Set(volumeSources);

function validateVolumeSource(vol: Volume, path: string, errs: FieldError[]): void {
  // The usual volume has one source: found among its own few keys instead of trying all the kinds.
  let only = "";
  let found = 0;
  for (const k in vol) {
    const src = vol[k];
    if (src !== undefined && src !== null && volumeSourceNames.has(k)) {
      only = k;
      found++;
    }
  }
  if (found === 1) {
    if (checkedVolumeSources.has(only)) validateOneVolumeSource(only, vol[only] as Record<string, unknown>, path, errs);
    return;
  }
  let count = 0;
  for (const kind of volumeSources) {
    const src = vol[kind];
    if (src === undefined || src === null) continue;
    if (count > 0) {
      errs.push(fieldErrors.forbidden(child(path, kind), "may not specify more than 1 volume type"));
      continue;
    }
    count++;
    if (checkedVolumeSources.has(kind)) validateOneVolumeSource(kind, src as Record<string, unknown>, path, errs);
  }
  if (count === 0) errs.push(fieldErrors.required(path, "must specify a volume type"));
}

/** ValidateVolumes: returns the errors and the names of valid volumes (mounts may refer only to those). */
export function validateVolumes(volumes: Volume[] | undefined, path: string): { errs: FieldError[]; names: Set<string> } {
  const errs: FieldError[] = [];
  return { errs, names: appendVolumeErrors(volumes, path, errs) };
}

/** validateVolumes appending to `errs`; returns the names of valid volumes. */
function appendVolumeErrors(volumes: Volume[] | undefined, path: string, errs: FieldError[]): Set<string> {
  const names = new Set<string>();
  if (!volumes) return names;
  for (let i = 0; i < volumes.length; i++) {
    const vol = volumes[i];
    const p = index(path, i);
    const before = errs.length;
    validateVolumeSource(vol, p, errs);
    if (!vol.name) errs.push(fieldErrors.required(child(p, "name")));
    else for (const msg of isDNS1123Label(vol.name)) errs.push(fieldErrors.invalid(child(p, "name"), vol.name, msg));
    if (names.has(vol.name ?? "")) errs.push(fieldErrors.duplicate(child(p, "name"), vol.name ?? ""));
    if (errs.length === before) names.add(vol.name!);
  }
  return names;
}

function validateVolumeMounts(mounts: VolumeMount[], volumes: Set<string>, path: string, errs: FieldError[]): void {
  const mountPoints = new Set<string>();
  for (let i = 0; i < mounts.length; i++) {
    const m = mounts[i];
    if (!m.name) errs.push(fieldErrors.required(child(index(path, i), "name")));
    if (!volumes.has(m.name ?? "")) errs.push(fieldErrors.notFound(child(index(path, i), "name"), m.name ?? ""));
    if (!m.mountPath) errs.push(fieldErrors.required(child(index(path, i), "mountPath")));
    if (mountPoints.has(m.mountPath ?? ""))
      errs.push(fieldErrors.invalid(child(index(path, i), "mountPath"), m.mountPath ?? "", "must be unique"));
    mountPoints.add(m.mountPath ?? "");
    if (m.subPath) errs.push(...validateLocalDescendingPath(m.subPath, child(path, "subPath")));
  }
}

// ---------------------------------------------------------------------------
// Ports, env

const supportedPortProtocols = ["SCTP", "TCP", "UDP"];

function validateContainerPorts(ports: ContainerPort[], path: string, errs: FieldError[]): void {
  const names = new Set<string>();
  for (let i = 0; i < ports.length; i++) {
    const port = ports[i];
    if (port.name) {
      const msgs = isValidPortName(port.name);
      if (msgs.length) for (const msg of msgs) errs.push(fieldErrors.invalid(child(index(path, i), "name"), port.name, msg));
      else if (names.has(port.name)) errs.push(fieldErrors.duplicate(child(index(path, i), "name"), port.name));
      else names.add(port.name);
    }
    if (!port.containerPort) errs.push(fieldErrors.required(child(index(path, i), "containerPort")));
    else for (const msg of isValidPortNum(port.containerPort)) errs.push(fieldErrors.invalid(child(index(path, i), "containerPort"), port.containerPort, msg));
    if (port.hostPort) for (const msg of isValidPortNum(port.hostPort)) errs.push(fieldErrors.invalid(child(index(path, i), "hostPort"), port.hostPort, msg));
    if (!port.protocol) errs.push(fieldErrors.required(child(index(path, i), "protocol")));
    else if (!supportedPortProtocols.includes(port.protocol))
      errs.push(fieldErrors.notSupported(child(index(path, i), "protocol"), port.protocol, supportedPortProtocols));
  }
}

const envFieldPaths = [
  "metadata.name",
  "metadata.namespace",
  "metadata.uid",
  "spec.nodeName",
  "spec.serviceAccountName",
  "status.hostIP",
  "status.hostIPs",
  "status.podIP",
  "status.podIPs",
];

function validateKeySelector(ref: { name?: string; key?: string }, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!ref.key) errs.push(fieldErrors.required(child(path, "key")));
  else for (const msg of isConfigMapKey(ref.key)) errs.push(fieldErrors.invalid(child(path, "key"), ref.key, msg));
  if (!ref.name) errs.push(fieldErrors.required(child(path, "name")));
  return errs;
}

function validateEnvVarValueFrom(ev: EnvVar, path: string): FieldError[] {
  const from = ev.valueFrom;
  if (!from) return [];
  const errs: FieldError[] = [];
  let sources = 0;
  if (from.fieldRef) {
    sources++;
    const fp = from.fieldRef.fieldPath ?? "";
    const p = child(path, "fieldRef");
    if (!from.fieldRef.apiVersion) errs.push(fieldErrors.required(child(p, "apiVersion")));
    if (!fp) errs.push(fieldErrors.required(child(p, "fieldPath")));
    else if (!/^metadata\.(labels|annotations)\['[^']+'\]$/.test(fp) && !envFieldPaths.includes(fp))
      errs.push(fieldErrors.notSupported(child(p, "fieldPath"), fp, envFieldPaths));
  }
  if (from.resourceFieldRef) sources++;
  if (from.configMapKeyRef) {
    sources++;
    errs.push(...validateKeySelector(from.configMapKeyRef, child(path, "configMapKeyRef")));
  }
  if (from.secretKeyRef) {
    sources++;
    errs.push(...validateKeySelector(from.secretKeyRef, child(path, "secretKeyRef")));
  }
  if (sources === 0)
    errs.push(
      fieldErrors.invalid(path, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"),
    );
  else if (ev.value) errs.push(fieldErrors.invalid(path, "", "may not be specified when `value` is not empty"));
  else if (sources > 1) errs.push(fieldErrors.invalid(path, "", "may not have more than one field specified at a time"));
  return errs;
}

function validateEnv(env: EnvVar[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (env ?? []).forEach((ev, i) => {
    const p = index(path, i);
    if (!ev.name) errs.push(fieldErrors.required(child(p, "name")));
    for (const msg of isRelaxedEnvVarName(ev.name ?? "")) errs.push(fieldErrors.invalid(child(p, "name"), ev.name ?? "", msg));
    errs.push(...validateEnvVarValueFrom(ev, child(p, "valueFrom")));
  });
  return errs;
}

function validateEnvFrom(envFrom: EnvFromSource[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (envFrom ?? []).forEach((ef, i) => {
    const p = index(path, i);
    if (ef.prefix)
      for (const msg of isRelaxedEnvVarName(ef.prefix)) errs.push(fieldErrors.invalid(child(p, "prefix"), ef.prefix, msg));
    let sources = 0;
    if (ef.configMapRef) {
      sources++;
      if (!ef.configMapRef.name) errs.push(fieldErrors.required(child(p, "configMapRef", "name")));
    }
    if (ef.secretRef) {
      sources++;
      if (!ef.secretRef.name) errs.push(fieldErrors.required(child(p, "secretRef", "name")));
    }
    if (sources === 0) errs.push(fieldErrors.invalid(p, "", "must specify one of: `configMapRef` or `secretRef`"));
    else if (sources > 1) errs.push(fieldErrors.invalid(p, "", "may not have more than one field specified at a time"));
  });
  return errs;
}

// ---------------------------------------------------------------------------
// Probes and lifecycle handlers

function validatePortNumOrName(port: IntOrString | undefined, path: string): FieldError[] {
  if (typeof port === "number") return isValidPortNum(port).map((msg) => fieldErrors.invalid(path, port, msg));
  return isValidPortName(port ?? "").map((msg) => fieldErrors.invalid(path, port ?? "", msg));
}

function validateHandler(h: Handler, path: string, allowed: (keyof Handler)[]): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  for (const kind of allowed) {
    const action = h[kind];
    if (!action) continue;
    const p = child(path, kind);
    if (count > 0) {
      errs.push(fieldErrors.forbidden(p, "may not specify more than 1 handler type"));
      continue;
    }
    count++;
    if (kind === "exec" && !(h.exec!.command ?? []).length) errs.push(fieldErrors.required(child(p, "command")));
    if (kind === "httpGet") {
      const g = h.httpGet!;
      if (!g.path) errs.push(fieldErrors.required(child(p, "path")));
      errs.push(...validatePortNumOrName(g.port, child(p, "port")));
      if (g.scheme !== undefined && !["HTTP", "HTTPS"].includes(g.scheme))
        errs.push(fieldErrors.notSupported(child(p, "scheme"), g.scheme, ["HTTP", "HTTPS"]));
    }
    if (kind === "tcpSocket") errs.push(...validatePortNumOrName(h.tcpSocket!.port, child(p, "port")));
    if (kind === "grpc")
      for (const msg of isValidPortNum(h.grpc!.port ?? 0)) errs.push(fieldErrors.invalid(child(p, "port"), h.grpc!.port ?? 0, msg));
    if (kind === "sleep") {
      const s = h.sleep!.seconds ?? 0;
      if (s < 0) errs.push(fieldErrors.invalid(child(p, "seconds"), s, "must be non-negative"));
    }
  }
  if (count === 0) errs.push(fieldErrors.required(path, "must specify a handler type"));
  return errs;
}

function validateProbe(probe: Probe | undefined, path: string): FieldError[] {
  if (!probe) return [];
  const errs = validateHandler(probe, path, ["exec", "httpGet", "tcpSocket", "grpc"]);
  for (const f of ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"] as const)
    errs.push(...validateNonnegative(probe[f], child(path, f)));
  if (probe.terminationGracePeriodSeconds !== undefined && probe.terminationGracePeriodSeconds <= 0)
    errs.push(fieldErrors.invalid(child(path, "terminationGracePeriodSeconds"), probe.terminationGracePeriodSeconds, "must be greater than 0"));
  return errs;
}

/** Liveness and startup probes must have successThreshold 1. */
function validateProbeWithSuccessOne(probe: Probe | undefined, path: string): FieldError[] {
  if (!probe) return [];
  const errs = validateProbe(probe, path);
  if ((probe.successThreshold ?? 0) !== 1)
    errs.push(fieldErrors.invalid(child(path, "successThreshold"), probe.successThreshold ?? 0, "must be 1"));
  return errs;
}

function validateLifecycle(lc: Container["lifecycle"], path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (lc?.postStart) errs.push(...validateHandler(lc.postStart, child(path, "postStart"), ["exec", "httpGet", "tcpSocket", "sleep"]));
  if (lc?.preStop) errs.push(...validateHandler(lc.preStop, child(path, "preStop"), ["exec", "httpGet", "tcpSocket", "sleep"]));
  return errs;
}

function validateProbesAndLifecycle(ctr: Container, path: string, errs: FieldError[]): void {
  if (ctr.lifecycle) errs.push(...validateLifecycle(ctr.lifecycle, child(path, "lifecycle")));
  if (ctr.livenessProbe) errs.push(...validateProbeWithSuccessOne(ctr.livenessProbe, child(path, "livenessProbe")));
  if (ctr.readinessProbe) errs.push(...validateProbe(ctr.readinessProbe, child(path, "readinessProbe")));
  if (ctr.startupProbe) errs.push(...validateProbeWithSuccessOne(ctr.startupProbe, child(path, "startupProbe")));
}

// ---------------------------------------------------------------------------
// Security context

function validateSecurityContext(sc: SecurityContext | undefined, path: string): FieldError[] {
  if (!sc) return [];
  const errs: FieldError[] = [];
  for (const f of ["runAsUser", "runAsGroup"] as const) {
    const v = sc[f];
    if (v !== undefined && (v < 0 || v > maxInt32)) errs.push(fieldErrors.invalid(child(path, f), v, inclusiveRangeError(0, maxInt32)));
  }
  if (sc.privileged && sc.allowPrivilegeEscalation === false)
    errs.push(fieldErrors.invalid(path, sc, "cannot set `allowPrivilegeEscalation` to false and `privileged` to true"));
  return errs;
}

function validatePodSecurityContext(sc: SecurityContext | undefined, path: string): FieldError[] {
  if (!sc) return [];
  const errs: FieldError[] = [];
  for (const f of ["runAsUser", "runAsGroup", "fsGroup"] as const) {
    const v = sc[f];
    if (v !== undefined && (v < 0 || v > maxInt32)) errs.push(fieldErrors.invalid(child(path, f), v, inclusiveRangeError(0, maxInt32)));
  }
  (sc.supplementalGroups ?? []).forEach((g, i) => {
    if (g < 0 || g > maxInt32)
      errs.push(fieldErrors.invalid(index(child(path, "supplementalGroups"), i), g, inclusiveRangeError(0, maxInt32)));
  });
  return errs;
}

// ---------------------------------------------------------------------------
// Containers

const terminationMessagePolicies = ["File", "FallbackToLogsOnError"];
const pullPolicies = ["Always", "IfNotPresent", "Never"];

function validateContainerCommon(ctr: Container, volumes: Set<string>, path: string, errs: FieldError[]): void {
  if (!ctr.name) errs.push(fieldErrors.required(child(path, "name")));
  else for (const msg of isDNS1123Label(ctr.name)) errs.push(fieldErrors.invalid(child(path, "name"), ctr.name, msg));
  if (!ctr.image) errs.push(fieldErrors.required(child(path, "image")));
  if (!ctr.terminationMessagePolicy) errs.push(fieldErrors.required(child(path, "terminationMessagePolicy")));
  else if (!terminationMessagePolicies.includes(ctr.terminationMessagePolicy))
    errs.push(fieldErrors.notSupported(child(path, "terminationMessagePolicy"), ctr.terminationMessagePolicy, terminationMessagePolicies));
  if (ctr.ports) validateContainerPorts(ctr.ports, child(path, "ports"), errs);
  if (ctr.env) errs.push(...validateEnv(ctr.env, child(path, "env")));
  if (ctr.envFrom) errs.push(...validateEnvFrom(ctr.envFrom, child(path, "envFrom")));
  if (ctr.volumeMounts) validateVolumeMounts(ctr.volumeMounts, volumes, child(path, "volumeMounts"), errs);
  if (!ctr.imagePullPolicy) errs.push(fieldErrors.required(child(path, "imagePullPolicy")));
  else if (!pullPolicies.includes(ctr.imagePullPolicy))
    errs.push(fieldErrors.notSupported(child(path, "imagePullPolicy"), ctr.imagePullPolicy, pullPolicies));
  if (ctr.resources) appendResourceRequirementErrors(ctr.resources, path, errs);
  if (ctr.securityContext) errs.push(...validateSecurityContext(ctr.securityContext, child(path, "securityContext")));
}

function validateContainers(containers: Container[] | undefined, volumes: Set<string>, path: string, errs: FieldError[]): void {
  if (!containers || containers.length === 0) {
    errs.push(fieldErrors.required(path));
    return;
  }
  const names = new Set<string>();
  for (let i = 0; i < containers.length; i++) {
    const ctr = containers[i];
    const p = index(path, i);
    validateContainerCommon(ctr, volumes, p, errs);
    if (names.has(ctr.name ?? "")) errs.push(fieldErrors.duplicate(child(p, "name"), ctr.name ?? ""));
    else names.add(ctr.name ?? "");
    validateProbesAndLifecycle(ctr, p, errs);
    if (ctr.restartPolicy !== undefined)
      errs.push(fieldErrors.forbidden(child(p, "restartPolicy"), "may not be set for non-init containers"));
  }
}

const notForPlainInit = "may not be set for init containers without restartPolicy=Always";

function validateInitContainers(
  inits: Container[],
  regular: Container[] | undefined,
  volumes: Set<string>,
  path: string,
  errs: FieldError[],
): void {
  const names = new Set((regular ?? []).map((c) => c.name ?? ""));
  inits.forEach((ctr, i) => {
    const p = index(path, i);
    validateContainerCommon(ctr, volumes, p, errs);
    // A native sidecar is an init container with restartPolicy Always.
    let sidecar = false;
    if (ctr.restartPolicy !== undefined) {
      if (ctr.restartPolicy !== "Always")
        errs.push(fieldErrors.notSupported(child(p, "restartPolicy"), ctr.restartPolicy, ["Always"]));
      sidecar = ctr.restartPolicy === "Always";
    }
    if (names.has(ctr.name ?? "")) errs.push(fieldErrors.duplicate(child(p, "name"), ctr.name ?? ""));
    else if (ctr.name) names.add(ctr.name);
    if (sidecar) validateProbesAndLifecycle(ctr, p, errs);
    else
      for (const f of ["lifecycle", "livenessProbe", "readinessProbe", "startupProbe"] as const)
        if (ctr[f]) errs.push(fieldErrors.forbidden(child(p, f), notForPlainInit));
  });
}

// ---------------------------------------------------------------------------
// Scheduling: tolerations, affinity

/** An internal core.Toleration as json.Marshal prints it: internal types have no json tags, so Go field names. */
function tolerationValue(t: Toleration): Record<string, unknown> {
  return {
    Key: t.key ?? "",
    Operator: t.operator ?? "",
    Value: t.value ?? "",
    Effect: t.effect ?? "",
    TolerationSeconds: t.tolerationSeconds ?? null,
  };
}

export function validateTolerations(tolerations: Toleration[] | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  appendTolerationErrors(tolerations, path, errs);
  return errs;
}

function appendTolerationErrors(tolerations: Toleration[] | undefined, path: string, errs: FieldError[]): void {
  if (tolerations === undefined || validFrozenTolerations.has(tolerations)) return;
  const before = errs.length;
  validateTolerationItems(tolerations, path, errs);
  if (errs.length === before && Object.isFrozen(tolerations)) validFrozenTolerations.add(tolerations);
}

const taintEffects = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

function validateTolerationItems(tolerations: Toleration[], path: string, errs: FieldError[]): void {
  for (let i = 0; i < tolerations.length; i++) {
    const t = tolerations[i];
    if (t.key) for (const msg of isQualifiedName(t.key)) errs.push(fieldErrors.invalid(child(index(path, i), "key"), t.key, msg));
    if (!t.key && t.operator !== "Exists")
      errs.push(
        fieldErrors.invalid(child(index(path, i), "operator"), t.operator ?? "", 'operator must be Exists when `key` is empty, which means "match all values and all keys"'),
      );
    if (t.tolerationSeconds !== undefined && t.effect !== "NoExecute")
      errs.push(fieldErrors.invalid(child(index(path, i), "effect"), t.effect ?? "", "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    switch (t.operator ?? "") {
      case "Equal":
      case "":
        for (const msg of isValidLabelValue(t.value ?? "")) errs.push(fieldErrors.invalid(child(index(path, i), "operator"), t.value ?? "", msg));
        break;
      case "Exists":
        if (t.value) errs.push(fieldErrors.invalid(child(index(path, i), "operator"), tolerationValue(t), "value must be empty when `operator` is 'Exists'"));
        break;
      default:
        errs.push(fieldErrors.notSupported(child(index(path, i), "operator"), t.operator, ["Equal", "Exists"]));
    }
    if (t.effect && !taintEffects.includes(t.effect)) errs.push(fieldErrors.notSupported(child(index(path, i), "effect"), t.effect, taintEffects));
  }
}

function validateNodeSelectorRequirement(r: NodeSelectorRequirement, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const n = (r.values ?? []).length;
  switch (r.operator) {
    case "In":
    case "NotIn":
      if (n === 0) errs.push(fieldErrors.required(child(path, "values"), "must be specified when `operator` is 'In' or 'NotIn'"));
      break;
    case "Exists":
    case "DoesNotExist":
      if (n > 0) errs.push(fieldErrors.forbidden(child(path, "values"), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      break;
    case "Gt":
    case "Lt":
      if (n !== 1) errs.push(fieldErrors.required(child(path, "values"), "must be specified single value when `operator` is 'Lt' or 'Gt'"));
      break;
    default:
      errs.push(fieldErrors.invalid(child(path, "operator"), r.operator ?? "", "not a valid selector operator"));
  }
  errs.push(...validateLabelName(r.key ?? "", child(path, "key")));
  return errs;
}

function validateNodeSelectorTerm(term: NodeSelectorTerm | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  (term?.matchExpressions ?? []).forEach((r, j) =>
    errs.push(...validateNodeSelectorRequirement(r, index(child(path, "matchExpressions"), j))),
  );
  return errs;
}

function validatePodAffinityTerm(term: PodAffinityTerm, path: string): FieldError[] {
  const errs = validateLabelSelector(term.labelSelector, child(path, "labelSelector"));
  for (const ns of term.namespaces ?? [])
    for (const msg of isDNS1123Label(ns)) errs.push(fieldErrors.invalid(child(path, "namespace"), ns, msg));
  if (!term.topologyKey) errs.push(fieldErrors.required(child(path, "topologyKey"), "can not be empty"));
  else errs.push(...validateLabelName(term.topologyKey, child(path, "topologyKey")));
  return errs;
}

function validateWeight(weight: number | undefined, path: string): FieldError[] {
  const w = weight ?? 0;
  return w <= 0 || w > 100 ? [fieldErrors.invalid(path, w, "must be in the range 1-100")] : [];
}

function validateAffinity(a: Affinity | undefined, path: string): FieldError[] {
  if (!a) return [];
  const errs: FieldError[] = [];
  const na = a.nodeAffinity;
  if (na) {
    const p = child(path, "nodeAffinity");
    const req = na.requiredDuringSchedulingIgnoredDuringExecution;
    if (req) {
      const rp = child(p, "requiredDuringSchedulingIgnoredDuringExecution");
      const terms = req.nodeSelectorTerms ?? [];
      if (terms.length === 0) errs.push(fieldErrors.required(child(rp, "nodeSelectorTerms"), "must have at least one node selector term"));
      terms.forEach((t, i) => errs.push(...validateNodeSelectorTerm(t, index(child(rp, "nodeSelectorTerms"), i))));
    }
    (na.preferredDuringSchedulingIgnoredDuringExecution ?? []).forEach((t, i) => {
      const tp = index(child(p, "preferredDuringSchedulingIgnoredDuringExecution"), i);
      errs.push(...validateWeight(t.weight, child(tp, "weight")));
      errs.push(...validateNodeSelectorTerm(t.preference, child(tp, "preference")));
    });
  }
  for (const kind of ["podAffinity", "podAntiAffinity"] as const) {
    const rules = a[kind];
    if (!rules) continue;
    const p = child(path, kind);
    (rules.requiredDuringSchedulingIgnoredDuringExecution ?? []).forEach((t, i) =>
      errs.push(...validatePodAffinityTerm(t, index(child(p, "requiredDuringSchedulingIgnoredDuringExecution"), i))),
    );
    (rules.preferredDuringSchedulingIgnoredDuringExecution ?? []).forEach((t, i) => {
      const tp = index(child(p, "preferredDuringSchedulingIgnoredDuringExecution"), i);
      errs.push(...validateWeight(t.weight, child(tp, "weight")));
      errs.push(...validatePodAffinityTerm(t.podAffinityTerm ?? {}, child(tp, "podAffinityTerm")));
    });
  }
  return errs;
}

// ---------------------------------------------------------------------------
// The pod spec

const restartPolicies = ["Always", "OnFailure", "Never"];
const dnsPolicies = ["ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"];

export function validateRestartPolicy(policy: string | undefined, path: string): FieldError[] {
  if (!policy) return [fieldErrors.required(path)];
  return restartPolicies.includes(policy) ? [] : [fieldErrors.notSupported(path, policy, restartPolicies)];
}

/** ValidatePodSpec, in upstream's order, for a pod (`spec`) or a template (`spec.template.spec`). */
// Validity does not depend on the path, and frozen values (stored specs a
// status write or an unchanged update carries back) never change: one found
// valid stays valid. Only error-free results are remembered.
const validFrozenSpecs = new WeakSet<object>();
const validFrozenTolerations = new WeakSet<object>();

export function validatePodSpec(spec: PodSpec | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  appendPodSpecErrors(spec, path, errs);
  return errs;
}

/** validatePodSpec appending to `errs`. */
export function appendPodSpecErrors(spec: PodSpec | undefined, path: string, errs: FieldError[]): void {
  if (spec !== undefined && validFrozenSpecs.has(spec)) return;
  const before = errs.length;
  validatePodSpecFields(spec, path, errs);
  if (spec !== undefined && errs.length === before && Object.isFrozen(spec)) validFrozenSpecs.add(spec);
}

function validatePodSpecFields(spec: PodSpec | undefined, path: string, errs: FieldError[]): void {
  const s = spec ?? {};
  const volumes = appendVolumeErrors(s.volumes, child(path, "volumes"), errs);
  validateContainers(s.containers, volumes, child(path, "containers"), errs);
  if (s.initContainers) validateInitContainers(s.initContainers, s.containers, volumes, child(path, "initContainers"), errs);
  if (!s.restartPolicy) errs.push(fieldErrors.required(child(path, "restartPolicy")));
  else if (!restartPolicies.includes(s.restartPolicy))
    errs.push(fieldErrors.notSupported(child(path, "restartPolicy"), s.restartPolicy, restartPolicies));
  if (!s.dnsPolicy) errs.push(fieldErrors.required(child(path, "dnsPolicy")));
  else if (!dnsPolicies.includes(s.dnsPolicy)) errs.push(fieldErrors.notSupported(child(path, "dnsPolicy"), s.dnsPolicy, dnsPolicies));
  if (s.nodeSelector) errs.push(...validateLabels(s.nodeSelector, child(path, "nodeSelector")));
  if (s.securityContext) errs.push(...validatePodSecurityContext(s.securityContext, child(path, "securityContext")));
  if (s.affinity) errs.push(...validateAffinity(s.affinity, child(path, "affinity")));
  if (s.serviceAccountName)
    for (const msg of isDNS1123Subdomain(s.serviceAccountName))
      errs.push(fieldErrors.invalid(child(path, "serviceAccountName"), s.serviceAccountName, msg));
  if (s.nodeName)
    for (const msg of isDNS1123Subdomain(s.nodeName)) errs.push(fieldErrors.invalid(child(path, "nodeName"), s.nodeName, msg));
  if (s.activeDeadlineSeconds !== undefined && (s.activeDeadlineSeconds < 1 || s.activeDeadlineSeconds > maxInt32))
    errs.push(fieldErrors.invalid(child(path, "activeDeadlineSeconds"), s.activeDeadlineSeconds, inclusiveRangeError(1, maxInt32)));
  if (s.hostname) errs.push(...validateDNS1123Label(s.hostname, child(path, "hostname")));
  if (s.subdomain) errs.push(...validateDNS1123Label(s.subdomain, child(path, "subdomain")));
  if (s.tolerations) appendTolerationErrors(s.tolerations, child(path, "tolerations"), errs);
  if (s.priorityClassName)
    for (const msg of isDNS1123Subdomain(s.priorityClassName))
      errs.push(fieldErrors.invalid(child(path, "priorityClassName"), s.priorityClassName, msg));
}

