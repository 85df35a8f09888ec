// stateful_pod_control.go: creating a pod creates its missing claims first;
// creates, updates and deletes each leave an event on the StatefulSet.
import type { ClusterApi } from "../../apiserver/api-interface";
import { isAlreadyExists, isNotFound } from "../../apiserver/errors";
import type { EventRecorder } from "../framework/event-recorder";
import { podsGVR, type Pod } from "../replicaset/types";
import { claimsFor, ordinalOf } from "./identity";
import { recordClaimEvent, recordPodEvent } from "./events";
import { pvcsGVR, type StatefulSet } from "./types";

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

export class StatefulPodControl {
  constructor(
    private readonly api: ClusterApi,
    private readonly events: EventRecorder,
  ) {}

  /** createPersistentVolumeClaims: creates the pod's claims that do not exist; the errors joined as an aggregate. */
  createMissingClaims(set: StatefulSet, pod: Pod): Error | undefined {
    const errs: string[] = [];
    const podName = pod.metadata.name ?? "";
    for (const { claim } of claimsFor(set, ordinalOf(pod))) {
      const name = claim.metadata.name ?? "";
      let existing;
      try {
        existing = this.api.get(pvcsGVR, claim.metadata.namespace ?? "", name);
      } catch (e) {
        if (!isNotFound(e)) {
          errs.push(`failed to retrieve PVC ${name}: ${asError(e).message}`);
          recordClaimEvent(this.events, "create", set, podName, name, asError(e));
          continue;
        }
        try {
          this.api.create(claim, { readOnlyResult: true });
          recordClaimEvent(this.events, "create", set, podName, name);
        } catch (e2) {
          errs.push(`failed to create PVC ${name}: ${asError(e2).message}`);
          if (!isAlreadyExists(e2)) recordClaimEvent(this.events, "create", set, podName, name, asError(e2));
        }
        continue;
      }
      if (existing.metadata.deletionTimestamp) errs.push(`pvc ${name} is being deleted`);
    }
    if (errs.length === 0) return undefined;
    // utilerrors.NewAggregate: one message as is, several as `[a, b]`.
    return new Error(errs.length === 1 ? errs[0] : `[${errs.join(", ")}]`);
  }

  createPod(set: StatefulSet, pod: Pod): Error | undefined {
    const name = pod.metadata.name ?? "";
    const claimErr = this.createMissingClaims(set, pod);
    if (claimErr) {
      recordPodEvent(this.events, "create", set, name, claimErr);
      return claimErr;
    }
    try {
      this.api.create(pod, { readOnlyResult: true });
    } catch (e) {
      if (isAlreadyExists(e)) return asError(e); // sunk without an event
      recordPodEvent(this.events, "create", set, name, asError(e));
      return asError(e);
    }
    recordPodEvent(this.events, "create", set, name);
    return undefined;
  }

  updatePod(set: StatefulSet, pod: Pod, storageChanged: boolean): Error | undefined {
    const name = pod.metadata.name ?? "";
    if (storageChanged) {
      const claimErr = this.createMissingClaims(set, pod);
      if (claimErr) {
        recordPodEvent(this.events, "update", set, name, claimErr);
        return claimErr;
      }
    }
    try {
      this.api.update(pod, { readOnlyResult: true });
    } catch (e) {
      recordPodEvent(this.events, "update", set, name, asError(e));
      return asError(e);
    }
    recordPodEvent(this.events, "update", set, name);
    return undefined;
  }

  deletePod(set: StatefulSet, pod: Pod): Error | undefined {
    const name = pod.metadata.name ?? "";
    try {
      this.api.delete(podsGVR, pod.metadata.namespace ?? "", name);
    } catch (e) {
      recordPodEvent(this.events, "delete", set, name, asError(e));
      return asError(e);
    }
    recordPodEvent(this.events, "delete", set, name);
    return undefined;
  }
}
