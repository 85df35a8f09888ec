// `kubectl logs` (k8s.io/kubectl/pkg/cmd/logs/logs.go, polymorphichelpers/
// logsforobject.go v0.34.5): POD, TYPE/NAME (first pod by ByLogging, `Found 3
// pods, using pod/...`), -l (tail 10 unless --tail), -c, --all-containers,
// --prefix, -p, --timestamps, --since, --limit-bytes; -f prints what exists,
// then what the containers write during a short settle of the virtual clock.
import { isNotFound, isStatusError } from "../../apiserver/errors";
import type { KubeObject } from "../../apiserver/types";
import type { LogOptions } from "../../kubelet/pod-access";
import type { ParsedCommand } from "../parse-args";
import { namespaceChoice } from "../resource-builder";
import { formatCommandErrors } from "./check-err";
import { Output, type CommandHandler, type KubectlIO } from "./command";
import { allContainerNames, containerNames, defaultContainerAnnotation, podSelectorOf, podsForSelector } from "./pod-for-object";
import { boolFlag, numberFlag, stringFlag } from "./write-flags";

const logsUsage = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";
/** How long `-f` lets the cluster run before the simulated stream ends. */
export const followWindowMs = 10_000;
const podsGvr = { group: "", version: "v1", resource: "pods" };

/** One log stream: a pod's container (logsForObject's request map, in a stable order). */
interface LogRequest {
  pod: KubeObject;
  container: string;
}

function usage(cmd: ParsedCommand, message: string): Error {
  return new Error(`${message}\nSee '${cmd.commandPath} -h' for help and examples`);
}

/** logsForObjectWithClient for one pod. */
function requestsForPod(pod: KubeObject, container: string, allContainers: boolean, quietDefault: boolean, out: Output): LogRequest[] {
  if (allContainers) {
    return [...containerNames(pod, "initContainers"), ...containerNames(pod, "containers"), ...containerNames(pod, "ephemeralContainers")].map((c) => ({ pod, container: c }));
  }
  let name = container;
  const annotated = pod.metadata.annotations?.[defaultContainerAnnotation];
  const all = [...containerNames(pod, "containers"), ...containerNames(pod, "initContainers"), ...containerNames(pod, "ephemeralContainers")];
  if (!name && annotated) {
    if (all.includes(annotated)) name = annotated;
    else out.err(`Default container name "${annotated}" not found in pod ${pod.metadata.name ?? ""}\n`);
  }
  if (!name) {
    name = containerNames(pod, "containers")[0] ?? "";
    if (all.length > 1 && !quietDefault) out.err(`Defaulted container "${name}" out of: ${allContainerNames(pod)}\n`);
  }
  if (!all.includes(name)) throw new Error(`container ${name} is not valid for pod ${pod.metadata.name ?? ""}`);
  return [{ pod, container: name }];
}

function logOptions(cmd: ParsedCommand): LogOptions {
  const opts: LogOptions = { previous: boolFlag(cmd, "previous"), timestamps: boolFlag(cmd, "timestamps") };
  const since = numberFlag(cmd, "since");
  if (since !== 0) opts.sinceSeconds = Math.round(since / 1000);
  const tail = numberFlag(cmd, "tail");
  if (stringFlag(cmd, "selector") && tail === -1 && !cmd.changed.includes("tail")) opts.tail = 10;
  else if (tail !== -1) opts.tail = tail;
  return opts;
}

function readLogs(io: KubectlIO, req: LogRequest, opts: LogOptions): string {
  const kubelet = io.cluster.kubelet;
  // A cluster built without kubelets (some unit tests) has no logs to serve.
  if (!kubelet) throw new Error("the cluster runs no kubelet");
  return kubelet.logs(req.pod.metadata.namespace ?? "", req.pod.metadata.name ?? "", req.container, opts);
}

export const logsCommand: CommandHandler = async (cmd, io) => {
  const out = new Output();
  const selector = stringFlag(cmd, "selector");
  const args = cmd.args;
  let resourceArg = "";
  let container = stringFlag(cmd, "container");
  if (args.length === 0 && !selector) throw usage(cmd, logsUsage);
  if (args.length === 1) {
    resourceArg = args[0];
    if (selector) throw usage(cmd, "only a selector (-l) or a POD name is allowed");
  } else if (args.length === 2) {
    resourceArg = args[0];
    container = args[1];
  } else if (args.length > 2) {
    throw usage(cmd, logsUsage);
  }
  const allPods = boolFlag(cmd, "all-pods");
  const prefix = boolFlag(cmd, "prefix") || allPods;
  const allContainers = boolFlag(cmd, "all-containers");
  const { namespace } = namespaceChoice(cmd.flags, io);
  const opts = logOptions(cmd);
  if (stringFlag(cmd, "since-time") && opts.sinceSeconds !== undefined) throw new Error("at most one of `sinceTime` or `sinceSeconds` may be specified");
  if (allContainers && container) throw new Error(`--all-containers=true should not be specified with container name ${container}`);
  if (cmd.changed.includes("container") && args.length === 2) throw new Error("only one of -c or an inline [CONTAINER] arg is allowed");
  if (numberFlag(cmd, "limit-bytes") < 0) throw new Error("--limit-bytes must be greater than 0");
  if (opts.sinceSeconds !== undefined && opts.sinceSeconds < 0) throw new Error("--since must be greater than 0");
  if (opts.tail !== undefined && opts.tail < -1) throw new Error("--tail must be greater than or equal to -1");

  const podTimeout = typeof cmd.flags["pod-running-timeout"] === "number" ? (cmd.flags["pod-running-timeout"] as number) : 20_000;
  const requests: LogRequest[] = [];
  if (selector) {
    const items = io.cluster.api.list(podsGvr, { namespace, labelSelector: selector }).items;
    if (items.length === 0) out.err(`No resources found in ${namespace} namespace.\n`);
    for (const pod of items) requests.push(...requestsForPod(pod, container, allContainers, false, out));
  } else {
    const slash = resourceArg.indexOf("/");
    const info = io.cluster.api.registry.resolveResource(slash < 0 ? "pods" : resourceArg.slice(0, slash));
    if (!info) throw new Error(`the server doesn't have a resource type "${resourceArg.slice(0, slash)}"`);
    const name = slash < 0 ? resourceArg : resourceArg.slice(slash + 1);
    let obj: KubeObject;
    try {
      obj = io.cluster.api.get({ group: info.group, version: info.version, resource: info.resource }, info.namespaced ? namespace : "", name);
    } catch (e) {
      if (isNotFound(e) && isStatusError(e)) throw new Error(`error from server (NotFound): ${e.status.message} in namespace "${namespace}"`, { cause: e });
      throw e;
    }
    if (obj.kind === "Pod") {
      requests.push(...requestsForPod(obj, container, allContainers, false, out));
    } else {
      const podSelector = podSelectorOf(obj);
      if (podSelector === undefined) throw new Error(`cannot get the logs from *${objTypeName(obj)}: selector for ${objTypeName(obj)} not implemented`);
      const candidates = podsForSelector(io, obj.metadata.namespace ?? namespace, podSelector, podTimeout);
      if (candidates.length > 1 && !allPods) out.err(`Found ${candidates.length} pods, using pod/${candidates[0].metadata.name ?? ""}\n`);
      for (const pod of allPods ? candidates : candidates.slice(0, 1)) requests.push(...requestsForPod(pod, container, allContainers, allPods, out));
    }
  }
  const follow = boolFlag(cmd, "follow");
  const maxFollow = numberFlag(cmd, "max-log-requests") || 5;
  if (follow && requests.length > 1 && requests.length > maxFollow) {
    throw new Error(`you are attempting to follow ${requests.length} log streams, but maximum allowed concurrency is ${maxFollow}, use --max-log-requests to increase the limit`);
  }
  const limitBytes = numberFlag(cmd, "limit-bytes");
  const ignoreErrors = boolFlag(cmd, "ignore-errors");
  const write = (req: LogRequest, text: string) => {
    const body = limitBytes > 0 ? new TextDecoder().decode(new TextEncoder().encode(text).slice(0, limitBytes)) : text;
    out.out(prefix ? body.replace(/^(?=.)/gm, `[pod/${req.pod.metadata.name ?? ""}/${req.container}] `) : body);
  };
  const seen: string[] = [];
  for (const req of requests) {
    try {
      const text = readLogs(io, req, opts);
      write(req, text);
      seen.push(readLogs(io, req, { ...opts, tail: undefined }));
    } catch (e) {
      if (!ignoreErrors) return fail(out, e);
      out.out(formatCommandErrors([e]));
      seen.push("");
    }
  }
  if (follow) {
    // settleAsync: container scripts run in just-bash, asynchronously.
    await io.cluster.settleAsync({ forMs: followWindowMs });
    requests.forEach((req, i) => {
      try {
        const now = readLogs(io, req, { ...opts, tail: undefined });
        if (now.startsWith(seen[i])) write(req, now.slice(seen[i].length));
      } catch {
        // The stream ended (the pod went away): kubectl stops following it.
      }
    });
  }
  return out.result();
};

function objTypeName(obj: KubeObject): string {
  const slash = obj.apiVersion.indexOf("/");
  const version = slash < 0 ? obj.apiVersion : obj.apiVersion.slice(slash + 1);
  return `${version}.${obj.kind}`;
}

function fail(out: Output, e: unknown) {
  out.err(formatCommandErrors([e]));
  return out.result(1);
}
