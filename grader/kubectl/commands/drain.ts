// `kubectl drain` (k8s.io/kubectl/pkg/cmd/drain/drain.go, pkg/drain/{drain.go,
// filters.go} v0.34.5): cordon, pick the node's pods through the filters
// (DaemonSet, mirror, emptyDir, unmanaged), evict them (PDB-aware, retried
// every 5s) or delete them (--disable-eviction), wait until they are gone.
import { isNotFound, isStatusError } from "../../apiserver/errors";
import type { KubeObject } from "../../apiserver/types";
import { goDuration } from "../../kubelet/backoff";
import { formatCommandErrors } from "./check-err";
import { Output, type CommandHandler, type KubectlIO } from "./command";
import { cordonNodes, selectNodes } from "./cordon";
import { evictPod } from "./pod-eviction";
import { longestSimulatedWaitMs } from "./wait-for";
import { boolFlag, dryRunStrategy, numberFlag, stringFlag } from "./write-flags";

type Json = Record<string, unknown>;
const podsGvr = { group: "", version: "v1", resource: "pods" };
const daemonSetsGvr = { group: "apps", version: "v1", resource: "daemonsets" };

const daemonSetFatal = "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)";
const daemonSetWarning = "ignoring DaemonSet-managed Pods";
const localStorageFatal = "Pods with local storage (use --delete-emptydir-data to override)";
const unmanagedFatal = "cannot delete Pods that declare no controller (use --force to override)";
const unmanagedWarning = "deleting Pods that declare no controller";
/** Without --timeout drain retries a blocked eviction forever; the simulation stops retrying here. */
export const blockedEvictionCapMs = 60_000;

interface DrainOptions {
  force: boolean;
  ignoreDaemonSets: boolean;
  deleteEmptyDirData: boolean;
  disableEviction: boolean;
  gracePeriod: number;
  timeoutMs: number;
  podSelector: string;
}

interface PodDecision {
  pod: KubeObject;
  remove: boolean;
  kind: "okay" | "skip" | "warning" | "error";
  message: string;
}

const phaseOf = (p: KubeObject) => ((p.status as Json | undefined)?.phase as string | undefined) ?? "";
const finished = (p: KubeObject) => phaseOf(p) === "Succeeded" || phaseOf(p) === "Failed";
const controllerOf = (p: KubeObject) => (p.metadata.ownerReferences ?? []).find((r) => r.controller === true);
const podRef = (p: KubeObject) => `${p.metadata.namespace ?? ""}/${p.metadata.name ?? ""}`;

/** makeFilters: the first filter that does not let the pod be deleted decides. */
function decide(io: KubectlIO, pod: KubeObject, o: DrainOptions): PodDecision {
  const okay = { pod, remove: true, kind: "okay" as const, message: "" };
  const ref = controllerOf(pod);
  // daemonSetFilter
  if (ref && ref.kind === "DaemonSet" && ref.apiVersion === "apps/v1" && !finished(pod)) {
    try {
      io.cluster.api.get(daemonSetsGvr, pod.metadata.namespace ?? "", ref.name);
      return o.ignoreDaemonSets ? { pod, remove: false, kind: "warning", message: daemonSetWarning } : { pod, remove: false, kind: "error", message: daemonSetFatal };
    } catch (e) {
      const text = isStatusError(e) ? (e.status.message ?? "") : String(e);
      if (isNotFound(e) && o.force) return { pod, remove: true, kind: "warning", message: text };
      return { pod, remove: false, kind: "error", message: text };
    }
  }
  // mirrorPodFilter
  if (pod.metadata.annotations?.["kubernetes.io/config.mirror"] !== undefined) return { pod, remove: false, kind: "skip", message: "" };
  // localStorageFilter
  const emptyDir = (((pod.spec as Json | undefined)?.volumes as Json[] | undefined) ?? []).some((v) => v.emptyDir !== undefined);
  // filterPods keeps the last filter's status and the unreplicated filter always follows: no local-storage warning is ever shown.
  if (emptyDir && !finished(pod) && !o.deleteEmptyDirData) return { pod, remove: false, kind: "error", message: localStorageFatal };
  // unreplicatedFilter
  if (!finished(pod) && !ref) {
    if (!o.force) return { pod, remove: false, kind: "error", message: unmanagedFatal };
    return { pod, remove: true, kind: "warning", message: unmanagedWarning };
  }
  return okay;
}

/** Messages grouped as PodDeleteList.Warnings / errors do, in first-seen order. */
function grouped(decisions: PodDecision[], kind: "warning" | "error"): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const d of decisions) {
    if (d.kind !== kind) continue;
    const message = d.message || "unexpected error";
    groups.set(message, [...(groups.get(message) ?? []), podRef(d.pod)]);
  }
  return [...groups.entries()];
}

function podsForDeletion(io: KubectlIO, node: string, o: DrainOptions): { decisions: PodDecision[]; errors: string[] } {
  const items = io.cluster.api.list(podsGvr, { labelSelector: o.podSelector || undefined, fieldSelector: `spec.nodeName=${node}` }).items;
  const decisions = items.map((p) => decide(io, p, o));
  const errors = grouped(decisions, "error").map(([m, refs]) => `cannot delete ${m}: ${refs.join(", ")}`);
  return { decisions, errors };
}

/** utilerrors.NewAggregate(...).Error(). */
const aggregate = (errs: string[]) => (errs.length === 1 ? errs[0] : `[${errs.join(", ")}]`);

function isGone(io: KubectlIO, pod: KubeObject): boolean {
  try {
    return io.cluster.api.get(podsGvr, pod.metadata.namespace ?? "", pod.metadata.name ?? "").metadata.uid !== pod.metadata.uid;
  } catch (e) {
    if (isNotFound(e)) return true;
    throw e;
  }
}

/** evictPods / deletePods on the virtual clock; returns the errors that end the drain of this node. */
function removePods(io: KubectlIO, pods: KubeObject[], o: DrainOptions, out: Output): string[] {
  const grace = o.gracePeriod >= 0 ? o.gracePeriod : undefined;
  const verb = o.disableEviction ? "deleted" : "evicted";
  const pending = new Set<KubeObject>();
  const blocked = new Set<KubeObject>();
  const errors: string[] = [];
  const limitMs = o.timeoutMs > 0 ? o.timeoutMs : blockedEvictionCapMs;
  const attempt = (pod: KubeObject) => {
    if (!o.disableEviction) out.out(`evicting pod ${podRef(pod)}\n`);
    try {
      if (o.disableEviction) io.cluster.api.delete(podsGvr, pod.metadata.namespace ?? "", pod.metadata.name ?? "", { gracePeriodSeconds: grace });
      else evictPod(io, pod, grace);
      blocked.delete(pod);
      pending.add(pod);
    } catch (e) {
      if (isNotFound(e)) {
        blocked.delete(pod);
        return;
      }
      const message = isStatusError(e) ? (e.status.message ?? "") : String(e);
      if (!o.disableEviction && isStatusError(e) && e.status.code === 429) {
        out.err(`error when evicting pods/"${pod.metadata.name ?? ""}" -n "${pod.metadata.namespace ?? ""}" (will retry after 5s): ${message}\n`);
        blocked.add(pod);
        return;
      }
      blocked.delete(pod);
      errors.push(o.disableEviction ? message : `error when evicting pods/"${pod.metadata.name ?? ""}" -n "${pod.metadata.namespace ?? ""}": ${message}`);
    }
  };
  for (const pod of pods) attempt(pod);
  let waited = 0;
  let sinceRetry = 0;
  while ((pending.size > 0 || blocked.size > 0) && waited < Math.min(limitMs, longestSimulatedWaitMs)) {
    io.cluster.settle({ forMs: 1000 });
    waited += 1000;
    sinceRetry += 1000;
    for (const pod of [...pending]) {
      if (!isGone(io, pod)) continue;
      pending.delete(pod);
      out.out(`pod/${pod.metadata.name ?? ""} ${verb}\n`);
    }
    if (sinceRetry >= 5000) {
      sinceRetry = 0;
      for (const pod of [...blocked]) attempt(pod);
    }
  }
  for (const pod of [...blocked, ...pending]) {
    errors.push(`error when evicting pods/"${pod.metadata.name ?? ""}" -n "${pod.metadata.namespace ?? ""}": global timeout reached: ${goDuration(limitMs)}`);
  }
  return errors;
}

export const drainCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const dryRun = dryRunStrategy(cmd);
  const podSelector = stringFlag(cmd, "pod-selector");
  const nodes = selectNodes(cmd, io, "drain NODE");
  const o: DrainOptions = {
    force: boolFlag(cmd, "force"),
    ignoreDaemonSets: boolFlag(cmd, "ignore-daemonsets"),
    deleteEmptyDirData: boolFlag(cmd, "delete-emptydir-data"),
    disableEviction: boolFlag(cmd, "disable-eviction"),
    gracePeriod: cmd.changed.includes("grace-period") ? numberFlag(cmd, "grace-period") : -1,
    timeoutMs: numberFlag(cmd, "timeout"),
    podSelector,
  };
  cordonNodes(nodes, true, dryRun, io, out);
  const fatal: string[] = [];
  const remaining: string[] = [];
  for (const node of nodes) {
    const { decisions, errors } = podsForDeletion(io, node.name, o);
    let err: string | undefined;
    if (errors.length > 0) {
      err = aggregate(errors);
    } else {
      const warnings = grouped(decisions, "warning").map(([m, refs]) => `${m}: ${refs.join(", ")}`);
      if (warnings.length > 0) out.err(`Warning: ${warnings.join("; ")}\n`);
      const victims = decisions.filter((d) => d.remove).map((d) => d.pod);
      if (dryRun === "client") {
        for (const pod of victims) out.out(`evicting pod ${podRef(pod)} (dry run)\n`);
      } else if (dryRun === "server") {
        for (const pod of victims) out.out(`evicting pod ${podRef(pod)} (server dry run)\n`);
      } else {
        const failures = removePods(io, victims, o, out);
        if (failures.length > 0) {
          err = aggregate(failures);
          const left = podsForDeletion(io, node.name, o).decisions.filter((d) => d.remove);
          if (left.length > 0) {
            out.err(`There are pending pods in node "${node.name}" when an error occurred: ${err}\n`);
            for (const d of left) out.err(`pod/${d.pod.metadata.name ?? ""}\n`);
          }
        }
      }
    }
    if (err === undefined) {
      out.out(`node/${node.name} drained${dryRun === "client" ? " (dry run)" : dryRun === "server" ? " (server dry run)" : ""}\n`);
    } else {
      out.err(`error: unable to drain node "${node.name}" due to error: ${err}, continuing command...\n`);
      fatal.push(err);
      remaining.push(node.name);
    }
  }
  if (remaining.length > 0) out.err(`There are pending nodes to be drained:\n${remaining.map((n) => ` ${n}\n`).join("")}`);
  if (fatal.length > 0) {
    out.err(formatCommandErrors([new Error(aggregate(fatal))]));
    return out.result(1);
  }
  return out.result();
};
