export { Cluster, createCluster, restoreCluster, buildClusterFromScratch, installedBeforeStartMs, type ClusterOptions, type ClusterSnapshot } from "./cluster";
export { topologyNodes, defaultNodes, nodeVersions, type Topology, type NodeTopology, type TaintSpec } from "./topology";
