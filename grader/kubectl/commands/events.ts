// `kubectl events [-n NS | -A] [--for TYPE/NAME] [--types=Normal,Warning] [-o FORMAT]`
// (kubectl pkg/cmd/events/events.go and event_printer.go, v0.34): core/v1 Events,
// filtered by type, sorted oldest first by their last time, printed as
// LAST SEEN / TYPE / REASON / OBJECT / MESSAGE. --watch is not simulated.
import { humanDuration } from "../../apiserver/duration/human-duration";
import { alignTabs } from "../../apiserver/printers/tabwriter";
import type { KubeObject } from "../../apiserver/types";
import { printerForOutput } from "../output/output-format";
import type { CommandHandler, KubectlResult } from "./command";
import { formatKubectlError } from "./errors";

interface CoreEvent extends KubeObject {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  eventTime?: string | null;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  series?: { count?: number; lastObservedTime?: string } | null;
  involvedObject?: { kind?: string; name?: string; apiVersion?: string };
}

const fail = (message: string): KubectlResult => ({ stdout: "", stderr: `error: ${message}\n`, exitCode: 1 });

const msOf = (t: string | null | undefined): number | undefined => {
  if (!t) return undefined;
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? undefined : ms;
};

/** Go's zero time sorts before every set time. */
const zeroTime = -62135596800000;

/** SortableEvents' key: the series' last observation, else lastTimestamp, else eventTime. */
function eventTime(e: CoreEvent): number {
  if (e.series) return msOf(e.series.lastObservedTime) ?? zeroTime;
  return msOf(e.lastTimestamp) ?? msOf(e.eventTime) ?? zeroTime;
}

/** event_printer.go getInterval: `5m`, or `30s (x3 over 5m)` for a repeated event. */
function interval(e: CoreEvent, now: number): string {
  const since = (t: string | null | undefined) => {
    const ms = msOf(t);
    return ms === undefined ? "<unknown>" : humanDuration(now - ms);
  };
  const first = msOf(e.eventTime) === undefined ? since(e.firstTimestamp) : since(e.eventTime);
  if (e.series) return `${since(e.series.lastObservedTime)} (x${e.series.count ?? 0} over ${first})`;
  if ((e.count ?? 0) > 1) return `${since(e.lastTimestamp)} (x${e.count} over ${first})`;
  return first;
}

function eventTable(events: CoreEvent[], now: number, noHeaders: boolean, allNamespaces: boolean): string {
  let text = "";
  if (!noHeaders) text += (allNamespaces ? "NAMESPACE\t" : "") + "LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n";
  for (const e of events) {
    if (allNamespaces) text += `${e.metadata.namespace ?? ""}\t`;
    text += `${interval(e, now)}\t${e.type ?? ""}\t${e.reason ?? ""}\t${e.involvedObject?.kind ?? ""}/${e.involvedObject?.name ?? ""}\t${(e.message ?? "").trim()}\n`;
  }
  return alignTabs(text);
}

export const eventsCommand: CommandHandler = (cmd, io) => {
  const types = (cmd.flags["types"] as string[] | undefined) ?? [];
  const allNamespaces = cmd.flags["all-namespaces"] === true;
  const namespace = cmd.changed.includes("namespace") ? String(cmd.flags["namespace"]) : io.namespace;

  // ToOptions: --for is decoded before Validate runs.
  let forObject: { kind: string; apiVersion: string; name: string } | undefined;
  const forArg = String(cmd.flags["for"] ?? "");
  if (forArg !== "") {
    if (!forArg.includes("/")) return fail("--for must be in resource/name form");
    const seg = forArg.split("/");
    if (seg.length !== 2) return fail("arguments in resource/name form may not have more than one slash");
    const info = io.cluster.api.registry.resolveResource(seg[0]);
    if (!info) return fail(`the server doesn't have a resource type "${seg[0].toLowerCase().split(".")[0]}"`);
    forObject = { kind: info.kind, apiVersion: info.group ? `${info.group}/${info.version}` : info.version, name: seg[1] };
  }
  for (const t of types) if (t.toLowerCase() !== "normal" && t.toLowerCase() !== "warning") return fail("valid --types are Normal or Warning");

  const output = String(cmd.flags["output"] ?? "");
  let printer;
  try {
    printer = printerForOutput(output, {
      allowMissingKeys: cmd.flags["allow-missing-template-keys"] !== false,
      allowedFormats: ["go-template", "go-template-file", "json", "jsonpath", "jsonpath-as-json", "jsonpath-file", "name", "template", "templatefile", "yaml"],
      readFile: (p) => io.readFile(p),
      // events.go asks PrintFlags for a printer only when -o is given: --template alone keeps the table.
      templateArgument: String(cmd.flags["template"] ?? ""),
    });
  } catch (e) {
    return { stdout: "", stderr: formatKubectlError(e), exitCode: 1 };
  }

  const listed = io.cluster.api.list({ group: "", version: "v1", resource: "events" }, { namespace: allNamespaces ? undefined : namespace }).items as CoreEvent[];
  const events = listed
    .filter((e) => types.length === 0 || types.some((t) => t.toLowerCase() === (e.type ?? "").toLowerCase()))
    .filter((e) => !forObject || (e.involvedObject?.kind === forObject.kind && e.involvedObject?.apiVersion === forObject.apiVersion && e.involvedObject?.name === forObject.name))
    .map((e) => ({ ...e, apiVersion: "v1", kind: "Event" }));
  if (events.length === 0) {
    return { stdout: "", stderr: allNamespaces ? "No events found.\n" : `No events found in ${namespace} namespace.\n`, exitCode: 0 };
  }
  // sort.Sort keeps equal keys in list order for lists this short (insertion sort below 13 items).
  events.sort((a, b) => eventTime(a) - eventTime(b));
  if (printer) {
    const list = { apiVersion: "v1", items: events, kind: output === "name" ? "List" : "EventList", metadata: {} };
    try {
      return { stdout: printer.print(list), stderr: "", exitCode: 0 };
    } catch (e) {
      return { stdout: "", stderr: formatKubectlError(e), exitCode: 1 };
    }
  }
  return { stdout: eventTable(events, io.cluster.clock.now(), cmd.flags["no-headers"] === true, allNamespaces), stderr: "", exitCode: 0 };
};
