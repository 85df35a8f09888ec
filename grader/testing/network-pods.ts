// Test stand-in for the kubelet's pod directory: starts the runtime containers
// of pods a test names, keyed by their status.podIP. Replace with the kubelet's
// podByIP once it lands.
import type { KubeObject } from "../apiserver/types";
import { pullImage, startContainer, type ContainerProcess } from "../runtime";
import type { RuntimeClock } from "../runtime/clock";
import type { PodDirectory, PodOnNetwork } from "../network/pod-directory";

export class TestPodDirectory implements PodDirectory {
  private readonly byIP = new Map<string, { pod: KubeObject; containers: ContainerProcess[] }>();

  constructor(private readonly clock: RuntimeClock) {}

  /** Starts one container per spec container (its image from the catalog) for a pod that has a podIP. */
  add(pod: KubeObject): ContainerProcess[] {
    const ip = (pod.status as { podIP?: string } | undefined)?.podIP;
    if (!ip) throw new Error(`pod ${pod.metadata.name} has no podIP`);
    const containers: ContainerProcess[] = [];
    for (const c of (pod.spec as { containers: { image: string; command?: string[]; args?: string[] }[] }).containers) {
      const pulled = pullImage(c.image);
      if (!pulled.ok) throw new Error(pulled.message);
      const started = startContainer({ image: pulled.image, clock: this.clock, command: c.command, args: c.args, hostname: pod.metadata.name });
      if (!started.ok) throw new Error(started.message);
      containers.push(started.container);
    }
    this.byIP.set(ip, { pod, containers });
    return containers;
  }

  podByIP(ip: string): PodOnNetwork | undefined {
    return this.byIP.get(ip);
  }
}
