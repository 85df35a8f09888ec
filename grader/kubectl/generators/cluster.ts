// create namespace / serviceaccount / quota / poddisruptionbudget / priorityclass
// (pkg/cmd/create/create_namespace.go, create_serviceaccount.go, create_quota.go, create_pdb.go, create_priorityclass.go).
import type { KubeObject } from "../../apiserver/types";
import type { ParsedCommand } from "../parse-args";
import { isUsageError, usageError, type KubectlUsageError } from "../usage-error";
import { flagBool, flagString, flagNumber } from "./context";
import { nameFromArgs } from "./name-arg";
import { explicitNamespace, objectMeta, sortedRecord, typed } from "./object-meta";

export function generateNamespace(parsed: ParsedCommand): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  return typed("Namespace", "v1", { metadata: objectMeta(name), spec: {}, status: {} });
}

export function generateServiceAccount(parsed: ParsedCommand): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  return typed("ServiceAccount", "v1", { metadata: objectMeta(name, explicitNamespace(parsed)) });
}

export function generateQuota(parsed: ParsedCommand): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  const spec: Record<string, unknown> = {};
  const hardText = flagString(parsed, "hard");
  if (hardText !== "") {
    const hard: [string, string][] = [];
    for (const item of hardText.split(",")) {
      const parts = item.split("=");
      if (parts.length !== 2) return usageError(`invalid argument ${item}`);
      hard.push([parts[0] ?? "", parts[1] ?? ""]);
    }
    spec["hard"] = sortedRecord(hard);
  }
  const scopes = flagString(parsed, "scopes");
  if (scopes !== "") spec["scopes"] = scopes.split(",");
  return typed("ResourceQuota", "v1", { metadata: objectMeta(name, explicitNamespace(parsed)), spec, status: {} });
}

/** intstr.Parse: a whole number becomes an int, anything else stays a string. */
function intOrString(text: string): number | string {
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

export function generatePodDisruptionBudget(parsed: ParsedCommand): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  const spec: Record<string, unknown> = {};
  const minAvailable = flagString(parsed, "min-available");
  const maxUnavailable = flagString(parsed, "max-unavailable");
  if (minAvailable !== "") spec["minAvailable"] = intOrString(minAvailable);
  const selector = flagString(parsed, "selector");
  const matchLabels: [string, string][] = [];
  for (const item of selector.split(",")) {
    const eq = item.indexOf("=");
    if (eq > 0) matchLabels.push([item.slice(0, eq).trim(), item.slice(eq + 1).replace(/^=/, "").trim()]);
  }
  spec["selector"] = { matchLabels: sortedRecord(matchLabels) };
  if (maxUnavailable !== "") spec["maxUnavailable"] = intOrString(maxUnavailable);
  return typed("PodDisruptionBudget", "policy/v1", {
    metadata: objectMeta(name, explicitNamespace(parsed)),
    spec,
    status: { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 },
  });
}

export function generatePriorityClass(parsed: ParsedCommand): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  const object = typed("PriorityClass", "scheduling.k8s.io/v1", { metadata: objectMeta(name), value: flagNumber(parsed, "value") });
  if (flagBool(parsed, "global-default")) object["globalDefault"] = true;
  const description = flagString(parsed, "description");
  if (description !== "") object["description"] = description;
  object["preemptionPolicy"] = flagString(parsed, "preemption-policy");
  return object;
}
