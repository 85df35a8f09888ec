// A sync that would change nothing. Half of the kubelet's syncs are its own
// status write echoing back through the pod watch: the pod is the one it just
// wrote, its containers are as they were, so syncPod would mount the same
// volumes, start nothing, emit no event and generate the status already stored.
// A QuietSync remembers what a complete sync saw; a later sync that finds all of
// it unchanged is skipped. Everything is compared by identity: the kubelet
// replaces a container's state, user, spec or process rather than changing them
// in place, so a changed container never matches.
import type { KubeObject } from "../apiserver/types";
import type { ContainerRecord, Json, PodRecord } from "./pod-state";

export interface QuietSync {
  /** The stored pod after the sync (after its status write, if there was one). */
  resourceVersion: string | undefined;
  /** What the volumes were set up from, besides the pod: the ConfigMaps and Secrets, and (for downward API files of status or resources) the pod IP and the node's info. */
  configRevision: number;
  runtime?: { podIP: string | undefined; nodeInfo: unknown };
  /** The pod's and each container's fields the status and the start loop read, in a fixed order. */
  fields: unknown[];
}

/** What the status and the container loop read of a pod record (status.ts generatePodStatus, kubelet.ts syncContainers). */
export function recordFields(rec: PodRecord): unknown[] {
  const out: unknown[] = [rec.terminal, rec.terminating, rec.initialized, rec.podIP, rec.hostIP, rec.startTime, rec.containers.size];
  for (const c of rec.containers.values()) pushContainerFields(out, c);
  return out;
}

function pushContainerFields(out: unknown[], c: ContainerRecord): void {
  out.push(c.state, c.lastTerminated, c.ready, c.started, c.restartCount, c.containerID, c.image, c.imageID, c.user, c.spec, c.busy, c.process, c.process?.state, c.notBefore, c.probeKilled);
}

function sameFields(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Whether syncPod would start, stop or mount nothing: initialized, not finished or
 * terminating, and every container that the loop would look at is running or busy.
 */
export function steady(rec: PodRecord): boolean {
  if (!rec.initialized || rec.terminal || rec.terminating) return false;
  for (const c of rec.containers.values()) if (c.kind !== "init" && c.state.kind !== "running" && !c.busy) return false;
  return true;
}

function readsRuntime(source: Json | undefined): boolean {
  for (const it of ((source?.items ?? []) as Json[])) {
    if (it.resourceFieldRef) return true;
    const path = (it.fieldRef as Json | undefined)?.fieldPath;
    if (typeof path === "string" && path.startsWith("status.")) return true;
  }
  return false;
}

/** Whether a volume's files depend on the pod IP, host IP or node allocatable (volumes.ts addDownward via field-ref.ts). */
export function volumesReadRuntime(pod: KubeObject): boolean {
  for (const v of ((pod.spec as Json).volumes ?? []) as Json[]) {
    if (readsRuntime(v.downwardAPI as Json | undefined)) return true;
    for (const s of (((v.projected as Json | undefined)?.sources ?? []) as Json[])) if (readsRuntime(s.downwardAPI as Json | undefined)) return true;
  }
  return false;
}

/** Whether a sync of `rec` now would repeat the one `q` remembers, with nothing to do. `nodeInfo` is read only when the volumes need it. */
export function stillQuiet(q: QuietSync | undefined, rec: PodRecord, configRevision: number, nodeInfo: () => unknown): boolean {
  return (
    q !== undefined &&
    q.resourceVersion === rec.pod.metadata.resourceVersion &&
    q.configRevision === configRevision &&
    !rec.pod.metadata.deletionTimestamp &&
    steady(rec) &&
    sameFields(q.fields, recordFields(rec)) &&
    (q.runtime === undefined || (q.runtime.podIP === rec.podIP && q.runtime.nodeInfo === nodeInfo()))
  );
}
