export { Cluster, createCluster, restoreCluster, buildClusterFromScratch, installedBeforeStartMs, type ClusterOptions, type ClusterSnapshot, type RestoreOptions } from "./cluster";
export { topologyNodes, defaultNodes, nodeVersions, type Topology, type NodeTopology, type TaintSpec } from "./topology";
