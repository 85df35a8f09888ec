// `kubectl apply -f` (client-side): k8s.io/kubectl/pkg/cmd/apply/apply.go Run.
// Every object is applied even when others fail; the errors follow, exit 1.
import { objectsFromFileFlags } from "../resource-builder/objects-from-flags";
import type { KubeObject } from "../../apiserver/types";
import { applyObject } from "../apply/apply-object";
import { formatCommandErrors } from "./check-err";
import { Output, type CommandHandler } from "./command";
import { dryRunStrategy, operationLine, outputFormat, stringFlag, printsObjects, printWriteObjects } from "./write-flags";

export const applyCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const mapped = objectsFromFileFlags(cmd, io);
  if (!mapped.ok) {
    out.err(mapped.stderr);
    return out.result(1);
  }
  const dryRun = dryRunStrategy(cmd);
  const format = outputFormat(cmd, io);
  const errors: unknown[] = [...mapped.errors];
  if (mapped.infos.length === 0 && errors.length === 0) {
    out.err("error: no objects passed to apply\n");
    return out.result(1);
  }
  const printed: KubeObject[] = [];
  for (const info of mapped.infos) {
    try {
      const outcome = applyObject(io.cluster.api, info, dryRun, stringFlag(cmd, "field-manager"));
      for (const w of outcome.warnings) out.err(w);
      if (printsObjects(format)) printed.push(outcome.object);
      else out.out(operationLine(outcome.object, outcome.operation, format, dryRun));
    } catch (e) {
      errors.push(e);
    }
  }
  if (printed.length > 0) out.out(printWriteObjects(printed, format, cmd, io, { templateOnList: true }));
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
};
