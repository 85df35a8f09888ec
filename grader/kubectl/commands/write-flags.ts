// Flags the writing commands share: --dry-run (cmdutil.GetDryRunStrategy),
// -o and the success line kubectl prints (`pod/x created (dry run)`).
import type { KubeObject } from "../../apiserver/types";
import type { ParsedCommand } from "../parse-args";
import { printObjects } from "../output/print-objects";
import type { DryRun } from "../apply/apply-object";

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

/** `-o yaml|json|name` or the empty string for the success line. */
export function outputFormat(cmd: ParsedCommand): "" | "yaml" | "json" | "name" {
  const o = stringFlag(cmd, "output");
  if (o === "" || o === "yaml" || o === "json" || o === "name") return o;
  throw new Error(
    `unable to match a printer suitable for the output format "${o}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`,
  );
}

/** How kubectl names an object in a success line: `deployment.apps/web`. */
export function kindName(obj: KubeObject): string {
  const slash = obj.apiVersion.indexOf("/");
  const group = slash < 0 ? "" : obj.apiVersion.slice(0, slash);
  return `${obj.kind.toLowerCase()}${group ? `.${group}` : ""}/${obj.metadata.name ?? ""}`;
}

/** One object's line: the success line, or `-o name`; yaml/json are printed by the caller. */
export function operationLine(obj: KubeObject, operation: string, format: "" | "yaml" | "json" | "name", dryRun: DryRun): string {
  if (format === "name") return printObjects([obj], "name");
  return `${kindName(obj)} ${operation}${dryRunSuffix(dryRun)}\n`;
}
