// Creates the objects of a fresh cluster through the API, in the order a
// kubeadm install and its controllers would, with the virtual clock set to
// when the cluster "was installed" (an hour before the exam starts).
import type { ApiServer } from "../apiserver/server/api-server";
import type { KubeObject } from "../apiserver/types";
import { formatRFC3339 } from "../clock/rfc3339";
import { deepCopyJson } from "../apiserver/storage/deep-copy";
import * as m from "./default-objects";
import { revisionPatch } from "../controllers/statefulset/revision";
import type { NodeTopology } from "./topology";
import { createDefaultRbac } from "./bootstrap-rbac";

type Json = Record<string, unknown>;

function ownerRef(owner: KubeObject) {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name!,
    uid: owner.metadata.uid!,
    controller: true,
    blockOwnerDeletion: true,
  };
}

function writeStatus(api: ApiServer, obj: KubeObject, status: Json): KubeObject {
  return api.update({ ...obj, status }, { subresource: "status" });
}

function hex(api: ApiServer, n: number): string {
  return api.random.string(n, "0123456789abcdef");
}

export function bootstrapCluster(api: ApiServer, nodes: NodeTopology[]): void {
  const now = () => api.clock.now();
  const ts = formatRFC3339;

  for (const name of m.systemNamespaces) {
    const ns = api.create(m.namespaceManifest(name));
    writeStatus(api, ns, { phase: "Active" });
  }
  for (const pc of m.priorityClassManifests()) api.create(pc);

  const nodeObjects: KubeObject[] = nodes.map((node, i) => {
    const created = api.create(m.nodeManifest(node, i));
    return writeStatus(api, created, m.nodeStatus(node, i, ts(now()), api.random.uuid()));
  });
  // The kubelets' heartbeats (kube-node-lease), owned by their Node.
  for (const node of nodeObjects) {
    api.create({
      apiVersion: "coordination.k8s.io/v1",
      kind: "Lease",
      metadata: {
        name: node.metadata.name,
        namespace: "kube-node-lease",
        ownerReferences: [{ apiVersion: "v1", kind: "Node", name: node.metadata.name!, uid: node.metadata.uid! }],
      },
      spec: { holderIdentity: node.metadata.name, leaseDurationSeconds: 40, renewTime: `${ts(now()).slice(0, -1)}.000000Z` },
    });
  }
  const controlPlaneIndex = Math.max(0, nodes.findIndex((n) => n.role === "control-plane"));
  const controlPlane = nodeObjects[controlPlaneIndex];
  const controlPlaneIP = m.nodeIP(nodes[controlPlaneIndex], controlPlaneIndex);

  api.allocateServices = false; // kubeadm fixes these two addresses
  api.create(m.kubernetesServiceManifest());
  api.create(m.kubernetesEndpointsManifest(controlPlaneIP));
  api.create(m.kubernetesEndpointSliceManifest(controlPlaneIP));

  for (const sa of ["coredns", "kube-proxy"]) {
    api.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: sa, namespace: "kube-system" } });
  }
  api.create(m.corednsConfigMapManifest());
  api.create({
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: "kube-proxy", namespace: "kube-system", labels: { app: "kube-proxy" } },
    data: { "config.conf": "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 192.168.0.0/16\nmode: iptables\n" },
  });

  const started = ts(now());
  const imageIds = (names: string[]) => {
    const ids: Record<string, string> = {};
    for (const n of names) {
      ids[n] = hex(api, 64);
      ids[`${n}-image`] = hex(api, 64);
    }
    return ids;
  };

  // Static pods of the control plane, mirrored by the kubelet (owned by their Node).
  if (controlPlane) {
    const nodeName = controlPlane.metadata.name!;
    for (const [component, image, command] of m.staticComponents) {
      const manifest = m.staticPodManifest(component, m.images[image], command, nodeName);
      const hash = hex(api, 32);
      manifest.metadata.annotations = {
        ...manifest.metadata.annotations,
        "kubernetes.io/config.hash": hash,
        "kubernetes.io/config.mirror": hash,
        "kubernetes.io/config.seen": `${started.slice(0, -1)}.000000000Z`,
      };
      // The kubelet's mirror pods name their Node as controller, without blockOwnerDeletion.
      manifest.metadata.ownerReferences = [{ apiVersion: "v1", kind: "Node", name: nodeName, uid: controlPlane.metadata.uid!, controller: true }];
      const pod = api.create(manifest);
      writeStatus(api, pod, m.runningPodStatus(pod, controlPlaneIP, controlPlaneIP, started, imageIds([component])));
    }
  }

  // coredns: Deployment → ReplicaSet → 2 Pods on the control plane (they tolerate its taint).
  const deployment = api.create(m.corednsDeploymentManifest());
  const templateHash = api.random.string(10);
  const template = m.corednsPodTemplate() as { metadata: { labels: Record<string, string> }; spec: Json };
  template.metadata.labels["pod-template-hash"] = templateHash;
  let replicaSet = api.create({
    apiVersion: "apps/v1",
    kind: "ReplicaSet",
    metadata: {
      name: `coredns-${templateHash}`,
      namespace: "kube-system",
      labels: { "k8s-app": "kube-dns", "pod-template-hash": templateHash },
      annotations: { "deployment.kubernetes.io/desired-replicas": "2", "deployment.kubernetes.io/max-replicas": "3", "deployment.kubernetes.io/revision": "1" },
      ownerReferences: [ownerRef(deployment)],
    },
    spec: { replicas: 2, selector: { matchLabels: { "k8s-app": "kube-dns", "pod-template-hash": templateHash } }, template },
  });
  const dnsNode = controlPlane ?? nodeObjects[0];
  const dnsPods: { pod: KubeObject; ip: string }[] = [];
  for (let i = 0; i < 2 && dnsNode; i++) {
    const pod = api.create({
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        generateName: `coredns-${templateHash}-`,
        namespace: "kube-system",
        labels: { ...template.metadata.labels },
        ownerReferences: [ownerRef(replicaSet)],
      },
      spec: { ...deepCopyJson(template.spec), nodeName: dnsNode.metadata.name },
    });
    const podIP = `192.168.${controlPlaneIndex}.${i + 2}`;
    writeStatus(api, pod, m.runningPodStatus(pod, podIP, m.nodeIP(nodes[controlPlaneIndex], controlPlaneIndex), started, imageIds(["coredns"])));
    dnsPods.push({ pod, ip: podIP });
  }
  replicaSet = writeStatus(api, replicaSet, { availableReplicas: 2, fullyLabeledReplicas: 2, observedGeneration: 1, readyReplicas: 2, replicas: 2 });
  // The deployment controller writes the revision annotation with UpdateStatus, so the generation stays 1.
  const annotated = { ...deployment, metadata: { ...deployment.metadata, annotations: { ...deployment.metadata.annotations, "deployment.kubernetes.io/revision": "1" } } };
  writeStatus(api, annotated, {
    availableReplicas: 2,
    conditions: [
      { lastTransitionTime: started, lastUpdateTime: started, message: "Deployment has minimum availability.", reason: "MinimumReplicasAvailable", status: "True", type: "Available" },
      {
        lastTransitionTime: started,
        lastUpdateTime: started,
        message: `ReplicaSet "${replicaSet.metadata.name}" has successfully progressed.`,
        reason: "NewReplicaSetAvailable",
        status: "True",
        type: "Progressing",
      },
    ],
    observedGeneration: 1,
    readyReplicas: 2,
    replicas: 2,
    updatedReplicas: 2,
  });

  // kube-proxy: one pod per node, on the host network.
  const daemonSet = api.create(m.kubeProxyDaemonSetManifest());
  const revisionHash = api.random.string(10);
  // The DaemonSet controller's revision 1 (what `kubectl rollout history ds/kube-proxy` reads).
  api.create({
    apiVersion: "apps/v1",
    kind: "ControllerRevision",
    metadata: {
      name: `kube-proxy-${revisionHash}`,
      namespace: "kube-system",
      labels: { "controller-revision-hash": revisionHash, "k8s-app": "kube-proxy" },
      ownerReferences: [ownerRef(daemonSet)],
    },
    // The stored (defaulted) template, as the controller writes it, so the DaemonSet controller finds it current.
    data: revisionPatch(daemonSet),
    revision: 1,
  });
  nodeObjects.forEach((node, i) => {
    const template = m.kubeProxyPodTemplate() as { metadata: { labels: Record<string, string> }; spec: Json };
    const nodeName = node.metadata.name!;
    const pod = api.create({
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        generateName: "kube-proxy-",
        namespace: "kube-system",
        labels: { ...template.metadata.labels, "controller-revision-hash": revisionHash, "pod-template-generation": "1" },
        ownerReferences: [ownerRef(daemonSet)],
      },
      spec: {
        ...template.spec,
        nodeName,
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: [nodeName] }] }],
            },
          },
        },
      },
    });
    const ip = m.nodeIP(nodes[i], i);
    writeStatus(api, pod, m.runningPodStatus(pod, ip, ip, started, imageIds(["kube-proxy"])));
  });
  const n = nodeObjects.length;
  writeStatus(api, daemonSet, {
    currentNumberScheduled: n,
    desiredNumberScheduled: n,
    numberAvailable: n,
    numberMisscheduled: 0,
    numberReady: n,
    observedGeneration: 1,
    updatedNumberScheduled: n,
  });

  const dnsService = api.create(m.kubeDnsServiceManifest());
  api.allocateServices = true;
  if (dnsPods.length) {
    api.create(m.kubeDnsEndpointsManifest(dnsPods.map(({ pod, ip }) => ({ ip, nodeName: dnsNode!.metadata.name!, podName: pod.metadata.name!, podUid: pod.metadata.uid! }))));
    const slice = m.kubeDnsEndpointSliceManifest(dnsPods.map(({ pod, ip }) => ({ ip, nodeName: dnsNode!.metadata.name!, podName: pod.metadata.name!, podUid: pod.metadata.uid! })));
    slice.metadata.ownerReferences = [{ ...ownerRef(dnsService) }];
    api.create(slice);
  }
  api.create(m.storageClassManifest());
  api.create(m.ingressClassManifest());
  createDefaultRbac(api);
}
