// What `kubeadm init` v1.34 adds to the bootstrap policy (cmd/kubeadm/app/phases/
// bootstraptoken/clusterinfo, .../node, addons/dns, addons/proxy, kubeconfig):
// plain objects without the bootstrapping label or the autoupdate annotation.
import { rule, type PolicyRule } from "./policy-rule";
import { group, serviceAccount, type BindingData } from "./cluster-role-bindings";

const nodeToken = "system:bootstrappers:kubeadm:default-node-token";

export const kubeadmClusterRoles: { name: string; rules: PolicyRule[] }[] = [
  { name: "kubeadm:get-nodes", rules: [rule("get", "core", "nodes")] },
  { name: "system:coredns", rules: [rule("list watch", "core", "endpoints services pods namespaces"), rule("list watch", "discovery.k8s.io", "endpointslices")] },
];

export const kubeadmClusterRoleBindings: BindingData[] = [
  // admin.conf's user is in this group (kubeadm ≥ 1.29), not in system:masters.
  { name: "kubeadm:cluster-admins", roleName: "cluster-admin", subjects: [group("kubeadm:cluster-admins")] },
  { name: "kubeadm:get-nodes", roleName: "kubeadm:get-nodes", subjects: [group(nodeToken)] },
  { name: "kubeadm:kubelet-bootstrap", roleName: "system:node-bootstrapper", subjects: [group(nodeToken)] },
  { name: "kubeadm:node-autoapprove-bootstrap", roleName: "system:certificates.k8s.io:certificatesigningrequests:nodeclient", subjects: [group(nodeToken)] },
  {
    name: "kubeadm:node-autoapprove-certificate-rotation",
    roleName: "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient",
    subjects: [group("system:nodes")],
  },
  { name: "kubeadm:node-proxier", roleName: "system:node-proxier", subjects: [serviceAccount("kube-system", "kube-proxy")] },
  { name: "system:coredns", roleName: "system:coredns", subjects: [serviceAccount("kube-system", "coredns")] },
];
