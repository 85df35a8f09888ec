// What kubectl logs/exec and the network reach through the kubelet: container
// logs (kubelet_pods.go validateContainerLogStatus, pod strategy LogLocation),
// exec into a running container, and pods by IP.
import { newBadRequest, newNotFound } from "../apiserver/errors";
import type { ClusterApi } from "../apiserver/api-interface";
import type { KubeObject } from "../apiserver/types";
import { formatLogTimestamp, type ContainerProcess, type ExecResult, type LogSink } from "../runtime";
import type { ContainerRecord, Json, PodRecord } from "./pod-state";

const pods = { group: "", version: "v1", resource: "pods" };

export interface LogOptions {
  previous?: boolean;
  tail?: number;
  timestamps?: boolean;
  sinceSeconds?: number;
}

/** An exec the kubelet refused, with the text kubectl prints after `error: `. */
export class ExecError extends Error {}

function getPod(api: ClusterApi, namespace: string, name: string): KubeObject {
  return api.get(pods, namespace, name);
}

function names(list: unknown): string[] {
  return ((list ?? []) as Json[]).map((c) => c.name as string);
}

/** The container a request means; upstream's errors when it is missing or unknown. */
function resolveContainerName(pod: KubeObject, container: string | undefined): string {
  const spec = pod.spec as Json;
  const app = names(spec.containers);
  const init = names(spec.initContainers);
  const name = pod.metadata.name ?? "";
  if (!container) {
    if (app.length === 1) return app[0];
    const initPart = init.length ? ` or one of the init containers: [${init.join(" ")}]` : "";
    throw newBadRequest(`a container name must be specified for pod ${name}, choose one of: [${app.join(" ")}]${initPart}`);
  }
  if (!app.includes(container) && !init.includes(container)) throw newBadRequest(`container ${container} is not valid for pod ${name}`);
  return container;
}

function render(sink: LogSink | undefined, opts: LogOptions, now: number): string {
  let entries = sink?.entries ?? [];
  if (opts.sinceSeconds !== undefined) entries = entries.filter((e) => e.timeMs >= now - opts.sinceSeconds! * 1000);
  if (opts.tail !== undefined && opts.tail >= 0) entries = entries.slice(Math.max(0, entries.length - opts.tail));
  return entries.map((e) => (opts.timestamps ? `${formatLogTimestamp(e.timeMs)} ${e.line}\n` : `${e.line}\n`)).join("");
}

export function containerLogs(api: ClusterApi, rec: PodRecord | undefined, namespace: string, podName: string, container: string | undefined, opts: LogOptions, now: number): string {
  const pod = getPod(api, namespace, podName);
  const name = resolveContainerName(pod, container);
  const c = rec && rec.uid === pod.metadata.uid ? rec.containers.get(name) : undefined;
  if (opts.previous) {
    if (!c?.lastTerminated || !c.previousLogs) throw newBadRequest(`previous terminated container "${name}" in pod "${podName}" not found`);
    return render(c.previousLogs, opts, now);
  }
  if (!c) throw newBadRequest(`container "${name}" in pod "${podName}" is waiting to start: ContainerCreating`);
  if (c.state.kind === "running" || c.state.kind === "terminated") return render(c.logs, opts, now);
  if (c.lastTerminated) return render(c.logs, opts, now);
  if (c.state.reason === "ErrImagePull") throw newBadRequest(`container "${name}" in pod "${podName}" is waiting to start: image can't be pulled`);
  if (c.state.reason === "ImagePullBackOff") throw newBadRequest(`container "${name}" in pod "${podName}" is waiting to start: trying and failing to pull image`);
  throw newBadRequest(`container "${name}" in pod "${podName}" is waiting to start: ${c.state.reason}`);
}

export function execInContainer(api: ClusterApi, rec: PodRecord | undefined, namespace: string, podName: string, container: string | undefined, argv: string[]): ExecResult | Promise<ExecResult> {
  const pod = getPod(api, namespace, podName);
  const name = resolveContainerName(pod, container);
  const phase = (pod.status as Json | undefined)?.phase as string | undefined;
  if (phase === "Succeeded" || phase === "Failed") throw new ExecError(`cannot exec into a container in a completed pod; current phase is ${phase}`);
  const c = rec && rec.uid === pod.metadata.uid ? rec.containers.get(name) : undefined;
  if (!c?.process || c.process.state !== "running") throw new ExecError(`unable to upgrade connection: container not found ("${name}")`);
  return c.process.exec(argv);
}

export interface RunningContainer {
  name: string;
  process: ContainerProcess;
}

export function runningContainers(rec: PodRecord | undefined): RunningContainer[] {
  if (!rec) return [];
  const out: RunningContainer[] = [];
  for (const c of rec.containers.values() as IterableIterator<ContainerRecord>) if (c.process?.state === "running") out.push({ name: c.name, process: c.process });
  return out;
}

export { newNotFound };
