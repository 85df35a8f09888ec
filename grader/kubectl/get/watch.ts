// `kubectl get --watch` / `--watch-only` (k8s.io/kubectl pkg/cmd/get/get.go watch(), with
// skip_printer.go and cli-runtime's HumanReadablePrinter): the current objects first, then one
// print per watch event — table rows without repeated headers through a tabwriter that
// remembers its column widths, `---`-separated YAML, one-line JSON events with
// --output-watch-events.
//
// A real watch runs until Ctrl-C. Here virtual time passes while the watch is open, and the
// watch ends when the cluster is idle (no timer pending: nothing can change any more), at
// --request-timeout, or after `watchHorizonMs` of virtual time, whichever comes first.
import type { ResourceInfo } from "../../apiserver/resource-info";
import { isNotFound } from "../../apiserver/errors";
import { printTable, tableLines } from "../../apiserver/printers";
import type { KubeObject } from "../../apiserver/types";
import type { WatchEventType } from "../../apiserver/api-interface";
import type { KubectlIO, KubectlResult } from "../commands/command";
import { Output } from "../commands/command";
import { formatKubectlError } from "../commands/errors";
import { addLabelColumns } from "./label-columns";
import { longestSimulatedWaitMs } from "../commands/wait-for";
import { getAllowedFormats, outputWithTemplateDefault, printerForOutput } from "../output/output-format";
import type { ObjectPrinter } from "../output/jsonpath-printer";
import { printObjects } from "../output/print-objects";
import { toYaml } from "../output/yaml";
import { compactGoJson } from "../output/compact-json";
import type { ParsedCommand } from "../parse-args";
import { getRequests, type GetRequest } from "./requests";
import { sortObjectsBy } from "./sort-by";
import { RememberingTabWriter } from "./remembering-tabwriter";

/** The longest a watch stays open without --request-timeout: the grader's default settle horizon. */
export const watchHorizonMs = 5 * 60 * 1000;

// cli-runtime builder.go missingResourceError: the watch path skips get's own "Required resource" check.
const missingResourceError =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

/** tableprinter.go formattedEventType: the EVENT cell, padded to the width of MODIFIED. */
const formattedEventType: Record<WatchEventType, string> = { ADDED: "ADDED   ", MODIFIED: "MODIFIED", DELETED: "DELETED " };

/** clientcmd ParseTimeout: whole seconds, or a Go duration; milliseconds. */
export function parseRequestTimeout(text: string): number {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text);
  if (!match) throw new Error("Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)");
  const unitMs: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  return Number(match[1]) * unitMs[match[2]];
}

/** How one watch prints: the table printer's header memory, the YAML document count, one tabwriter for all. */
class WatchPrinter {
  private readonly tab = new RememberingTabWriter();
  private printedHeaders = false;
  private documents = 0;

  constructor(
    private readonly cmd: ParsedCommand,
    private readonly io: KubectlIO,
    private readonly resource: ResourceInfo,
    private readonly format: string,
    private readonly printer: ObjectPrinter | undefined,
  ) {}

  /** Prints objects as one Table (one print call), or each object through the -o printer. */
  print(objects: KubeObject[], eventType: WatchEventType | undefined): string {
    if (this.printer) for (const obj of objects) this.tab.write(this.printObject(obj, eventType));
    else this.writeTable(objects, eventType);
    return this.tab.flush();
  }

  private writeTable(objects: KubeObject[], eventType: WatchEventType | undefined): void {
    const flags = this.cmd.flags;
    const labelKeys = ((flags["label-columns"] as string[] | undefined) ?? []).map((k) => k.trim());
    const table = addLabelColumns(printTable(this.resource, objects, { now: this.io.cluster.clock.now() }), labelKeys);
    // HumanReadablePrinter: headers once, when the first rows are printed.
    const noHeaders = flags["no-headers"] === true || this.printedHeaders;
    const lines = tableLines(table, {
      wide: flags["output"] === "wide",
      noHeaders,
      showKind: flags["show-kind"] === true ? { group: this.resource.group, kind: this.resource.kind } : undefined,
      withNamespace: flags["all-namespaces"] === true && this.resource.namespaced,
      showLabels: flags["show-labels"] === true,
    });
    if (objects.length > 0) this.printedHeaders = true;
    lines.forEach((line, i) => {
      const header = i === 0 && !noHeaders;
      const prefix = eventType === undefined ? "" : `${header ? "EVENT" : formattedEventType[eventType]}\t`;
      this.tab.write(`${prefix}${line}\n`);
    });
  }

  private printObject(obj: KubeObject, eventType: WatchEventType | undefined): string {
    switch (this.format) {
      case "yaml": {
        // YAMLPrinter counts its documents: `---` before every one but the first.
        const separator = this.documents++ > 0 ? "---\n" : "";
        return separator + (eventType ? toYaml({ object: obj, type: eventType }) : printObjects([obj], "yaml"));
      }
      case "json":
        // JSONPrinter prints a metav1.WatchEvent with json.Marshal: one line, type first.
        return eventType ? `${compactGoJson({ type: eventType, object: obj }, ["type", "object"])}\n` : printObjects([obj], "json");
      case "name":
        return printObjects([obj], "name");
      default:
        return (this.printer as ObjectPrinter).print(obj);
    }
  }
}

interface Target {
  request: GetRequest;
  objects: KubeObject[];
}

/** The builder part of watch(): one resource type, its objects now. Throws what kubectl prints. */
function fetchTargets(cmd: ParsedCommand, io: KubectlIO): { requests: GetRequest[]; targets: Target[] } | undefined {
  const filenames = (cmd.flags["filename"] as string[] | undefined) ?? [];
  if (cmd.args.length === 0 && filenames.length === 0) throw new Error(missingResourceError);
  const plan = getRequests(cmd, io, cmd.args);
  if (plan.errors.length > 0) throw plan.errors[0];
  const resources = new Set(plan.requests.map((r) => `${r.resource.group}/${r.resource.resource}`));
  if (resources.size > 1) {
    // SingleResourceType() refuses `a,b` and categories; TYPE/NAME pairs of two kinds reach multipleGVKsRequested.
    if (cmd.args.some((a) => a.includes("/")) || filenames.length > 0) {
      throw new Error("watch is only supported on individual resources and resource collections - more than 1 resource was found");
    }
    throw new Error("you may only specify a single resource type");
  }
  const selector = String(cmd.flags["selector"] ?? "");
  const fieldSelector = String(cmd.flags["field-selector"] ?? "");
  const targets: Target[] = [];
  for (const request of plan.requests) {
    const gvr = { group: request.resource.group, version: request.resource.version, resource: request.resource.resource };
    try {
      const objects =
        request.name !== undefined
          ? [io.cluster.api.get(gvr, request.namespace ?? "", request.name)]
          : io.cluster.api.list(gvr, { namespace: request.namespace, labelSelector: selector || undefined, fieldSelector: fieldSelector || undefined }).items;
      targets.push({ request, objects });
    } catch (e) {
      if (isNotFound(e) && cmd.flags["ignore-not-found"] === true) return undefined;
      throw e;
    }
  }
  return { requests: plan.requests, targets };
}

/** Lets virtual time pass while the watch is open: until idle, or `boundMs` has passed. */
async function keepWatching(io: KubectlIO, boundMs: number): Promise<void> {
  const clock = io.cluster.clock;
  const start = clock.now();
  await io.cluster.settleAsync({ forMs: 0 });
  // Each settle jumps to the next timer and runs it; the watch callbacks print as events arrive.
  for (let guard = 0; guard < 100_000; guard++) {
    const due = clock.nextDueAt();
    const left = start + boundMs - clock.now();
    if (due === undefined || left <= 0) return;
    await io.cluster.settleAsync({ forMs: Math.min(Math.max(due - clock.now(), 0), left) });
  }
}

export async function getWatch(cmd: ParsedCommand, io: KubectlIO): Promise<KubectlResult> {
  const out = new Output();
  const watchOnly = cmd.flags["watch-only"] === true;
  const watchEvents = cmd.flags["output-watch-events"] === true;
  if (String(cmd.flags["sort-by"] ?? "") !== "") {
    out.err(
      cmd.flags["watch"] === true
        ? "warning: --watch requested, --sort-by will be ignored for watch events received\n"
        : "warning: --watch-only requested, --sort-by will be ignored\n",
    );
  }
  try {
    const boundMs = Math.min(parseRequestTimeout(String(cmd.flags["request-timeout"] ?? "0")) || watchHorizonMs, longestSimulatedWaitMs);
    const fetched = fetchTargets(cmd, io);
    if (!fetched) return out.result(0);
    const { requests, targets } = fetched;
    const request = requests[0];
    const template = String(cmd.flags["template"] ?? "");
    const output = outputWithTemplateDefault(String(cmd.flags["output"] ?? ""), template, false);
    const format = output.split("=")[0];
    const printer = printerForOutput(output, {
      allowMissingKeys: cmd.flags["allow-missing-template-keys"] !== false,
      noHeaders: cmd.flags["no-headers"] === true,
      allowedFormats: getAllowedFormats,
      readFile: (path) => io.readFile(path),
      templateArgument: template,
    });
    const watchPrinter = new WatchPrinter(cmd, io, request.resource, format, printer);

    if (!watchOnly) {
      let objects = targets.flatMap((t) => t.objects);
      const sortBy = String(cmd.flags["sort-by"] ?? "");
      // The SortingPrinter sorts the one Table of the initial list; -o printers get objects one by one.
      if (sortBy && !printer) objects = sortObjectsBy(objects, sortBy, (o) => o);
      out.out(printer ? objects.map((o) => watchPrinter.print([o], watchEvents ? "ADDED" : undefined)).join("") : watchPrinter.print(objects, watchEvents ? "ADDED" : undefined));
    }
    // Result.Watch: several named objects are several sources, which cannot be watched together.
    if (requests.length > 1) throw new Error("you may only watch a single resource or type of resource at a time");

    const selector = String(cmd.flags["selector"] ?? "");
    const fieldSelectors = [String(cmd.flags["field-selector"] ?? ""), request.name !== undefined ? `metadata.name=${request.name}` : ""].filter((s) => s !== "");
    const gvr = { group: request.resource.group, version: request.resource.version, resource: request.resource.resource };
    const stop = io.cluster.api.watch(
      gvr,
      { namespace: request.namespace, labelSelector: selector || undefined, fieldSelector: fieldSelectors.join(",") || undefined },
      (e) => out.out(watchPrinter.print([e.object], watchEvents ? e.type : undefined)),
    );
    try {
      await keepWatching(io, boundMs);
    } finally {
      stop();
    }
    // The watch closing (timeout, or here the end of the simulated wait) is not an error for get.
    return out.result(0);
  } catch (e) {
    out.err(formatKubectlError(e));
    return out.result(1);
  }
}
