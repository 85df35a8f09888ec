// Flags the writing commands share: --dry-run (cmdutil.GetDryRunStrategy),
// -o and the success line kubectl prints (`pod/x created (dry run)`).
import type { KubeObject } from "../../apiserver/types";
import type { ParsedCommand } from "../parse-args";
import { printObjects } from "../output/print-objects";
import { outputWithTemplateDefault, printerForOutput } from "../output/output-format";
import { goQuote } from "../go-quote";
import type { DryRun } from "../apply/apply-object";
import type { KubectlIO } from "./command";

export function dryRunStrategy(cmd: ParsedCommand): DryRun {
  const value = typeof cmd.flags["dry-run"] === "string" ? (cmd.flags["dry-run"] as string) : "none";
  switch (value) {
    case "unchanged":
    case "client":
    case "true":
      return "client";
    case "server":
      return "server";
    case "none":
    case "false":
    case "":
      return "none";
    default:
      throw new Error(`Invalid dry-run value (${value}). Must be "none", "server", or "client".`);
  }
}

export function stringFlag(cmd: ParsedCommand, name: string): string {
  const v = cmd.flags[name];
  return typeof v === "string" ? v : "";
}

export function boolFlag(cmd: ParsedCommand, name: string): boolean {
  return cmd.flags[name] === true;
}

export function listFlag(cmd: ParsedCommand, name: string): string[] {
  const v = cmd.flags[name];
  return Array.isArray(v) ? v : [];
}

export function numberFlag(cmd: ParsedCommand, name: string): number {
  const v = cmd.flags[name];
  return typeof v === "number" ? v : 0;
}

/** The suffix PrintFlagsWithDryRunStrategy adds to the operation. */
export function dryRunSuffix(dryRun: DryRun): string {
  return dryRun === "client" ? " (dry run)" : dryRun === "server" ? " (server dry run)" : "";
}

/** PrintFlags of the writing commands (json/yaml, name, template printers), sorted as kubectl lists them. */
export const writeAllowedFormats = [
  "go-template", "go-template-file", "json", "jsonpath", "jsonpath-as-json", "jsonpath-file", "name", "template", "templatefile", "yaml",
];

/** What -o asks of a writing command: a success line (""), `-o name`, or the objects (yaml, json, a jsonpath "template"). */
export type WriteOutputFormat = "" | "yaml" | "json" | "name" | "template";

/** -o as the writing commands' PrintFlags read it: --template without -o on the command line is -o go-template. */
export function writeOutput(cmd: ParsedCommand): string {
  return outputWithTemplateDefault(stringFlag(cmd, "output"), stringFlag(cmd, "template"), cmd.changed.includes("output"));
}

function templatePrinter(cmd: ParsedCommand, io: Pick<KubectlIO, "readFile"> | undefined, typed: boolean) {
  return printerForOutput(writeOutput(cmd), {
    allowMissingKeys: cmd.flags["allow-missing-template-keys"] !== false,
    typed,
    allowedFormats: writeAllowedFormats,
    templateArgument: stringFlag(cmd, "template"),
    // Without io the command cannot read a -o jsonpath-file template: it fails when it prints.
    readFile: (path) => {
      if (!io) throw new Error(`open ${path}: no such file or directory`);
      return io.readFile(path);
    },
  });
}

/**
 * `-o` for a writing command, checked before the command does anything as PrintFlags.ToPrinter
 * is in Complete: an unknown format or a template that does not parse throws kubectl's error.
 */
export function outputFormat(cmd: ParsedCommand, io?: Pick<KubectlIO, "readFile">): WriteOutputFormat {
  const o = writeOutput(cmd);
  if (o === "" || o === "yaml" || o === "json" || o === "name") return o;
  // printerForOutput takes "wide" for the table printer, which writing commands do not have.
  if (o === "wide") throw new Error(`unable to match a printer suitable for the output format ${goQuote(o)}, allowed formats are: ${writeAllowedFormats.join(",")}`);
  if (io) templatePrinter(cmd, io, false);
  else if (!o.startsWith("jsonpath-file")) templatePrinter(cmd, undefined, false);
  return "template";
}

/** Whether the format prints the objects themselves rather than one line per object. */
export function printsObjects(format: WriteOutputFormat): format is "yaml" | "json" | "template" {
  return format === "yaml" || format === "json" || format === "template";
}

export interface WritePrintOptions {
  /** Objects built on the client (generators, --local, client dry run) print as Go structs. */
  typed?: boolean;
  /** apply prints all its objects once, as a v1 List when several (apply.go printObjects); others print each. */
  templateOnList?: boolean;
}

/** The objects as -o yaml|json (one, or a v1 List of several) or a jsonpath template (each object in turn); "" for other formats. */
export function printWriteObjects(
  objs: KubeObject[],
  format: WriteOutputFormat,
  cmd: ParsedCommand,
  io: Pick<KubectlIO, "readFile"> | undefined,
  options: WritePrintOptions = {},
): string {
  if (objs.length === 0 || !printsObjects(format)) return "";
  if (format !== "template") return printObjects(objs, format, { typed: options.typed });
  const printer = templatePrinter(cmd, io, options.typed === true);
  if (!printer) return "";
  if (options.templateOnList && objs.length > 1) {
    return printer.print({ apiVersion: "v1", items: objs, kind: "List", metadata: { resourceVersion: "" } });
  }
  return objs.map((obj) => printer.print(obj)).join("");
}

/** How kubectl names an object in a success line: `deployment.apps/web`. */
export function kindName(obj: KubeObject): string {
  const slash = obj.apiVersion.indexOf("/");
  const group = slash < 0 ? "" : obj.apiVersion.slice(0, slash);
  return `${obj.kind.toLowerCase()}${group ? `.${group}` : ""}/${obj.metadata.name ?? ""}`;
}

/** One object's line: the success line, or `-o name`; yaml/json are printed by the caller. */
export function operationLine(obj: KubeObject, operation: string, format: WriteOutputFormat, dryRun: DryRun): string {
  if (format === "name") return printObjects([obj], "name");
  return `${kindName(obj)} ${operation}${dryRunSuffix(dryRun)}\n`;
}
