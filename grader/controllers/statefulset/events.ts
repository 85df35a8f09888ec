// The events of stateful_pod_control.go recordPodEvent/recordClaimEvent:
// reason `Successful<Verb>` / `Failed<Verb>`, messages as a real cluster shows
// them (`create Pod web-0 in StatefulSet web successful`).
import type { KubeObject } from "../../apiserver/types";
import type { EventRecorder } from "../framework/event-recorder";

export type Verb = "create" | "update" | "delete";

function title(verb: Verb): string {
  return verb[0].toUpperCase() + verb.slice(1);
}

export function recordPodEvent(events: EventRecorder, verb: Verb, set: KubeObject, podName: string, err?: Error): void {
  if (!err) {
    events.record(set, "Normal", `Successful${title(verb)}`, `${verb} Pod ${podName} in StatefulSet ${set.metadata.name} successful`);
  } else {
    events.record(set, "Warning", `Failed${title(verb)}`, `${verb} Pod ${podName} in StatefulSet ${set.metadata.name} failed error: ${err.message}`);
  }
}

export function recordClaimEvent(events: EventRecorder, verb: Verb, set: KubeObject, podName: string, claimName: string, err?: Error): void {
  if (!err) {
    events.record(set, "Normal", `Successful${title(verb)}`, `${verb} Claim ${claimName} Pod ${podName} in StatefulSet ${set.metadata.name} success`);
  } else {
    events.record(
      set,
      "Warning",
      `Failed${title(verb)}`,
      `${verb} Claim ${claimName} for Pod ${podName} in StatefulSet ${set.metadata.name} failed error: ${err.message}`,
    );
  }
}
