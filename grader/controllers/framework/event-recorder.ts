// Events as client-go's record.EventRecorder writes them (core v1 Events):
// named `<object>.<hex UnixNano>`, and a repeat of the same event (same
// object, type, reason, message and source) raises `count` and
// `lastTimestamp` of the first instead of creating another — which is what
// `kubectl describe` and `kubectl events` show as "(x4 over 2m)".
import type { ClusterApi } from "../../apiserver/api-interface";
import type { KubeObject } from "../../apiserver/types";
import type { VirtualClock } from "../../clock/virtual-clock";
import { formatRFC3339 } from "../../clock/rfc3339";
import { EventNames } from "./event-names";

export type EventType = "Normal" | "Warning";

export interface EventSource {
  /** `default-scheduler`, `kubelet`, `deployment-controller`, ... */
  component: string;
  /** The node, for the kubelet. */
  host?: string;
}

const events = { group: "", version: "v1", resource: "events" };

export class EventRecorder {
  /** Correlation key → the name of the Event that already says it. */
  private readonly seen = new Map<string, string>();
  private names: EventNames | undefined;
  // Per recorder constants and the last instant's name suffix: a burst of events shares one virtual ms.
  private readonly sourceKey: string;
  private suffixMs = Number.NaN;
  private suffix = "";

  constructor(
    private readonly api: ClusterApi,
    private readonly clock: VirtualClock,
    private readonly source: EventSource,
  ) {
    this.sourceKey = JSON.stringify(source);
  }

  /** Records an event about `obj`; `fieldPath` names a container (`spec.containers{app}`). */
  record(obj: KubeObject, type: EventType, reason: string, message: string, fieldPath?: string): void {
    const namespace = obj.metadata.namespace || "default";
    const involvedObject = {
      apiVersion: obj.apiVersion,
      kind: obj.kind,
      name: obj.metadata.name,
      namespace: obj.metadata.namespace,
      uid: obj.metadata.uid,
      resourceVersion: obj.metadata.resourceVersion,
      ...(fieldPath ? { fieldPath } : {}),
    };
    const now = formatRFC3339(this.clock.now());
    const key = `${JSON.stringify([namespace, obj.metadata.uid, fieldPath ?? "", type, reason, message])}${this.sourceKey}`;
    const existing = this.seen.get(key);
    if (existing) {
      try {
        // Only read, and only its top level is replaced: the stored Event itself serves.
        const ev = this.api.get(events, namespace, existing, { readOnly: true });
        this.api.update({ ...ev, count: ((ev.count as number) ?? 1) + 1, lastTimestamp: now }, { readOnlyResult: true });
        return;
      } catch {
        this.seen.delete(key); // deleted meanwhile (namespace gone, event TTL): write a new one
      }
    }
    const name = `${obj.metadata.name}.${this.nanoHex(this.clock.now())}`;
    try {
      const created = this.api.create({
        apiVersion: "v1",
        kind: "Event",
        metadata: { name: this.uniqueName(namespace, name), namespace },
        involvedObject,
        reason,
        message,
        source: this.source.host ? { component: this.source.component, host: this.source.host } : { component: this.source.component },
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
        type,
        eventTime: null,
        reportingComponent: this.source.component,
        reportingInstance: this.source.host ?? "",
      }, { readOnlyResult: true });
      this.seen.set(key, created.metadata.name!);
    } catch {
      // Events are best effort, as upstream: a terminating namespace refuses them.
    }
  }

  /** The UnixNano of a virtual ms in hex, as the Event's name ends. */
  private nanoHex(ms: number): string {
    if (ms !== this.suffixMs) {
      this.suffix = (BigInt(ms) * 1_000_000n).toString(16);
      this.suffixMs = ms;
    }
    return this.suffix;
  }

  // Two events about one object in the same virtual nanosecond would collide; upstream's clock never repeats.
  private uniqueName(namespace: string, name: string): string {
    this.names ??= EventNames.of(this.api);
    for (let i = 0; ; i++) {
      const candidate = i === 0 ? name : `${name}${i.toString(16)}`;
      if (!this.names.has(namespace, candidate)) return candidate;
    }
  }
}
