// The events recorded about an object, as `kubectl describe` lists them
// (type, reason, message, count), oldest first, for scenario tests.
import type { ClusterApi } from "../apiserver/api-interface";

export interface EventLine {
  type: string;
  reason: string;
  message: string;
  count: number;
  source: string;
}

export function eventsAbout(api: ClusterApi, namespace: string, kind: string, name: string): EventLine[] {
  return api
    .list({ group: "", version: "v1", resource: "events" }, { namespace })
    .items.filter((e) => {
      const o = e.involvedObject as { kind?: string; name?: string };
      return o.kind === kind && o.name === name;
    })
    .sort((a, b) => String(a.firstTimestamp).localeCompare(String(b.firstTimestamp)) || String(a.metadata.name).localeCompare(String(b.metadata.name)))
    .map((e) => ({
      type: e.type as string,
      reason: e.reason as string,
      message: e.message as string,
      count: e.count as number,
      source: (e.source as { component: string }).component,
    }));
}
