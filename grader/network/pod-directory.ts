// What the network needs from the kubelet: which pod has an IP, and its
// running containers (the kubelet's podByIP / containersOf).
import type { KubeObject } from "../apiserver/types";
import type { ContainerProcess } from "../runtime";

/** The parts of a container process the network talks to. */
export type ListeningContainer = Pick<ContainerProcess, "listens" | "httpGet">;

export interface PodOnNetwork {
  pod: KubeObject;
  containers: ListeningContainer[];
}

export interface PodDirectory {
  podByIP(ip: string): PodOnNetwork | undefined;
}
