// `kubectl autoscale` (k8s.io/kubectl/pkg/cmd/autoscale/autoscale.go): an
// autoscaling/v2 HorizontalPodAutoscaler targeting a scalable object;
// `--cpu=70%|500m`, `--memory=60%|200Mi`, deprecated `--cpu-percent`;
// `horizontalpodautoscaler.autoscaling/web autoscaled` (`created (dry run)` client-side).
import { parseQuantity } from "../../apiserver/quantity";
import type { KubeObject } from "../../apiserver/types";
import { namespaceChoice, selectObjects } from "../resource-builder";
import { formatCommandErrors } from "./check-err";
import { Output, type CommandHandler } from "./command";
import { createObject } from "./create-object";
import { dryRunStrategy, numberFlag, operationLine, outputFormat, stringFlag, printsObjects, printWriteObjects } from "./write-flags";

type MetricTarget = { type: "Utilization"; averageUtilization: number } | { type: "AverageValue"; averageValue: string };

// The kinds whose REST resource has a scale subresource in discovery.
const scalable = new Set(["apps/Deployment", "apps/ReplicaSet", "apps/StatefulSet", "/ReplicationController"]);
const defaultUnits: Record<string, string> = { cpu: "m", memory: "Mi" };
const goFloat = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** parseResourceInput: `N%` is a utilization, a bare number gets the default unit, else a quantity. */
export function parseResourceInput(input: string, resource: "cpu" | "memory"): MetricTarget {
  const text = input.trim();
  if (text === "") throw new Error("empty input");
  if (text.endsWith("%")) {
    const trimmed = text.slice(0, -1);
    const value = /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : NaN;
    if (!Number.isInteger(value) || value < 0 || value > 2147483647) throw new Error(`invalid percentage value: ${trimmed}`);
    return { type: "Utilization", averageUtilization: value };
  }
  if (goFloat.test(text)) return { type: "AverageValue", averageValue: parseQuantity(`${Number(text)}${defaultUnits[resource]}`).toString() };
  try {
    return { type: "AverageValue", averageValue: parseQuantity(text).toString() };
  } catch {
    throw new Error(`invalid resource ${resource} value: ${text}`);
  }
}

interface AutoscaleParams {
  name: string;
  min: number;
  max: number;
  cpuPercent: number;
  cpu: string;
  memory: string;
}

/** Validate's checks, in order; undefined when the flags are fine. */
function validate(p: AutoscaleParams): string | undefined {
  if (p.max < 1) return `--max=MAXPODS is required and must be at least 1, max: ${p.max}`;
  if (p.max < p.min) return `--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${p.max}, min: ${p.min}`;
  if (p.cpuPercent > 0 && p.cpu !== "") return "--cpu-percent and --cpu are mutually exclusive";
  try {
    if (p.cpu !== "") parseResourceInput(p.cpu, "cpu");
    if (p.memory !== "") parseResourceInput(p.memory, "memory");
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return undefined;
}

/** createHorizontalPodAutoscalerV2. */
export function hpaFor(target: KubeObject, p: AutoscaleParams): KubeObject {
  const metric = (name: string, target: MetricTarget) => ({ type: "Resource", resource: { name, target } });
  const metrics: unknown[] = [];
  if (p.cpuPercent > 0) metrics.push(metric("cpu", { type: "Utilization", averageUtilization: p.cpuPercent }));
  if (p.cpu !== "") metrics.push(metric("cpu", parseResourceInput(p.cpu, "cpu")));
  if (p.memory !== "") metrics.push(metric("memory", parseResourceInput(p.memory, "memory")));
  const spec: Record<string, unknown> = {
    scaleTargetRef: { apiVersion: target.apiVersion, kind: target.kind, name: target.metadata.name ?? "" },
    maxReplicas: p.max,
  };
  if (p.min > 0) spec.minReplicas = p.min;
  if (metrics.length > 0) spec.metrics = metrics;
  return { apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", metadata: { name: p.name || (target.metadata.name ?? "") }, spec };
}

export const autoscaleCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const params: AutoscaleParams = {
    name: stringFlag(cmd, "name"),
    min: numberFlag(cmd, "min"),
    max: numberFlag(cmd, "max"),
    cpuPercent: numberFlag(cmd, "cpu-percent"),
    cpu: stringFlag(cmd, "cpu"),
    memory: stringFlag(cmd, "memory"),
  };
  const invalid = validate(params);
  if (invalid) {
    out.err(formatCommandErrors([new Error(invalid)]));
    return out.result(1);
  }
  const dryRun = dryRunStrategy(cmd);
  const format = outputFormat(cmd, io);
  const ns = namespaceChoice(cmd.flags, io).namespace;
  // No Latest(): objects from -f are taken as the file has them.
  const selection = selectObjects(cmd, io, cmd.args, { local: true });
  if (selection.errors.length > 0) {
    out.err(formatCommandErrors(selection.errors));
    return out.result(1);
  }
  try {
    for (const target of selection.objects) {
      const { group, version, resource, kind } = target.resource;
      if (!scalable.has(`${group}/${kind}`)) {
        throw new Error(`cannot autoscale a ${kind}: could not find scale subresource for ${group}/${version}, Resource=${resource} in discovery information`);
      }
      const hpa = hpaFor(target.live, params);
      if (dryRun === "client") {
        // The typed autoscaling/v2 object kubectl prints carries an empty status.
        const typed = { ...hpa, status: { currentMetrics: null, desiredReplicas: 0 } } as KubeObject;
        out.out(printsObjects(format) ? printWriteObjects([typed], format, cmd, io, { typed: true }) : operationLine(hpa, "created", format, dryRun));
        continue;
      }
      const created = createObject(io.cluster.api, hpa, { namespace: ns, dryRun: dryRun === "server" });
      out.out(printsObjects(format) ? printWriteObjects([created], format, cmd, io) : operationLine(created, "autoscaled", format, dryRun));
    }
  } catch (e) {
    out.err(formatCommandErrors([e]));
    return out.result(1);
  }
  if (selection.objects.length === 0) {
    out.err("error: no objects passed to autoscale\n");
    return out.result(1);
  }
  return out.result(0);
};
