// What -o means to `kubectl edit` (k8s.io/kubectl/pkg/cmd/util/editor/editoptions.go v0.34.5):
// editPrinterOptions takes -o for the editor's file, which only json and yaml can print (any
// other format fails before the editor opens); after the edit, o.ToPrinter(operation) prints each
// object: the `edited`/`skipped` line, -o yaml|json, or the go-template a --template alone asks for.
import type { KubeObject } from "../../apiserver/types";
import { goQuote } from "../go-quote";
import type { ParsedCommand } from "../parse-args";
import { outputWithTemplateDefault, printerForOutput } from "../output/output-format";
import { printObjects } from "../output/print-objects";
import type { KubectlIO } from "./command";
import { kindName, stringFlag, writeAllowedFormats } from "./write-flags";

/** How the objects are shown in the editor. */
export interface EditorFormat {
  format: "yaml" | "json";
  /** The commented header (with the reasons of a failed save) is left out of a JSON file. */
  header: boolean;
  /** The temporary file's extension. */
  ext: "yaml" | "json";
}

/** editPrinterOptions.Complete and its PrintObj: throws NoCompatiblePrinterError's text for a format other than json or yaml. */
export function editorFormat(cmd: ParsedCommand): EditorFormat {
  const output = stringFlag(cmd, "output");
  const format = output === "" ? "yaml" : output.toLowerCase();
  if (format !== "yaml" && format !== "json") {
    throw new Error(`unable to match a printer suitable for the output format ${goQuote(output)}, allowed formats are: json,yaml`);
  }
  // Complete compares -o as given (`-o JSON` keeps the header and .yaml); the printer lower-cases it.
  return output === "json" ? { format, header: false, ext: "json" } : { format, header: true, ext: "yaml" };
}

/**
 * o.ToPrinter(operation).PrintObj for one edited or skipped object. The printer is built at each
 * call, as upstream builds it after the patch: a --template that does not parse fails only then.
 */
export function printEditResult(cmd: ParsedCommand, io: Pick<KubectlIO, "readFile">, obj: KubeObject, operation: string): string {
  const template = stringFlag(cmd, "template");
  const output = outputWithTemplateDefault(stringFlag(cmd, "output"), template, cmd.changed.includes("output"));
  if (output === "") return `${kindName(obj)} ${operation}\n`;
  const lower = output.toLowerCase();
  // A fresh YAMLPrinter per object: no `---` between the documents of several objects.
  if (lower === "yaml" || lower === "json") return printObjects([obj], lower);
  const printer = printerForOutput(output, {
    allowMissingKeys: cmd.flags["allow-missing-template-keys"] !== false,
    allowedFormats: writeAllowedFormats,
    readFile: (path) => io.readFile(path),
    templateArgument: template,
  });
  return printer ? printer.print(obj) : "";
}
