// `kubectl api-resources` (kubectl pkg/cmd/apiresources/apiresources.go,
// print_flags.go): the server's preferred resources, filtered by
// --namespaced/--api-group/--verbs/--categories (only when given), stably
// sorted by group (or --sort-by name|kind) then name, as a table, `-o wide`
// or `-o name`.
import { alignTabs } from "../../apiserver/printers/tabwriter";
import { apiResourceRows, type ApiResourceRow } from "../../apiserver/registry";
import type { CommandHandler, KubectlResult } from "./command";
import { commandUsageError } from "../usage-error";

interface Row extends ApiResourceRow {
  group: string;
  categories: string[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function fail(stderr: string): KubectlResult {
  return { stdout: "", stderr, exitCode: 1 };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

export const apiResourcesCommand: CommandHandler = (cmd, io) => {
  if (cmd.args.length > 0) return fail(commandUsageError(`unexpected arguments: [${cmd.args.join(" ")}]`, cmd.commandPath).stderr);
  const output = String(cmd.flags["output"] ?? "");
  const sortBy = String(cmd.flags["sort-by"] ?? "");
  if (!["", "name", "kind"].includes(sortBy)) return fail("error: --sort-by accepts only name or kind\n");
  if (!["", "wide", "name", "json", "yaml"].includes(output)) {
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,wide,yaml\n`);
  }
  if (output === "json" || output === "yaml") return fail(`error: "kubectl api-resources -o ${output}" is not supported by this simulated cluster yet\n`);
  const registry = io.cluster.api.registry;
  const entries = registry.entries();
  const verbs = stringList(cmd.flags["verbs"]);
  const categories = stringList(cmd.flags["categories"]);
  const apiGroup = String(cmd.flags["api-group"] ?? "");
  const namespaced = cmd.flags["namespaced"] === true;

  let rows: Row[] = apiResourceRows(registry).map((row) => {
    const entry = entries.find((e) => e.info.resource === row.name && e.info.kind === row.kind && e.info.namespaced === row.namespaced);
    return { ...row, group: entry?.info.group ?? "", categories: entry?.info.categories ?? [] };
  });
  rows = rows.filter(
    (r) =>
      r.verbs.length > 0 &&
      (!cmd.changed.includes("api-group") || r.group === apiGroup) &&
      (!cmd.changed.includes("namespaced") || r.namespaced === namespaced) &&
      verbs.every((v) => r.verbs.includes(v)) &&
      categories.every((c) => r.categories.includes(c)),
  );
  // sortableResource: the --sort-by value (group by default), then the name; sort.Stable.
  const key = (r: Row): string => (sortBy === "name" ? r.name : sortBy === "kind" ? r.kind : r.group);
  rows = rows.map((r, i) => ({ r, i })).sort((a, b) => compare(key(a.r), key(b.r)) || compare(a.r.name, b.r.name) || a.i - b.i).map((x) => x.r);

  if (output === "name") return { stdout: rows.map((r) => (r.group ? `${r.name}.${r.group}\n` : `${r.name}\n`)).join(""), stderr: "", exitCode: 0 };
  const wide = output === "wide";
  let text = "";
  if (cmd.flags["no-headers"] !== true) {
    text += ["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND", ...(wide ? ["VERBS", "CATEGORIES"] : [])].join("\t") + "\n";
  }
  for (const r of rows) {
    const cells = [r.name, r.shortNames, r.apiVersion, String(r.namespaced), r.kind];
    if (wide) cells.push(r.verbs.join(","), r.categories.join(","));
    text += cells.join("\t") + "\n";
  }
  return { stdout: alignTabs(text), stderr: "", exitCode: 0 };
};
