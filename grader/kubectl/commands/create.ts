// `kubectl create -f` (k8s.io/kubectl/pkg/cmd/create/create.go RunCreate) and
// `kubectl create <generator>` (create_*.go): the object goes to the server
// unless --dry-run=client; `--save-config` stores the last-applied annotation.
import { objectsFromFileFlags } from "../resource-builder/objects-from-flags";
import { createObject } from "./create-object";
import type { KubeObject } from "../../apiserver/types";
import { withLastApplied } from "../apply/last-applied";
import { generateObject } from "../generators";
import { printObjects } from "../output/print-objects";
import type { ParsedCommand } from "../parse-args";
import { namespaceChoice } from "../resource-builder";
import { isUsageError } from "../usage-error";
import { addSourceToErr, formatCommandErrors } from "./check-err";
import { Output, type CommandHandler, type KubectlIO } from "./command";
import { generatorContext } from "./generator-context";
import { boolFlag, dryRunStrategy, operationLine, outputFormat } from "./write-flags";

function printResult(out: Output, objs: KubeObject[], format: ReturnType<typeof outputFormat>, lines: string[]): void {
  if (format === "yaml" || format === "json") {
    if (objs.length > 0) out.out(printObjects(objs, format));
  } else {
    for (const line of lines) out.out(line);
  }
}

/** `kubectl create -f FILE`. */
export const createFromFilesCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const mapped = objectsFromFileFlags(cmd, io);
  if (!mapped.ok) {
    out.err(mapped.stderr);
    return out.result(1);
  }
  const dryRun = dryRunStrategy(cmd);
  const format = outputFormat(cmd);
  const errors: unknown[] = [...mapped.errors];
  const objs: KubeObject[] = [];
  const lines: string[] = [];
  for (const info of mapped.infos) {
    const obj = boolFlag(cmd, "save-config") ? withLastApplied(info.object) : info.object;
    try {
      const created =
        dryRun === "client" ? obj : createObject(io.cluster.api, obj, { namespace: info.namespace || undefined, dryRun: dryRun === "server" });
      objs.push(created);
      lines.push(operationLine(created, "created", format, dryRun));
    } catch (e) {
      errors.push(addSourceToErr("creating", info.source, e));
    }
  }
  if (mapped.infos.length === 0 && errors.length === 0) errors.push(new Error("no objects passed to create"));
  printResult(out, objs, format, lines);
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
};

/** `kubectl create deployment|job|configmap|...`: the generator's object, sent to the server. */
export function runGenerator(cmd: ParsedCommand, io: KubectlIO, operation = "created"): ReturnType<CommandHandler> {
  const out = new Output();
  const generated = generateObject(cmd, generatorContext(io));
  if (isUsageError(generated)) return { stdout: "", stderr: generated.stderr, exitCode: generated.exitCode };
  const dryRun = dryRunStrategy(cmd);
  const format = outputFormat(cmd);
  const obj = boolFlag(cmd, "save-config") ? withLastApplied(generated) : generated;
  const ns = namespaceChoice(cmd.flags, io);
  const created = dryRun === "client" ? obj : createObject(io.cluster.api, obj, { namespace: ns.namespace, dryRun: dryRun === "server" });
  if (format === "yaml" || format === "json") out.out(printObjects([created], format, { typed: dryRun === "client" }));
  else out.out(operationLine(created, operation, format, dryRun));
  return out.result(0);
}

export const createGeneratorCommand: CommandHandler = (cmd, io) => runGenerator(cmd, io);
