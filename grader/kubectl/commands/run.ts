// `kubectl run` (k8s.io/kubectl/pkg/cmd/run/run.go RunOptions.Run): the
// run-pod/v1 generator's Pod is created (`pod/x created`); --expose first
// prints the Service of the service/v2 generator (`service/x created`);
// --attach/-i with a one-shot command waits for the container, prints its
// output, deletes what it created with --rm, and exits with the container's code.
import type { KubeObject } from "../../apiserver/types";
import type { DryRun } from "../apply/apply-object";
import { generateObject } from "../generators";
import { parseKubectlArgs, type ParsedCommand } from "../parse-args";
import { namespaceChoice } from "../resource-builder";
import { isUsageError } from "../usage-error";
import { Output, type CommandHandler, type KubectlIO, type KubectlResult } from "./command";
import { createObject } from "./create-object";
import { deleteCommand } from "./delete";
import { generatorContext } from "./generator-context";
import { longestSimulatedWaitMs } from "./wait-for";
import { boolFlag, dryRunStrategy, operationLine, outputFormat, printsObjects, printWriteObjects, stringFlag } from "./write-flags";

const pods = { group: "", version: "v1", resource: "pods" };

interface ContainerStatus {
  restartCount?: number;
  state?: { terminated?: { exitCode?: number; reason?: string; message?: string } };
  lastState?: { terminated?: unknown };
}
interface PodStatus {
  phase?: string;
  containerStatuses?: ContainerStatus[];
}

/** The Service run.go's generateService builds: selector and labels from --labels (else run=NAME), the port as targetPort. */
export function runService(pod: KubeObject, cmd: ParsedCommand): KubeObject {
  const name = pod.metadata.name ?? "";
  const labels = stringFlag(cmd, "labels") ? pod.metadata.labels : undefined;
  const port = Number(stringFlag(cmd, "port"));
  const metadata: KubeObject["metadata"] = { name };
  if (labels) metadata.labels = { ...labels };
  if (pod.metadata.namespace) metadata.namespace = pod.metadata.namespace;
  return {
    apiVersion: "v1",
    kind: "Service",
    metadata,
    spec: { ports: [{ port, protocol: "TCP", targetPort: port }], selector: labels ? { ...labels } : { run: name } },
    status: { loadBalancer: {} },
  };
}

function print(out: Output, obj: KubeObject, format: ReturnType<typeof outputFormat>, dryRun: DryRun, cmd: ParsedCommand, io: KubectlIO): void {
  if (printsObjects(format)) out.out(printWriteObjects([obj], format, cmd, io, { typed: dryRun === "client" }));
  else out.out(operationLine(obj, "created", format, dryRun));
}

function podStatus(io: KubectlIO, ns: string, name: string): PodStatus {
  try {
    return (io.cluster.api.get(pods, ns, name).status ?? {}) as PodStatus;
  } catch {
    return {};
  }
}

/** Lets virtual time pass (scripts in containers run asynchronously) until `done()`. */
async function settleUntilAsync(io: KubectlIO, done: () => boolean): Promise<boolean> {
  for (let waited = 0; waited < longestSimulatedWaitMs; waited += 1000) {
    if (done()) return true;
    await io.cluster.settleAsync({ forMs: 1000 });
  }
  return done();
}

/** The attached run: wait for the one-shot container, print its output, then the exit code run.go returns. */
async function attachAndWait(io: KubectlIO, out: Output, ns: string, name: string, restartPolicy: string, leaveStdinOpen: boolean): Promise<number> {
  const finishedOnce = () => {
    const s = podStatus(io, ns, name);
    const c = s.containerStatuses?.[0];
    return s.phase === "Succeeded" || s.phase === "Failed" || c?.state?.terminated !== undefined || (c?.restartCount ?? 0) > 0;
  };
  await settleUntilAsync(io, finishedOnce);
  const first = podStatus(io, ns, name).containerStatuses?.[0];
  try {
    out.out(io.cluster.kubelet?.logs(ns, name, undefined, { previous: !first?.state?.terminated && (first?.restartCount ?? 0) > 0 }) ?? "");
  } catch (e) {
    out.err(`${e instanceof Error ? e.message : String(e)}\n`);
  }
  const waitForExitCode = !leaveStdinOpen && (restartPolicy === "Never" || restartPolicy === "OnFailure");
  if (!waitForExitCode) return 0;
  // podCompleted for Never, podSucceeded for OnFailure.
  await settleUntilAsync(io, () => {
    const phase = podStatus(io, ns, name).phase;
    return phase === "Succeeded" || (restartPolicy === "Never" && phase === "Failed");
  });
  const status = podStatus(io, ns, name);
  if (status.phase === "Succeeded") return 0;
  if (status.phase === "Failed") {
    const terminated = status.containerStatuses?.[0]?.state?.terminated;
    const rc = terminated?.exitCode ?? 0;
    if (!terminated || rc === 0) {
      out.err(`error: pod ${ns}/${name} failed with unknown exit code\n`);
      return 1;
    }
    // uexec.CodeExitError: checkErr prints the message as is and exits with the code.
    out.err(`pod ${ns}/${name} terminated (${terminated.reason ?? ""})\n${terminated.message ?? ""}\n`);
    return rc;
  }
  out.err(`error: pod ${ns}/${name} left in phase ${status.phase ?? ""}\n`);
  return 1;
}

/** removeCreatedObjects: `kubectl delete` of each object, printing `pod "x" deleted from default namespace`. */
function removeCreated(io: KubectlIO, out: Output, created: KubeObject[], cascade: string): void {
  for (const obj of created) {
    const parsed = parseKubectlArgs(["delete", obj.kind === "Service" ? "services" : "pods", obj.metadata.name ?? "", "-n", obj.metadata.namespace ?? "", `--cascade=${cascade}`, "--wait=false"]);
    if (parsed.kind !== "command") continue;
    const r = deleteCommand(parsed, io) as KubectlResult;
    out.out(r.stdout);
    out.err(r.stderr);
  }
}

export const runCommand: CommandHandler = async (cmd, io) => {
  const out = new Output();
  const generated = generateObject(cmd, generatorContext(io));
  if (isUsageError(generated)) return { stdout: "", stderr: generated.stderr, exitCode: generated.exitCode };
  const dryRun = dryRunStrategy(cmd);
  const format = outputFormat(cmd, io);
  const ns = namespaceChoice(cmd.flags, io).namespace;
  const create = (obj: KubeObject) => (dryRun === "client" ? obj : createObject(io.cluster.api, obj, { namespace: ns, dryRun: dryRun === "server" }));
  const pod = create(generated);
  const created: KubeObject[] = [pod];
  if (boolFlag(cmd, "expose")) {
    const service = create(runService(generated, cmd));
    created.push(service);
    print(out, service, format, dryRun, cmd, io);
    if (format === "yaml") out.out("---\n");
  }
  const attach = boolFlag(cmd, "attach") || boolFlag(cmd, "stdin") || boolFlag(cmd, "tty");
  if (!attach) {
    // The YAML printer separates every object after its first with `---`.
    if (format === "yaml" && created.length > 1) out.out("---\n");
    print(out, pod, format, dryRun, cmd, io);
    return out.result(0);
  }
  const restartPolicy = ((pod.spec ?? {}) as { restartPolicy?: string }).restartPolicy ?? "Always";
  const exitCode = await attachAndWait(io, out, pod.metadata.namespace ?? ns, pod.metadata.name ?? "", restartPolicy, boolFlag(cmd, "leave-stdin-open"));
  if (boolFlag(cmd, "rm")) {
    // The deferred removal runs before checkErr prints Run's error.
    const errText = out.stderr;
    out.stderr = "";
    removeCreated(io, out, created, stringFlag(cmd, "cascade") || "background");
    out.err(errText);
  }
  return out.result(exitCode);
};
