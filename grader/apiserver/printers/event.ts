// Event columns of printers.go (printEvent): LAST SEEN TYPE REASON OBJECT MESSAGE.
import type { TablePrinter } from "./interface";
import { column, nameColumn, wideColumn } from "./columns";
import { view } from "./object-view";
import { translateTimestampSince } from "./timestamps";

interface EventView {
  metadata: { name?: string };
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string } | null;
  involvedObject?: { kind?: string; name?: string; fieldPath?: string };
  source?: { component?: string; host?: string };
  reportingComponent?: string;
  reportingInstance?: string;
}

const firstNonEmpty = (...values: (string | undefined)[]): string => values.find((v) => v) ?? "";

/** formatEventSource: `component, host`, falling back to the reporting controller and instance. */
function eventSource(event: EventView): string {
  const component = firstNonEmpty(event.source?.component, event.reportingComponent);
  const instance = firstNonEmpty(event.source?.host, event.reportingInstance);
  return instance ? `${component}, ${instance}` : component;
}

export const eventPrinter: TablePrinter = {
  columns: [
    column("Last Seen"),
    column("Type"),
    column("Reason"),
    column("Object"),
    wideColumn("Subobject"),
    wideColumn("Source"),
    column("Message"),
    wideColumn("First Seen"),
    wideColumn("Count"),
    { ...nameColumn, priority: 1 },
  ],
  row(obj, ctx) {
    const event = view<EventView>(obj);
    const firstSeen = event.firstTimestamp
      ? translateTimestampSince(event.firstTimestamp, ctx.now)
      : translateTimestampSince(event.eventTime, ctx.now);
    let lastSeen = event.lastTimestamp ? translateTimestampSince(event.lastTimestamp, ctx.now) : firstSeen;
    let count = event.count ?? 0;
    if (event.series) {
      lastSeen = translateTimestampSince(event.series.lastObservedTime, ctx.now);
      count = event.series.count ?? 0;
    } else if (count === 0) {
      // Singleton events of the events.k8s.io API carry no count.
      count = 1;
    }
    const kind = (event.involvedObject?.kind ?? "").toLowerCase();
    const target = event.involvedObject?.name ? `${kind}/${event.involvedObject.name}` : kind;
    return [
      lastSeen,
      event.type ?? "",
      event.reason ?? "",
      target,
      event.involvedObject?.fieldPath ?? "",
      eventSource(event),
      (event.message ?? "").trim(),
      firstSeen,
      count,
      event.metadata.name ?? "",
    ];
  },
};
