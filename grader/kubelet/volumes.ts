// A pod's volumes as directories the runtime mounts: one emptyDir object shared
// by every container that mounts it; ConfigMap/Secret/downwardAPI/projected
// volumes as files with items and modes; hostPath and bound claims as
// directories of the node (or of the network storage) that every pod using
// them shares. A missing source is a FailedMount (the volume plugins' SetUp
// errors) and the pod waits in ContainerCreating; so does an unbound claim.
import type { ClusterApi } from "../apiserver/api-interface";
import type { KubeObject } from "../apiserver/types";
import { newEmptyDir, type VolumeMount } from "../runtime";
import { newDir, type DirNode, type VfsNode } from "../runtime/vfs/nodes";
import { ConfigError, configMapData, getConfigMap, getSecret, secretData } from "./config-lookup";
import { fieldRefValue, resourceFieldValue, type PodRuntimeFields } from "./field-ref";
import { atomicWriterDir, resolveInVolume } from "./atomic-writer";

type Json = Record<string, unknown>;

export class MountError extends Error {
  constructor(
    readonly volume: string,
    message: string,
  ) {
    super(message);
  }
}

/** A volume that cannot be set up yet (its claim is not bound): the pod waits, without an event, and is retried. */
export class VolumeNotReady extends Error {
  constructor(
    readonly volume: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a node offers to volumes beyond the pod: its own filesystem, and the shared network storage. */
export interface VolumeHost {
  /** A directory of the node's filesystem, created on demand (hostPath, hostPath/local PersistentVolumes). */
  hostDir(path: string): DirNode;
  /** The directory behind a network PersistentVolume (nfs, csi, ...): the same from every node. */
  networkDir(pvName: string): DirNode;
}

const claimsGVR = { group: "", version: "v1", resource: "persistentvolumeclaims" };
const volumesGVR = { group: "", version: "v1", resource: "persistentvolumes" };

function getOrUndefined(api: ClusterApi, g: typeof claimsGVR, ns: string, name: string): KubeObject | undefined {
  try {
    return api.get(g, ns, name);
  } catch {
    return undefined;
  }
}

/** A hostPath directory, created when missing (as containerd does for an untyped source); type checks are not modelled. */
function hostPathDir(host: VolumeHost, src: Json): DirNode {
  return host.hostDir((src.path as string) ?? "/");
}

/** The directory a bound claim's PersistentVolume stands for; VolumeNotReady while the claim is not bound. */
function claimDir(api: ClusterApi, ns: string, volumeName: string, src: Json, host: VolumeHost): DirNode {
  const claimName = (src.claimName as string) ?? "";
  const pvc = getOrUndefined(api, claimsGVR, ns, claimName);
  const pvName = (pvc?.spec as Json | undefined)?.volumeName as string | undefined;
  if (!pvc || !pvName || (pvc.status as Json | undefined)?.phase !== "Bound") throw new VolumeNotReady(volumeName, `PVC ${ns}/${claimName} is not bound`);
  const pv = getOrUndefined(api, volumesGVR, "", pvName);
  if (!pv) throw new VolumeNotReady(volumeName, `PersistentVolume "${pvName}" not found`);
  const spec = (pv.spec ?? {}) as Json;
  if (spec.hostPath) return hostPathDir(host, spec.hostPath as Json);
  if (spec.local) return host.hostDir(((spec.local as Json).path as string) ?? "/");
  return host.networkDir(pvName);
}

interface Item {
  key?: string;
  path: string;
  mode?: number;
  fieldRef?: { fieldPath: string };
  resourceFieldRef?: { containerName?: string; resource: string; divisor?: string };
}

type Files = Map<string, { content: string; mode: number }>;

/**
 * The files each ConfigMap/Secret/downwardAPI/projected directory was written
 * from. A sync that computes the same files keeps the directory: the atomic
 * writer writes a new payload only when the data changed.
 */
const writtenFrom = new WeakMap<DirNode, Files>();

function sameFiles(a: Files | undefined, b: Files): boolean {
  if (!a || a.size !== b.size) return false;
  const before = a.entries();
  for (const [path, f] of b) {
    const [p, old] = before.next().value!;
    if (p !== path || old.content !== f.content || old.mode !== f.mode) return false;
  }
  return true;
}

function keyedFiles(kind: "configmap" | "secret", name: string, data: Record<string, string>, items: Item[] | undefined, mode: number, optional: boolean, files: Files): void {
  if (!items || items.length === 0) {
    for (const k of Object.keys(data).sort()) files.set(k, { content: data[k], mode });
    return;
  }
  for (const it of items) {
    if (!(it.key! in data)) {
      if (optional) continue;
      throw new ConfigError(`${kind} references non-existent config key: ${it.key}`);
    }
    files.set(it.path, { content: data[it.key!], mode: it.mode ?? mode });
  }
}

function addConfigMap(api: ClusterApi, ns: string, src: Json, files: Files, mode: number): void {
  const name = (src.name as string) ?? "";
  const cm = getConfigMap(api, ns, name);
  if (!cm) {
    if (src.optional) return;
    throw new ConfigError(`configmap "${name}" not found`);
  }
  keyedFiles("configmap", name, configMapData(cm), src.items as Item[] | undefined, mode, !!src.optional, files);
}

function addSecret(api: ClusterApi, ns: string, name: string, src: Json, files: Files, mode: number): void {
  const s = getSecret(api, ns, name);
  if (!s) {
    if (src.optional) return;
    throw new ConfigError(`secret "${name}" not found`);
  }
  keyedFiles("secret", name, secretData(s), src.items as Item[] | undefined, mode, !!src.optional, files);
}

function addDownward(pod: KubeObject, src: Json, files: Files, mode: number, rt: PodRuntimeFields): void {
  const containers = ((pod.spec as Json).containers ?? []) as Json[];
  for (const it of (src.items ?? []) as Item[]) {
    let content = "";
    if (it.fieldRef) content = fieldRefValue(pod, it.fieldRef.fieldPath, rt);
    else if (it.resourceFieldRef) {
      const c = containers.find((x) => x.name === it.resourceFieldRef!.containerName) ?? containers[0] ?? {};
      content = resourceFieldValue(c, it.resourceFieldRef.resource, it.resourceFieldRef.divisor, rt);
    }
    files.set(it.path, { content, mode: it.mode ?? mode });
  }
}

/** Every volume of the pod by name; throws MountError for the first that cannot be set up. `nowMs` dates the atomic writer's payload. */
export function setUpVolumes(
  api: ClusterApi,
  pod: KubeObject,
  rt: PodRuntimeFields,
  existing: Map<string, DirNode>,
  nowMs = 0,
  host?: VolumeHost,
): Map<string, DirNode> {
  const ns = pod.metadata.namespace ?? "default";
  const out = new Map<string, DirNode>();
  for (const v of ((pod.spec as Json).volumes ?? []) as Json[]) {
    const name = v.name as string;
    const kept = existing.get(name);
    if (kept && (v.emptyDir || v.persistentVolumeClaim || v.hostPath)) {
      out.set(name, kept); // data volumes outlive container restarts
      continue;
    }
    const files: Files = new Map();
    try {
      if (v.configMap) {
        const src = v.configMap as Json;
        addConfigMap(api, ns, src, files, (src.defaultMode as number) ?? 0o644);
      } else if (v.secret) {
        const src = v.secret as Json;
        addSecret(api, ns, (src.secretName as string) ?? "", src, files, (src.defaultMode as number) ?? 0o644);
      } else if (v.downwardAPI) {
        const src = v.downwardAPI as Json;
        addDownward(pod, src, files, (src.defaultMode as number) ?? 0o644, rt);
      } else if (v.projected) {
        const proj = v.projected as Json;
        const mode = (proj.defaultMode as number) ?? 0o644;
        for (const s of (proj.sources ?? []) as Json[]) {
          if (s.configMap) addConfigMap(api, ns, s.configMap as Json, files, mode);
          else if (s.secret) addSecret(api, ns, ((s.secret as Json).name as string) ?? "", s.secret as Json, files, mode);
          else if (s.downwardAPI) addDownward(pod, s.downwardAPI as Json, files, mode, rt);
          else if (s.serviceAccountToken) files.set(((s.serviceAccountToken as Json).path as string) ?? "token", { content: serviceAccountToken(pod), mode });
          else if (s.clusterTrustBundle || s.podCertificate) continue;
        }
      } else if (host && v.hostPath) {
        out.set(name, hostPathDir(host, v.hostPath as Json));
        continue;
      } else if (host && v.persistentVolumeClaim) {
        out.set(name, claimDir(api, ns, name, v.persistentVolumeClaim as Json, host));
        continue;
      } else {
        out.set(name, newEmptyDir()); // emptyDir, and a stand-in for other storage
        continue;
      }
    } catch (e) {
      if (e instanceof ConfigError) throw new MountError(name, e.message);
      throw e;
    }
    if (kept && sameFiles(writtenFrom.get(kept), files)) {
      out.set(name, kept);
      continue;
    }
    const dir = atomicWriterDir(files, nowMs, `${pod.metadata.uid ?? ""}/${name}`);
    if (v.configMap || v.secret || v.downwardAPI || v.projected) dir.readOnly = true;
    writtenFrom.set(dir, files);
    out.set(name, dir);
  }
  return out;
}

const base64urlJson = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString("base64url");

/** Tokens by namespace, account and pod uid: every sync of a pod recomputes its projected volume. */
const tokens = new Map<string, string>();
const maxTokens = 4096;

// A made-up bound token: three base64url parts, stable per pod.
export function serviceAccountToken(pod: KubeObject): string {
  const sa = ((pod.spec as Json).serviceAccountName as string) ?? "default";
  const key = `${pod.metadata.namespace}\0${sa}\0${pod.metadata.uid ?? ""}`;
  let token = tokens.get(key);
  if (token === undefined) {
    const enc = base64urlJson;
    token = `${enc({ alg: "RS256", kid: "kubedojo" })}.${enc({ sub: `system:serviceaccount:${pod.metadata.namespace}:${sa}` })}.${enc(pod.metadata.uid ?? "")}`;
    if (tokens.size >= maxTokens) tokens.clear();
    tokens.set(key, token);
  }
  return token;
}

/** The mounts of one container: volumeMounts with subPath and readOnly. */
export function mountsFor(container: Json, volumes: Map<string, DirNode>): VolumeMount[] {
  const mounts: VolumeMount[] = [];
  for (const vm of (container.volumeMounts ?? []) as Json[]) {
    const dir = volumes.get(vm.name as string);
    if (!dir) continue;
    const subPath = (vm.subPath as string) ?? "";
    const mountPath = vm.mountPath as string;
    const readOnly = !!vm.readOnly || !!dir.readOnly;
    if (!subPath) {
      mounts.push({ mountPath, dir, readOnly });
      continue;
    }
    let node: VfsNode | undefined = resolveInVolume(dir, subPath);
    if (node?.kind === "file") {
      // A file subPath: the file alone in a directory mounted over its parent (the runtime mounts directories only).
      const wrapper = newDir(0, 0o755);
      wrapper.entries.set(mountPath.slice(mountPath.lastIndexOf("/") + 1), node);
      mounts.push({ mountPath: mountPath.slice(0, mountPath.lastIndexOf("/")) || "/", dir: wrapper, readOnly, file: { path: mountPath, node } });
      continue;
    }
    if (!node) {
      // subPath of a writable volume is created on first use, as the kubelet does.
      let cur: DirNode = dir;
      for (const part of subPath.split("/").filter(Boolean)) {
        let next = cur.entries.get(part);
        if (!next || next.kind !== "dir") {
          next = newDir(0, 0o777);
          cur.entries.set(part, next);
        }
        cur = next;
      }
      node = cur;
    }
    if (node.kind === "dir") mounts.push({ mountPath, dir: node, readOnly });
  }
  return mounts;
}
