// ServiceAccount (plugin/pkg/admission/serviceaccount/admission.go): a new pod
// runs as "default" unless it names an account; the account must exist; its API
// token is mounted as the projected volume kube-api-access-<5 chars> in every
// container and init container; the account's imagePullSecrets are copied.
import { admissionForbidden } from "../forbidden";
import { serviceAccountsGVR } from "../gvr";
import type { AdmissionAttributes, MutatingAdmissionPlugin } from "../interface";
import { isNotFound } from "../../errors";
import type { KubeObject } from "../../types";
import { deepFreeze } from "../../storage/deep-copy";

export const defaultServiceAccountName = "default";
export const serviceAccountVolumePrefix = "kube-api-access-";
export const defaultAPITokenMountPath = "/var/run/secrets/kubernetes.io/serviceaccount";
const mirrorPodAnnotation = "kubernetes.io/config.mirror";

interface VolumeMount {
  name: string;
  mountPath: string;
  readOnly?: boolean;
}
interface Container {
  name: string;
  volumeMounts?: VolumeMount[];
}
interface PodSpec {
  serviceAccountName?: string;
  serviceAccount?: string;
  automountServiceAccountToken?: boolean;
  containers?: Container[];
  initContainers?: Container[];
  volumes?: { name: string }[];
  imagePullSecrets?: { name?: string }[];
}
interface ServiceAccount extends KubeObject {
  automountServiceAccountToken?: boolean;
  imagePullSecrets?: { name?: string }[];
}

/** TokenVolumeSource(): the projected token, CA bundle and namespace (defaultMode 0644). */
// The same for every pod: one frozen value is shared (stored objects are frozen anyway; a write returns a copy).
const sharedTokenVolumeSource = deepFreeze({
  defaultMode: 420,
  sources: [
    { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
    { configMap: { name: "kube-root-ca.crt", items: [{ key: "ca.crt", path: "ca.crt" }] } },
    {
      downwardAPI: {
        items: [{ path: "namespace", fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" } }],
      },
    },
  ],
});

export function tokenVolumeSource() {
  return sharedTokenVolumeSource;
}

// names.SimpleNameGenerator's alphabet (k8s.io/apiserver/pkg/storage/names).
const nameAlphabet = "bcdfghjklmnpqrstvwxz2456789";

/**
 * A 5-character suffix derived from a seed string (FNV-1a), standing in for the
 * API server's random one so the same cluster gives the same names.
 */
export function deterministicSuffix(seed: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let out = "";
  for (let i = 0; i < 5; i++) {
    out += nameAlphabet[h % nameAlphabet.length];
    h = (Math.floor(h / nameAlphabet.length) ^ Math.imul(h, 2654435761)) >>> 0;
  }
  return out;
}

/** Seeds the suffix from what the pod is known by at admission (its name may not exist yet). */
function defaultSuffixFor(attrs: AdmissionAttributes): string {
  const meta = attrs.object?.metadata;
  return deterministicSuffix(`${attrs.namespace}/${meta?.name || meta?.generateName || ""}/${meta?.uid ?? ""}`);
}

function shouldAutomount(sa: ServiceAccount, spec: PodSpec): boolean {
  if (spec.automountServiceAccountToken !== undefined) return spec.automountServiceAccountToken;
  if (sa.automountServiceAccountToken !== undefined) return sa.automountServiceAccountToken;
  return true;
}

function mountServiceAccountToken(spec: PodSpec, suffix: string): void {
  const existing = (spec.volumes ?? []).find((v) => v.name.startsWith(serviceAccountVolumePrefix));
  const volumeName = existing?.name ?? serviceAccountVolumePrefix + suffix;
  let needsVolume = false;
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    if ((c.volumeMounts ?? []).some((m) => m.mountPath === defaultAPITokenMountPath)) continue;
    c.volumeMounts = [...(c.volumeMounts ?? []), { name: volumeName, readOnly: true, mountPath: defaultAPITokenMountPath }];
    needsVolume = true;
  }
  if (!existing && needsVolume) {
    spec.volumes = [...(spec.volumes ?? []), { name: volumeName, projected: tokenVolumeSource() } as { name: string }];
  }
}

/** The plugin with a chosen suffix source (the API core may pass its seeded name generator). */
export function createServiceAccountPlugin(suffixFor: (attrs: AdmissionAttributes) => string = defaultSuffixFor) {
  return {
    name: "ServiceAccount",
    handles: (attrs) =>
      attrs.operation === "CREATE" && attrs.subresource === "" && attrs.resource.group === "" && attrs.resource.resource === "pods",
    admit(attrs, api) {
      const pod = attrs.object;
      const spec = pod?.spec as PodSpec | undefined;
      if (!pod || !spec) return;
      if (pod.metadata.annotations?.[mirrorPodAnnotation] !== undefined) return;
      if (!spec.serviceAccountName) spec.serviceAccountName = spec.serviceAccount || defaultServiceAccountName;
      let sa: ServiceAccount;
      try {
        sa = api.get(serviceAccountsGVR, attrs.namespace, spec.serviceAccountName, { readOnly: true }) as ServiceAccount;
      } catch (e) {
        if (!isNotFound(e)) throw e;
        // The lister's NotFound names the resource in the singular.
        throw admissionForbidden(
          attrs,
          `error looking up service account ${attrs.namespace}/${spec.serviceAccountName}: serviceaccount "${spec.serviceAccountName}" not found`,
        );
      }
      // The v1 conversion mirrors the deprecated field.
      spec.serviceAccount = spec.serviceAccountName;
      if (shouldAutomount(sa, spec)) mountServiceAccountToken(spec, suffixFor(attrs));
      if (!spec.imagePullSecrets?.length && sa.imagePullSecrets?.length) {
        spec.imagePullSecrets = sa.imagePullSecrets.map((s) => ({ name: s.name }));
      }
    },
  } satisfies MutatingAdmissionPlugin;
}

export const serviceAccountPlugin = createServiceAccountPlugin();
