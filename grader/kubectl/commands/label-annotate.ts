// `kubectl label` and `kubectl annotate` (k8s.io/kubectl/pkg/cmd/label/label.go,
// annotate/annotate.go): KEY=VALUE and KEY- after the resources, --overwrite
// rules, --local -f, --all, -l; the change is sent as a JSON merge patch.
import type { KubeObject } from "../../apiserver/types";
import type { ParsedCommand } from "../parse-args";
import { selectObjects } from "../resource-builder";
import { formatCommandErrors } from "./check-err";
import { Output, type CommandHandler, type KubectlIO, type KubectlResult } from "./command";
import { boolFlag, dryRunStrategy, kindName, outputFormat, printsObjects, printWriteObjects } from "./write-flags";

const labelValuePattern = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const labelValueError =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

interface MetadataMapCommand {
  field: "labels" | "annotations";
  noun: "label" | "annotation";
}

/** cmdutil.GetResourcesAndPairs: resources first, then KEY=VALUE / KEY- pairs. */
function resourcesAndPairs(args: string[], noun: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const arg of args) {
    const isPair = arg.includes("=") || arg.endsWith("-");
    if (isPair) pairs.push(arg);
    else if (pairs.length > 0) throw new Error(`all resources must be specified before ${noun} changes: ${arg}`);
    else resources.push(arg);
  }
  return { resources, pairs };
}

function parsePairs(pairs: string[], cmd: MetadataMapCommand): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const spec of pairs) {
    if (spec.includes("=")) {
      const parts = spec.split("=");
      if (cmd.field === "labels") {
        if (parts.length !== 2) throw new Error(`invalid label spec: ${spec}`);
        if (!labelValuePattern.test(parts[1]) || parts[1].length > 63) throw new Error(`invalid label value: "${spec}": ${labelValueError}`);
        set[parts[0]] = parts[1];
      } else {
        const eq = spec.indexOf("=");
        set[spec.slice(0, eq)] = spec.slice(eq + 1);
      }
    } else if (spec.endsWith("-")) {
      remove.push(spec.slice(0, -1));
    } else {
      throw new Error(`unknown ${cmd.noun} spec: ${spec}`);
    }
  }
  if (remove.some((k) => k in set)) throw new Error(`can not both modify and remove ${cmd.noun === "label" ? "a label" : "an annotation"} in the same command`);
  return { set, remove };
}

function overwriteError(cmd: MetadataMapCommand, current: Record<string, string>, set: Record<string, string>): string | undefined {
  const clashes = Object.keys(set).filter((k) => k in current && current[k] !== set[k]);
  if (clashes.length === 0) return undefined;
  if (cmd.field === "labels") {
    const texts = clashes.map((k) => `'${k}' already has a value (${current[k]}), and --overwrite is false`);
    return texts.length === 1 ? texts[0] : `[${texts.join(", ")}]`;
  }
  return `--overwrite is false but found the following declared annotation(s): ${clashes.map((k) => `'${k}' already has a value (${current[k]})`).join("; ")}`;
}

function runMetadataMapCommand(command: MetadataMapCommand, cmd: ParsedCommand, io: KubectlIO): KubectlResult {
  const out = new Output();
  const { resources, pairs } = resourcesAndPairs(cmd.args, command.noun);
  const local = boolFlag(cmd, "local");
  const hasFiles = Array.isArray(cmd.flags.filename) && (cmd.flags.filename as string[]).length > 0;
  const dryRun = dryRunStrategy(cmd);
  if (local) {
    if (dryRun === "server") throw new Error("cannot specify --local and --dry-run=server - did you mean --dry-run=client?");
    if (resources.length > 0) throw new Error("can only use local files by -f pod.yaml or --filename=pod.json when --local=true is set");
    if (!hasFiles) throw new Error("one or more files must be specified as -f pod.yaml or --filename=pod.json");
  } else if (resources.length === 0 && !hasFiles) {
    throw new Error("one or more resources must be specified as <resource> <name> or <resource>/<name>");
  }
  const { set, remove } = parsePairs(pairs, command);
  const listing = command.field === "labels" && boolFlag(cmd, "list");
  if (Object.keys(set).length === 0 && remove.length === 0 && !listing) throw new Error(`at least one ${command.noun} update is required`);
  const format = outputFormat(cmd, io);
  const overwrite = boolFlag(cmd, "overwrite");
  const selection = selectObjects(cmd, io, resources, { local });
  const errors = [...selection.errors];
  const printed: KubeObject[] = [];
  for (const target of selection.objects) {
    const current = { ...((target.live.metadata[command.field] as Record<string, string> | undefined) ?? {}) };
    if (listing) {
      for (const [k, v] of Object.entries(current)) out.out(`${k}=${v}\n`);
      continue;
    }
    const clash = overwrite ? undefined : overwriteError(command, current, set);
    if (clash) {
      errors.push(new Error(clash));
      continue;
    }
    if (!local && command.field === "labels") for (const k of remove) if (!(k in current)) out.out(`label "${k}" not found.\n`);
    const next = { ...current, ...set };
    for (const k of remove) delete next[k];
    const changed = JSON.stringify(Object.entries(current).sort()) !== JSON.stringify(Object.entries(next).sort());
    let message = "annotated";
    if (command.field === "labels") {
      message = !changed ? "not labeled" : !overwrite && Object.keys(next).length < Object.keys(current).length ? "unlabeled" : "labeled";
    }
    let result: KubeObject = structuredClone(target.live);
    if (Object.keys(next).length > 0 || target.live.metadata[command.field] !== undefined) result.metadata[command.field] = next;
    if (!local && dryRun !== "client" && changed) {
      const patch: Record<string, unknown> = {};
      for (const k of Object.keys(set)) patch[k] = set[k];
      for (const k of remove) if (k in current) patch[k] = null;
      try {
        result = io.cluster.api.patch(target.gvr, target.namespace, target.name, "merge", { metadata: { [command.field]: patch } }, { dryRun: dryRun === "server" });
      } catch (e) {
        errors.push(e);
        continue;
      }
    }
    if (printsObjects(format)) printed.push(result);
    else if (format === "name") out.out(`${kindName(result)}\n`);
    else out.out(`${kindName(result)} ${message}${dryRun === "client" ? " (dry run)" : dryRun === "server" ? " (server dry run)" : ""}\n`);
  }
  if (printed.length > 0) out.out(printWriteObjects(printed, format, cmd, io));
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
}

export const labelCommand: CommandHandler = (cmd, io) => runMetadataMapCommand({ field: "labels", noun: "label" }, cmd, io);
export const annotateCommand: CommandHandler = (cmd, io) => runMetadataMapCommand({ field: "annotations", noun: "annotation" }, cmd, io);
