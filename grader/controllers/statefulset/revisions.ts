// getStatefulSetRevisions and truncateHistory (stateful_set_control.go) with
// pkg/controller/history's create-with-collision-retry: the update revision is
// the last revision when its data equals the current template, an older equal
// revision renumbered (a rollback), or a new ControllerRevision; the current
// revision is the one status.currentRevision names, else the update revision.
import type { ClusterApi } from "../../apiserver/api-interface";
import { isAlreadyExists } from "../../apiserver/errors";
import type { Pod } from "../replicaset/types";
import { statefulSetRevisionLabel } from "./identity";
import { goJsonMarshal } from "./go-json";
import { equalRevision, hashRevisionData, controllerRevisionName, controllerRevisionHashLabel, newRevision, nextRevisionNumber, sortRevisions } from "./revision";
import { controllerRevisionsGVR, type ControllerRevision, type StatefulSet } from "./types";

export interface SetRevisions {
  current: ControllerRevision;
  update: ControllerRevision;
  collisionCount: number;
}

/** CreateControllerRevision: on a name taken by other data, raise the collision count and hash again. */
function createRevision(api: ClusterApi, set: StatefulSet, revision: ControllerRevision, collisionCount: number): { created: ControllerRevision; collisionCount: number } {
  let count = collisionCount;
  for (;;) {
    const hash = hashRevisionData(revision.data, count);
    const clone: ControllerRevision = {
      ...revision,
      metadata: { ...revision.metadata, name: controllerRevisionName(set.metadata.name ?? "", hash), labels: { ...revision.metadata.labels, [controllerRevisionHashLabel]: hash } },
    };
    try {
      return { created: api.create(clone) as ControllerRevision, collisionCount: count };
    } catch (e) {
      if (!isAlreadyExists(e)) throw e;
      const exists = api.get(controllerRevisionsGVR, set.metadata.namespace ?? "", clone.metadata.name ?? "") as ControllerRevision;
      if (goJsonMarshal(exists.data) === goJsonMarshal(clone.data)) return { created: exists, collisionCount: count };
      count++;
    }
  }
}

export function statefulSetRevisions(api: ClusterApi, set: StatefulSet, owned: ControllerRevision[]): SetRevisions {
  const revisions = sortRevisions(owned);
  let collisionCount = set.status?.collisionCount ?? 0;
  const candidate = newRevision(set, nextRevisionNumber(revisions), collisionCount);
  const equal = revisions.filter((r) => equalRevision(r, candidate));
  let update: ControllerRevision;
  if (equal.length > 0 && revisions[revisions.length - 1] === equal[equal.length - 1]) {
    update = revisions[revisions.length - 1];
  } else if (equal.length > 0) {
    update = api.update({ ...equal[equal.length - 1], revision: candidate.revision }) as ControllerRevision;
  } else {
    const r = createRevision(api, set, candidate, collisionCount);
    update = r.created;
    collisionCount = r.collisionCount;
  }
  const current = revisions.find((r) => r.metadata.name === set.status?.currentRevision) ?? update;
  return { current, update, collisionCount };
}

/** truncateHistory: keeps revisionHistoryLimit revisions besides the live ones (current, update, any a pod runs). */
export function truncateHistory(api: ClusterApi, set: StatefulSet, pods: Pod[], owned: ControllerRevision[], live: SetRevisions): void {
  const liveNames = new Set([live.current.metadata.name, live.update.metadata.name]);
  for (const pod of pods) liveNames.add(pod.metadata.labels?.[statefulSetRevisionLabel]);
  const history = sortRevisions(owned).filter((r) => !liveNames.has(r.metadata.name));
  const limit = set.spec.revisionHistoryLimit ?? 10;
  for (const r of history.slice(0, Math.max(0, history.length - limit))) {
    try {
      api.delete(controllerRevisionsGVR, r.metadata.namespace ?? "", r.metadata.name ?? "");
    } catch {
      // gone already
    }
  }
}
