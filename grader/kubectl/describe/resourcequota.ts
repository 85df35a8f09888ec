// describeQuota, DescribeResourceQuotas and helpTextForResourceQuotaScope of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { newQuantity, parseQuantity } from "../../apiserver/quantity";
import { DescribeWriter } from "./describe-writer";
import type { Describer } from "./describers";

interface ResourceQuotaView {
  metadata: KubeObject["metadata"];
  spec?: { scopes?: string[] };
  status?: { hard?: Record<string, string>; used?: Record<string, string> };
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** helpTextForResourceQuotaScope: the sentence under each known scope, "" for the others. */
export function quotaScopeHelpText(scope: string): string {
  switch (scope) {
    case "Terminating":
      return "Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.";
    case "NotTerminating":
      return "Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.";
    case "BestEffort":
      return "Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.";
    case "NotBestEffort":
      return "Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.";
    default:
      return "";
  }
}

const sortedScopes = (quota: ResourceQuotaView): string[] => [...(quota.spec?.scopes ?? [])].sort(byCodePoint);

/** `kubectl describe resourcequota`: the text describeQuota prints (no Events section). */
export function describeResourceQuota(obj: KubeObject): string {
  const quota = obj as unknown as ResourceQuotaView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${quota.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${quota.metadata.namespace ?? ""}\n`);
  const scopes = sortedScopes(quota);
  if (scopes.length > 0) {
    w.write(0, `Scopes:\t${scopes.join(", ")}\n`);
    for (const scope of scopes) {
      const help = quotaScopeHelpText(scope);
      if (help) w.write(0, ` * ${help}\n`);
    }
  }
  w.write(0, "Resource\tUsed\tHard\n");
  w.write(0, "--------\t----\t----\n");
  const hard = quota.status?.hard ?? {};
  const used = quota.status?.used ?? {};
  for (const name of Object.keys(hard).sort(byCodePoint)) {
    const hardQuantity = parseQuantity(hard[name]);
    let usedQuantity = used[name] === undefined ? undefined : parseQuantity(used[name]);
    // A used amount in another format is shown in the hard limit's format (bytes as `128Mi`).
    if (usedQuantity?.format !== hardQuantity.format) usedQuantity = newQuantity(usedQuantity?.value() ?? 0n, hardQuantity.format);
    w.write(0, `${name}\t${usedQuantity.toString()}\t${hardQuantity.toString()}\n`);
  }
  return w.toString();
}

/** DescribeResourceQuotas: the `Resource Quotas` section of a namespace, quotas sorted by name. */
export function writeResourceQuotas(w: DescribeWriter, quotas: KubeObject[]): void {
  if (quotas.length === 0) {
    w.write(0, "No resource quota.\n");
    return;
  }
  const sorted = [...(quotas as unknown as ResourceQuotaView[])].sort((a, b) => byCodePoint(a.metadata.name ?? "", b.metadata.name ?? ""));
  w.write(0, "Resource Quotas\n");
  for (const quota of sorted) {
    w.write(1, `Name:\t${quota.metadata.name ?? ""}\n`);
    const scopes = sortedScopes(quota);
    if (scopes.length > 0) {
      w.write(1, `Scopes:\t${scopes.join(", ")}\n`);
      for (const scope of scopes) {
        const help = quotaScopeHelpText(scope);
        if (help) w.write(1, `* ${help}\n`);
      }
    }
    w.write(1, "Resource\tUsed\tHard\n");
    w.write(1, "--------\t---\t---\n");
    const hard = quota.status?.hard ?? {};
    const used = quota.status?.used ?? {};
    for (const name of Object.keys(hard).sort(byCodePoint)) {
      const usedText = used[name] === undefined ? "0" : parseQuantity(used[name]).toString();
      w.write(1, `${name}\t${usedText}\t${parseQuantity(hard[name]).toString()}\n`);
    }
  }
}

export const resourceQuotaDescriber: Describer = (_cluster, obj) => describeResourceQuota(obj);
