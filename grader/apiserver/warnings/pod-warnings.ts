// Warnings the API server returns for a pod spec or pod template (kubernetes
// pkg/api/pod/warnings.go warningsForPodSpecAndMeta): requests succeed, kubectl
// prints each as `Warning: <text>`. `prefix` is "" for a Pod, "spec.template." for
// a template ("spec.jobTemplate.spec.template." for a CronJob).
import { tryParseQuantity } from "../quantity";

type Json = Record<string, unknown>;

const asObject = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

// Volume plugins the pod warnings call deprecated (warnings.go), by field name.
const deprecatedVolumes: [string, string][] = [
  ["photonPersistentDisk", "deprecated in v1.11, non-functional in v1.16+"],
  ["gitRepo", "deprecated in v1.11"],
  ["scaleIO", "deprecated in v1.16, non-functional in v1.22+"],
  ["flocker", "deprecated in v1.22, non-functional in v1.25+"],
  ["storageos", "deprecated in v1.22, non-functional in v1.25+"],
  ["quobyte", "deprecated in v1.22, non-functional in v1.25+"],
  ["glusterfs", "deprecated in v1.25, non-functional in v1.26+"],
  ["cephfs", "deprecated in v1.28, non-functional in v1.31+"],
  ["rbd", "deprecated in v1.28, non-functional in v1.31+"],
];

// The internal type's field name is what the path prints (StorageOS → storageOS).
const volumePathName: Record<string, string> = { storageos: "storageOS" };

const deprecatedAnnotations: [string, string][] = [
  ["scheduler.alpha.kubernetes.io/critical-pod", 'non-functional in v1.16+; use the "priorityClassName" field instead'],
  ["security.alpha.kubernetes.io/sysctls", 'non-functional in v1.11+; use the "sysctls" field instead'],
  ["security.alpha.kubernetes.io/unsafe-sysctls", 'non-functional in v1.11+; use the "sysctls" field instead'],
];

/** field.Path's Key(): `annotations[x]`. */
const key = (path: string, k: string): string => `${path}[${k}]`;

interface Container {
  container: Json;
  path: string;
}

/** pods.VisitContainersWithPath: init containers, containers, then ephemeral containers. */
function containersOf(spec: Json, specPath: string): Container[] {
  const out: Container[] = [];
  for (const field of ["initContainers", "containers", "ephemeralContainers"]) {
    asArray(spec[field]).forEach((c, i) => out.push({ container: asObject(c), path: `${specPath}.${field}[${i}]` }));
  }
  return out;
}

function fractionalBytes(resources: Json, kind: "limits" | "requests", name: string, path: string): string | undefined {
  const raw = asObject(resources[kind])[name];
  if (raw === undefined) return undefined;
  const q = tryParseQuantity(raw as string | number);
  if (!q || q.milliValue() % 1000n === 0n) return undefined;
  return `${key(`${path}.resources.${kind}`, name)}: fractional byte value "${q.toString()}" is invalid, must be an integer`;
}

/** Duplicate env names that apply may drop (#86163): a later X that does not build on $(X). */
function envWarnings(container: Json, path: string): string[] {
  const env = asArray(container.env).map(asObject);
  if (env.length <= 1) return [];
  const seen = new Set<string>();
  const warnings: string[] = [];
  env.forEach((item, i) => {
    const name = String(item.name ?? "");
    if (!seen.has(name)) {
      seen.add(name);
      return;
    }
    const ref = `$(${name})`;
    const value = typeof item.value === "string" ? item.value : "";
    if (item.valueFrom !== undefined || value === ref || !value.includes(ref)) {
      warnings.push(`${path}.env[${i}]: hides previous definition of "${name}", which may be dropped when using apply`);
    }
  });
  return warnings;
}

interface PortBlock {
  path: string;
  hostIP: string;
  hostPort: number;
}

/** Ports of all containers sharing containerPort/protocol: duplicate, overlapping or ambiguous. */
function portWarnings(containers: Container[]): string[] {
  const warnings: string[] = [];
  const byPort = new Map<string, PortBlock[]>();
  for (const { container, path } of containers) {
    asArray(container.ports).forEach((p, i) => {
      const port = asObject(p);
      const block: PortBlock = { path: `${path}.ports[${i}]`, hostIP: String(port.hostIP ?? ""), hostPort: Number(port.hostPort ?? 0) };
      const k = `${String(port.containerPort)}/${String(port.protocol ?? "TCP")}`;
      const others = byPort.get(k);
      if (!others) {
        byPort.set(k, [block]);
        return;
      }
      for (const other of others) {
        const oneIPUnset = (block.hostIP === "") !== (other.hostIP === "");
        if (block.hostIP === other.hostIP && block.hostPort === other.hostPort) warnings.push(`${block.path}: duplicate port definition with ${other.path}`);
        else if (block.hostPort === 0 || other.hostPort === 0) warnings.push(`${block.path}: overlapping port definition with ${other.path}`);
        else if (block.hostPort === other.hostPort && oneIPUnset) warnings.push(`${block.path}: dangerously ambiguous port definition with ${other.path}`);
      }
      others.push(block);
    });
  }
  return warnings;
}

function duplicateWarnings(items: Json[], field: string, path: string, what: string): string[] {
  if (items.length <= 1) return [];
  const seen = new Set<string>();
  const warnings: string[] = [];
  items.forEach((item, i) => {
    const value = String(item[field] ?? "");
    if (seen.has(value)) warnings.push(`${path}[${i}].${field}: duplicate ${what} "${value}"`);
    else seen.add(value);
  });
  return warnings;
}

function nullSelectorWarnings(terms: unknown, path: string, weighted: boolean): string[] {
  return asArray(terms).flatMap((t, i) => {
    const term = weighted ? asObject(asObject(t).podAffinityTerm) : asObject(t);
    if (term.labelSelector !== undefined && term.labelSelector !== null) return [];
    return [`${path}[${i}].${weighted ? "podAffinityTerm.labelSelector" : "labelSelector"}: a null labelSelector results in matching no pod`];
  });
}

/** The warnings for a pod's (or template's) metadata and spec, in warnings.go's order. */
export function podSpecWarnings(prefix: string, meta: Json, spec: Json): string[] {
  const warnings: string[] = [];
  const specPath = `${prefix}spec`;
  const annotations = asObject(meta.annotations);

  asArray(spec.topologySpreadConstraints).forEach((c, i) => {
    const constraint = asObject(c);
    if (constraint.labelSelector === undefined || constraint.labelSelector === null) {
      warnings.push(`${specPath}.topologySpreadConstraints[${i}].labelSelector: a null labelSelector results in matching no pod`);
    }
  });
  for (const [k, message] of deprecatedAnnotations) {
    if (k in annotations) warnings.push(`${key(`${prefix}metadata.annotations`, k)}: ${message}`);
  }
  asArray(spec.volumes).forEach((v, i) => {
    const volume = asObject(v);
    for (const [field, message] of deprecatedVolumes) {
      if (volume[field] !== undefined) warnings.push(`${specPath}.volumes[${i}].${volumePathName[field] ?? field}: ${message}`);
    }
  });
  warnings.push(...duplicateWarnings(asArray(spec.hostAliases).map(asObject), "ip", `${specPath}.hostAliases`, "ip"));
  const pullSecrets = asArray(spec.imagePullSecrets).map(asObject);
  warnings.push(...duplicateWarnings(pullSecrets, "name", `${specPath}.imagePullSecrets`, "name"));
  pullSecrets.forEach((s, i) => {
    if (!s.name) warnings.push(`${specPath}.imagePullSecrets[${i}].name: invalid empty name ""`);
  });

  const containers = containersOf(spec, specPath);
  for (const { container, path } of containers) {
    const resources = asObject(container.resources);
    for (const [kind, name] of [["limits", "memory"], ["requests", "memory"], ["limits", "ephemeral-storage"], ["requests", "ephemeral-storage"]] as const) {
      const w = fractionalBytes(resources, kind, name, path);
      if (w) warnings.push(w);
    }
    warnings.push(...envWarnings(container, path));
  }
  warnings.push(...portWarnings(containers));

  const grace = spec.terminationGracePeriodSeconds;
  if (typeof grace === "number" && grace < 0) {
    warnings.push(`${specPath}.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1`);
  }
  const affinity = asObject(spec.affinity);
  for (const kind of ["podAffinity", "podAntiAffinity"]) {
    if (affinity[kind] === undefined) continue;
    const a = asObject(affinity[kind]);
    const base = `${specPath}.affinity.${kind}`;
    warnings.push(...nullSelectorWarnings(a.requiredDuringSchedulingIgnoredDuringExecution, `${base}.requiredDuringSchedulingIgnoredDuringExecution`, false));
    warnings.push(...nullSelectorWarnings(a.preferredDuringSchedulingIgnoredDuringExecution, `${base}.preferredDuringSchedulingIgnoredDuringExecution`, true));
  }
  return warnings;
}
