// `kubectl describe` (k8s.io/kubectl/pkg/cmd/describe/describe.go v0.34.5): every object the
// arguments name, separated by a blank line; `describe TYPE NAME` that is not found falls back
// to the objects of TYPE whose names start with NAME.
import { isNotFound } from "../../apiserver/errors";
import { describerFor, type DescribeSettings } from "../describe/describers";
import type { ParsedCommand } from "../parse-args";
import { selectObjects, type SelectedObject } from "../resource-builder";
import { namespaceChoice } from "../resource-builder/resource-infos";
import { formatCommandErrors } from "./check-err";
import { Output, type CommandHandler, type KubectlIO } from "./command";

function describeOne(io: KubectlIO, target: SelectedObject, settings: DescribeSettings): string {
  return describerFor(target.resource.group, target.live.kind)(io.cluster, target.live, settings);
}

/** DescribeMatchingResources: the objects of one type whose names start with `prefix`; undefined when none does. */
function describeByPrefix(cmd: ParsedCommand, io: KubectlIO, type: string, prefix: string, settings: DescribeSettings): string | undefined {
  const listing: ParsedCommand = { ...cmd, flags: { ...cmd.flags, all: true, "all-namespaces": false } };
  const matches = selectObjects(listing, io, [type]).objects.filter((o) => o.name.startsWith(prefix));
  if (matches.length === 0) return undefined;
  return matches.map((o) => `${describeOne(io, o, settings)}\n`).join("");
}

export const describeCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const settings: DescribeSettings = { showEvents: cmd.flags["show-events"] !== false };
  // ResourceTypeOrNameArgs(true, ...): a bare type lists every object of it.
  const listing: ParsedCommand = { ...cmd, flags: { ...cmd.flags, all: true } };
  const selection = selectObjects(listing, io, cmd.args);
  const errors: unknown[] = [];
  if (selection.errors.length > 0) {
    const notFound = selection.errors.find(isNotFound);
    if (notFound && cmd.args.length === 2 && !cmd.args[0].includes("/")) {
      const text = describeByPrefix(cmd, io, cmd.args[0], cmd.args[1], settings);
      if (text === undefined) throw notFound;
      out.out(text);
      return out.result(0);
    }
    errors.push(...selection.errors);
  }
  const seen = new Set<string>();
  let first = true;
  for (const target of selection.objects) {
    let text: string;
    try {
      text = describeOne(io, target, settings);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (!seen.has(message)) errors.push(e);
      seen.add(message);
      continue;
    }
    out.out(first ? text : `\n\n${text}`);
    first = false;
  }
  if (selection.objects.length === 0 && errors.length === 0) {
    const allNamespaces = cmd.flags["all-namespaces"] === true;
    out.err(allNamespaces ? "No resources found\n" : `No resources found in ${namespaceChoice(cmd.flags, io).namespace} namespace.\n`);
  }
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
};
