// The names of the Events that exist, per API, kept current from one watch
// shared by every recorder of that API: a recorder checks a name for a
// collision without a get that throws NotFound (which costs more than
// writing the event). Recorders write from sync and timer callbacks, never
// inside a watch callback, so the watch has always seen every earlier write.
import type { ClusterApi } from "../../apiserver/api-interface";
import type { KubeObject } from "../../apiserver/types";

const eventsGVR = { group: "", version: "v1", resource: "events" };
const indexes = new WeakMap<ClusterApi, Set<string>>();

const keyOf = (namespace: string, name: string) => `${namespace}/${name}`;
const objectKeyOf = (o: KubeObject) => keyOf(o.metadata.namespace ?? "", o.metadata.name ?? "");

export class EventNames {
  private constructor(private readonly names: Set<string>) {}

  /** The index of `api`'s Events (started on first use; it lives as long as the API). */
  static of(api: ClusterApi): EventNames {
    let names = indexes.get(api);
    if (!names) {
      const fresh = new Set<string>();
      for (const e of api.list(eventsGVR, { readOnly: true }).items) fresh.add(objectKeyOf(e));
      api.watch(eventsGVR, {}, (e) => {
        if (e.type === "DELETED") fresh.delete(objectKeyOf(e.object));
        else fresh.add(objectKeyOf(e.object));
      });
      indexes.set(api, (names = fresh));
    }
    return new EventNames(names);
  }

  has(namespace: string, name: string): boolean {
    return this.names.has(keyOf(namespace, name));
  }
}
