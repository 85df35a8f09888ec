// The describer of each kind (describe.go describerMap); kinds without one here are refused.
import type { KubeObject } from "../../apiserver/types";
import type { Cluster } from "../../cluster/cluster";
import { searchEvents } from "./events";
import { describePod } from "./pod";
import { deploymentDescriber } from "./deployment";
import { serviceDescriber } from "./service";
import { nodeDescriber } from "./node";

export interface DescribeSettings {
  showEvents: boolean;
}

export type Describer = (cluster: Cluster, obj: KubeObject, settings: DescribeSettings) => string;

const podDescriber: Describer = (cluster, obj, settings) =>
  describePod(obj, settings.showEvents ? searchEvents(cluster, obj, { anyKind: true }) : undefined, cluster.clock.now());

const describers: Record<string, Describer> = {
  "/Pod": podDescriber,
  "apps/Deployment": deploymentDescriber,
  "/Service": serviceDescriber,
  "/Node": nodeDescriber,
};

/** The describer of a group/kind, undefined when the simulation has none. */
export function describerFor(group: string, kind: string): Describer | undefined {
  return describers[`${group}/${kind}`];
}
