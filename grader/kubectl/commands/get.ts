// `kubectl get` (kubectl pkg/cmd/get/get.go, v1.34): server Tables printed per resource
// type with a blank line between types, or the objects through an -o printer (several
// objects as one v1 List); NotFound and other errors after the output.
import { isNotFound } from "../../apiserver/errors";
import { formatTable, printTable } from "../../apiserver/printers";
import type { KubeObject } from "../../apiserver/types";
import { getRequests, type GetRequest } from "../get/requests";
import { sortObjectsBy } from "../get/sort-by";
import { addLabelColumns } from "../get/label-columns";
import { getWatch } from "../get/watch";
import { getAllowedFormats, outputWithTemplateDefault, printerForOutput } from "../output/output-format";
import { PrinterOutputError } from "../output/go-template-printer";
import type { CommandHandler, KubectlIO } from "./command";
import { Output } from "./command";
import { formatKubectlError } from "./errors";
import type { ParsedCommand } from "../parse-args";

interface Fetched {
  request: GetRequest;
  objects: KubeObject[];
}

const gvrOf = (r: GetRequest) => ({ group: r.resource.group, version: r.resource.version, resource: r.resource.resource });

function fetchAll(cmd: ParsedCommand, io: KubectlIO, requests: GetRequest[], errors: unknown[]): Fetched[] {
  const ignoreNotFound = cmd.flags["ignore-not-found"] === true;
  const selector = String(cmd.flags["selector"] ?? "");
  const fieldSelector = String(cmd.flags["field-selector"] ?? "");
  const fetched: Fetched[] = [];
  for (const request of requests) {
    try {
      const objects =
        request.name !== undefined
          ? [io.cluster.api.get(gvrOf(request), request.namespace ?? "", request.name)]
          : io.cluster.api.list(gvrOf(request), {
              namespace: request.namespace,
              labelSelector: selector || undefined,
              fieldSelector: fieldSelector || undefined,
            }).items;
      fetched.push({ request, objects });
    } catch (e) {
      if (!(ignoreNotFound && isNotFound(e))) errors.push(e);
    }
  }
  return fetched;
}

/** Consecutive results of one resource share a printer (and headers), as get.go's shouldGetNewPrinterForMapping. */
function groupByResource(fetched: Fetched[]): Fetched[] {
  const groups: Fetched[] = [];
  for (const f of fetched) {
    const last = groups[groups.length - 1];
    if (last && last.request.resource === f.request.resource) last.objects = [...last.objects, ...f.objects];
    else groups.push({ request: f.request, objects: [...f.objects] });
  }
  return groups;
}

function printTables(cmd: ParsedCommand, io: KubectlIO, groups: Fetched[], showKind: boolean, out: Output): boolean {
  const sortBy = String(cmd.flags["sort-by"] ?? "");
  const noHeaders = cmd.flags["no-headers"] === true;
  const labelKeys = ((cmd.flags["label-columns"] as string[] | undefined) ?? []).map((k) => k.trim());
  let written = false;
  for (const group of groups) {
    const resource = group.request.resource;
    const objects = sortBy ? sortObjectsBy(group.objects, sortBy, (o) => o) : group.objects;
    const table = addLabelColumns(printTable(resource, objects, { now: io.cluster.clock.now() }), labelKeys);
    const text = formatTable(table, {
      wide: cmd.flags["output"] === "wide",
      noHeaders,
      showKind: showKind ? { group: resource.group, kind: resource.kind } : undefined,
      withNamespace: cmd.flags["all-namespaces"] === true && resource.namespaced,
      showLabels: cmd.flags["show-labels"] === true,
    });
    if (text === "") continue;
    if (written && !noHeaders) out.out("\n");
    out.out(text);
    written = true;
  }
  return written;
}

function asList(objects: KubeObject[]): unknown {
  return { apiVersion: "v1", items: objects, kind: "List", metadata: { resourceVersion: "" } };
}

export const getCommand: CommandHandler = (cmd, io) => {
  const watching = cmd.flags["watch"] === true || cmd.flags["watch-only"] === true;
  // Validate (get.go): the event wrapper only exists on the watch path.
  if (cmd.flags["output-watch-events"] === true && !watching) throw new Error("--output-watch-events option can only be used with --watch or --watch-only");
  if (watching) return getWatch(cmd, io);
  const out = new Output();
  const template = String(cmd.flags["template"] ?? "");
  // get_flags.go: a --template with -o empty is a go-template.
  const output = outputWithTemplateDefault(String(cmd.flags["output"] ?? ""), template, false);
  const printer = printerForOutput(output, {
    allowMissingKeys: cmd.flags["allow-missing-template-keys"] !== false,
    noHeaders: cmd.flags["no-headers"] === true,
    allowedFormats: getAllowedFormats,
    readFile: (path) => io.readFile(path),
    templateArgument: template,
  });
  const plan = getRequests(cmd, io, cmd.args);
  const errors: unknown[] = [...plan.errors];
  const fetched = fetchAll(cmd, io, plan.requests, errors);
  const sortBy = String(cmd.flags["sort-by"] ?? "");

  if (printer) {
    let objects = fetched.flatMap((f) => f.objects);
    if (sortBy) objects = sortObjectsBy(objects, sortBy, (o) => o);
    if (!(objects.length === 0 && cmd.flags["ignore-not-found"] === true)) {
      try {
        out.out(printer.print(plan.singleItemImplied && objects.length === 1 ? objects[0] : asList(objects)));
      } catch (e) {
        if (e instanceof PrinterOutputError) out.out(e.stdout);
        errors.push(e);
      }
    }
  } else {
    const groups = groupByResource(fetched);
    const kinds = new Set(fetched.flatMap((f) => (f.objects.length > 0 ? [f.request.resource] : [])));
    const showKind = cmd.flags["show-kind"] === true || plan.multipleTypesRequested || kinds.size > 1;
    const written = printTables(cmd, io, groups, showKind, out);
    if (!written && cmd.flags["ignore-not-found"] !== true && errors.length === 0) {
      const allNamespaced = cmd.flags["all-namespaces"] !== true && plan.requests.every((r) => r.resource.namespaced);
      const namespace = plan.requests[0]?.namespace ?? io.namespace;
      out.err(allNamespaced ? `No resources found in ${namespace} namespace.\n` : "No resources found\n");
    }
  }
  for (const e of errors) out.err(formatKubectlError(e));
  return out.result(errors.length > 0 ? 1 : 0);
};
