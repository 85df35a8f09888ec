// The root CA certificate publisher (pkg/controller/certificates/rootcacertpublisher/publisher.go):
// every active namespace holds the ConfigMap `kube-root-ca.crt`, which the
// projected `kube-api-access-*` volume of every pod mounts. It lives beside the
// ServiceAccounts controller because both exist for in-pod API access.
// Watch-driven and synchronous; a deleted or edited ConfigMap is put back.
import type { ClusterApi } from "../../apiserver/api-interface";
import { isStatusError } from "../../apiserver/errors";
import type { GroupVersionResource, KubeObject } from "../../apiserver/types";
import { SeededRandom } from "../../random/seeded-random";

export const rootCAConfigMapName = "kube-root-ca.crt";

const description =
  "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.";

const namespaces: GroupVersionResource = { group: "", version: "v1", resource: "namespaces" };
const configMaps: GroupVersionResource = { group: "", version: "v1", resource: "configmaps" };

// A PEM block of the size of a kubeadm CA certificate; the simulated cluster has no real CA.
function simulatedCACertificate(): string {
  const random = new SeededRandom("kubernetes-ca");
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const lines: string[] = [];
  for (let i = 0; i < 17; i++) lines.push(random.string(64, alphabet));
  lines.push(`${random.string(24, alphabet)}==`);
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}

export const simulatedRootCA = simulatedCACertificate();

function desired(namespace: string): KubeObject {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: rootCAConfigMapName, namespace, annotations: { "kubernetes.io/description": description } },
    data: { "ca.crt": simulatedRootCA },
  };
}

function isActive(ns: KubeObject): boolean {
  return !ns.metadata.deletionTimestamp && (ns.status as { phase?: string } | undefined)?.phase !== "Terminating";
}

/** Creates or repairs `kube-root-ca.crt` in `namespace` when the namespace is active. */
export function syncRootCA(api: ClusterApi, namespace: string): void {
  try {
    if (!isActive(api.get(namespaces, "", namespace, { readOnly: true }))) return;
  } catch (e) {
    if (isStatusError(e) && e.reason === "NotFound") return;
    throw e;
  }
  let current: KubeObject | undefined;
  try {
    // Only read; the repair below replaces its data at the top level.
    current = api.get(configMaps, namespace, rootCAConfigMapName, { readOnly: true });
  } catch (e) {
    if (!(isStatusError(e) && e.reason === "NotFound")) throw e;
  }
  try {
    if (!current) {
      api.create(desired(namespace), { readOnlyResult: true });
    } else if ((current.data as Record<string, string> | undefined)?.["ca.crt"] !== simulatedRootCA) {
      // The publisher restores the data and keeps the rest (publisher.go sync).
      api.update({ ...current, data: { "ca.crt": simulatedRootCA } }, { readOnlyResult: true });
    }
  } catch (e) {
    if (isStatusError(e) && ["AlreadyExists", "Conflict", "Forbidden", "NotFound"].includes(e.reason)) return;
    throw e;
  }
}

/** Starts the publisher; returns a function that stops it. */
export function startRootCAPublisher(api: ClusterApi): () => void {
  const stopNamespaces = api.watch(namespaces, {}, (e) => {
    if (e.type !== "DELETED") syncRootCA(api, e.object.metadata.name ?? "");
  });
  const stopConfigMaps = api.watch(configMaps, { fieldSelector: `metadata.name=${rootCAConfigMapName}` }, (e) => {
    syncRootCA(api, e.object.metadata.namespace ?? "");
  });
  for (const ns of api.list(namespaces, { readOnly: true }).items) syncRootCA(api, ns.metadata.name ?? "");
  return () => {
    stopNamespaces();
    stopConfigMaps();
  };
}
