// The cluster's DNS constants, as kubeadm configures CoreDNS and the kubelet.

/** kubelet --cluster-domain. */
export const clusterDomain = "cluster.local";
/** The kube-dns Service's ClusterIP (kubelet --cluster-dns). */
export const clusterDnsIP = "10.96.0.10";
/** resolv.conf `options ndots:5` the kubelet writes for ClusterFirst pods. */
export const podNdots = 5;

/** A pod's search list under ClusterFirst: its namespace first. */
export function podSearchDomains(namespace: string): string[] {
  return [`${namespace}.svc.${clusterDomain}`, `svc.${clusterDomain}`, clusterDomain];
}
