// `kubectl create -f` (k8s.io/kubectl/pkg/cmd/create/create.go RunCreate) and
// `kubectl create <generator>` (create_*.go): the object goes to the server
// unless --dry-run=client; `--save-config` stores the last-applied annotation.
import { objectsFromFileFlags } from "../resource-builder/objects-from-flags";
import { createObject } from "./create-object";
import { isStatusError } from "../../apiserver/errors";
import type { KubeObject } from "../../apiserver/types";
import { withLastApplied } from "../apply/last-applied";
import { generateObject } from "../generators";
import type { ParsedCommand } from "../parse-args";
import { namespaceChoice } from "../resource-builder";
import { isUsageError } from "../usage-error";
import { addSourceToErr, formatCommandErrors } from "./check-err";
import { Output, type CommandHandler, type KubectlIO } from "./command";
import { generatorContext } from "./generator-context";
import { boolFlag, dryRunStrategy, operationLine, outputFormat, printsObjects, printWriteObjects } from "./write-flags";

function printResult(out: Output, objs: KubeObject[], format: ReturnType<typeof outputFormat>, lines: string[], cmd: ParsedCommand, io: KubectlIO): void {
  if (printsObjects(format)) {
    if (objs.length > 0) out.out(printWriteObjects(objs, format, cmd, io));
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
  const format = outputFormat(cmd, io);
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
  printResult(out, objs, format, lines, cmd, io);
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
};

// The create_*.go Run functions wrap the server's error with fmt.Errorf("failed to create ...: %v"),
// which hides its reason from CheckErr: `error: failed to create deployment: deployments.apps "a" already exists`.
const wrappedCreateErrors: Record<string, string> = {
  "create deployment": "failed to create deployment: ",
  "create job": "failed to create job: ",
  "create cronjob": "failed to create cronjob: ",
  "create configmap": "failed to create configmap: ",
  "create secret generic": "failed to create secret ",
  "create secret docker-registry": "failed to create secret ",
  "create secret tls": "failed to create secret ",
  "create serviceaccount": "failed to create serviceaccount: ",
  "create quota": "failed to create quota: ",
  "create poddisruptionbudget": "failed to create poddisruptionbudgets: ",
  "create priorityclass": "failed to create priorityclass: ",
  "create rolebinding": "failed to create rolebinding: ",
  "create clusterrolebinding": "failed to create clusterrolebinding: ",
  "create ingress": "failed to create ingress: ",
  "create service clusterip": "failed to create ClusterIP service: ",
  "create service nodeport": "failed to create NodePort service: ",
  "create service loadbalancer": "failed to create LoadBalancer service: ",
  "create service externalname": "failed to create ExternalName service: ",
};

function createFailurePrefix(cmd: ParsedCommand): string | undefined {
  return wrappedCreateErrors[cmd.path.join(" ")];
}

/** `kubectl create deployment|job|configmap|...`: the generator's object, sent to the server. */
export function runGenerator(cmd: ParsedCommand, io: KubectlIO, operation = "created"): ReturnType<CommandHandler> {
  const out = new Output();
  const generated = generateObject(cmd, generatorContext(io));
  if (isUsageError(generated)) return { stdout: "", stderr: generated.stderr, exitCode: generated.exitCode };
  const dryRun = dryRunStrategy(cmd);
  const format = outputFormat(cmd, io);
  const obj = boolFlag(cmd, "save-config") ? withLastApplied(generated) : generated;
  const ns = namespaceChoice(cmd.flags, io);
  let created = obj;
  try {
    if (dryRun !== "client") created = createObject(io.cluster.api, obj, { namespace: ns.namespace, dryRun: dryRun === "server" });
  } catch (e) {
    const prefix = createFailurePrefix(cmd);
    if (prefix === undefined || !isStatusError(e)) throw e;
    throw new Error(`${prefix}${e.message}`, { cause: e });
  }
  if (printsObjects(format)) out.out(printWriteObjects([created], format, cmd, io, { typed: dryRun === "client" }));
  else out.out(operationLine(created, operation, format, dryRun));
  return out.result(0);
}

export const createGeneratorCommand: CommandHandler = (cmd, io) => runGenerator(cmd, io);
