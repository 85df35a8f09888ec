// The events about an object (describe.go searchEvents) and the Events table (DescribeEvents).
// Go's Event.ReportingController is `reportingComponent` in JSON.
import { humanDuration } from "../../apiserver/duration";
import { parseTimestamp } from "../../apiserver/printers/timestamps";
import type { Cluster } from "../../cluster/cluster";
import type { KubeObject } from "../../apiserver/types";
import type { DescribeWriter } from "./describe-writer";

interface EventView {
  involvedObject?: { kind?: string; name?: string; namespace?: string; uid?: string };
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string } | null;
  source?: { component?: string };
  reportingComponent?: string;
}

const eventsResource = { group: "", version: "v1", resource: "events" };

/**
 * The events whose involvedObject is `obj` (name, namespace, uid, and kind unless `anyKind`:
 * the Pod describer clears the reference's kind).
 */
export function searchEvents(cluster: Cluster, obj: KubeObject, opts: { anyKind?: boolean } = {}): KubeObject[] {
  const namespace = obj.metadata.namespace ?? "";
  const list = cluster.api.list(eventsResource, { namespace: namespace || undefined });
  return list.items.filter((item) => {
    const ref = (item as EventView).involvedObject ?? {};
    if (ref.name !== obj.metadata.name || (ref.namespace ?? "") !== namespace) return false;
    if (!opts.anyKind && ref.kind !== obj.kind) return false;
    return !obj.metadata.uid || ref.uid === obj.metadata.uid;
  });
}

const since = (timestamp: string | null | undefined, now: number): string => {
  const ms = parseTimestamp(timestamp);
  return ms === undefined ? "<unknown>" : humanDuration(now - ms);
};

/** DescribeEvents: `Events:  <none>`, or the table sorted by last timestamp with `(x4 over 2m)` for repeats. */
export function writeEvents(w: DescribeWriter, events: KubeObject[], now: number): void {
  if (events.length === 0) {
    w.write(0, "Events:\t<none>\n");
    return;
  }
  w.flush();
  const sorted = (events as EventView[])
    .map((e, i) => ({ e, i, last: parseTimestamp(e.lastTimestamp) ?? -Infinity }))
    .sort((a, b) => a.last - b.last || a.i - b.i)
    .map((x) => x.e);
  w.write(0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
  w.write(1, "----\t------\t----\t----\t-------\n");
  for (const e of sorted) {
    const first = e.eventTime ? since(e.eventTime, now) : since(e.firstTimestamp, now);
    let interval = first;
    if (e.series) interval = `${since(e.series.lastObservedTime, now)} (x${e.series.count ?? 0} over ${first})`;
    else if ((e.count ?? 0) > 1) interval = `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`;
    const source = e.source?.component || e.reportingComponent || "";
    w.write(1, `${e.type ?? ""}\t${e.reason ?? ""}\t${interval}\t${source}\t${(e.message ?? "").trim()}\n`);
  }
}
