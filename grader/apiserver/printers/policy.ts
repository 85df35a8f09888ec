// PodDisruptionBudget, ResourceQuota and PriorityClass columns of printers.go.
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn } from "./columns";
import { view } from "./object-view";
import { intOrStringString, quantityString } from "./quantities";
import { translateTimestampSince } from "./timestamps";

interface PdbView {
  metadata: { name?: string; creationTimestamp?: string };
  spec?: { minAvailable?: number | string | null; maxUnavailable?: number | string | null };
  status?: { disruptionsAllowed?: number };
}

interface ResourceQuotaView {
  metadata: { name?: string; creationTimestamp?: string };
  status?: { hard?: Record<string, string>; used?: Record<string, string> };
}

interface PriorityClassView {
  metadata: { name?: string; creationTimestamp?: string };
  value?: number;
  globalDefault?: boolean;
  preemptionPolicy?: string | null;
}

const intOrNA = (v: number | string | null | undefined): string =>
  v === undefined || v === null ? "N/A" : intOrStringString(v);

export const podDisruptionBudgetPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Min Available", "string", "The minimum number of pods that must be available."),
    column("Max Unavailable", "string", "The maximum number of pods that may be unavailable."),
    column("Allowed Disruptions", "integer", "Calculated number of pods that may be disrupted at this time."),
    ageColumn,
  ],
  row(obj, ctx) {
    const pdb = view<PdbView>(obj);
    return [
      pdb.metadata.name ?? "",
      intOrNA(pdb.spec?.minAvailable),
      intOrNA(pdb.spec?.maxUnavailable),
      pdb.status?.disruptionsAllowed ?? 0,
      translateTimestampSince(pdb.metadata.creationTimestamp, ctx.now),
    ];
  },
};

/** REQUEST and LIMIT cells: `used/hard` per resource of status.hard, sorted; `limits.*` go to LIMIT. */
export function resourceQuotaCells(quota: ResourceQuotaView): [request: string, limit: string] {
  const hard = quota.status?.hard ?? {};
  const used = quota.status?.used ?? {};
  const request: string[] = [];
  const limit: string[] = [];
  const names = Object.keys(hard).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const pieces = name.split(".");
    const target = pieces.length > 1 && pieces[0] === "limits" ? limit : request;
    target.push(`${name}: ${quantityString(used[name])}/${quantityString(hard[name])}`);
  }
  return [request.join(", "), limit.join(", ")];
}

export const resourceQuotaPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Request", "string", "Request represents a minimum amount of cpu/memory that a container may consume."),
    column(
      "Limit",
      "string",
      "Limits control the maximum amount of cpu/memory that a container may use independent of contention on the node.",
    ),
    ageColumn,
  ],
  row(obj, ctx) {
    const quota = view<ResourceQuotaView>(obj);
    const [request, limit] = resourceQuotaCells(quota);
    return [quota.metadata.name ?? "", request, limit, translateTimestampSince(quota.metadata.creationTimestamp, ctx.now)];
  },
};

export const priorityClassPrinter: TablePrinter = {
  columns: [nameColumn, column("Value", "integer"), column("Global-Default", "boolean"), ageColumn, column("PreemptionPolicy")],
  row(obj, ctx) {
    const pc = view<PriorityClassView>(obj);
    return [
      pc.metadata.name ?? "",
      pc.value ?? 0,
      pc.globalDefault ?? false,
      translateTimestampSince(pc.metadata.creationTimestamp, ctx.now),
      pc.preemptionPolicy ?? "",
    ];
  },
};
