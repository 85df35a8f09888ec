// A fresh default cluster that runs exactly the given components (and the
// always-on watchers of Cluster), so a controller test does not depend on
// which controllers defaultComponents() lists today.
import { Cluster, createCluster } from "../cluster/cluster";
import type { Component } from "../controllers/framework/component";

export function clusterWithComponents(components: Component[], seed: number | string = 1): Cluster {
  const base = createCluster({ seed });
  base.stop();
  return new Cluster(base.api, seed, components);
}
