// ResourceQuota admission (k8s.io/apiserver/pkg/admission/plugin/resourcequota:
// admission.go, controller.go CheckRequest). Charges a new or changed object
// against every matching quota of its namespace, refuses it with upstream's
// messages when a quota would be exceeded, and records the new usage in the
// quotas' status.used.
import { newQuantity } from "../../quantity";
import type { KubeObject } from "../../types";
import { admissionForbidden } from "../forbidden";
import { resourceQuotasGVR } from "../gvr";
import type { AdmissionAttributes, ValidatingAdmissionPlugin } from "../interface";
import {
  addResourceLists,
  maskResourceList,
  prettyPrintResourceList,
  toJsonResourceList,
  toResourceList,
  type ResourceList,
} from "../resource-list";
import { evaluatorFor, quotaMatches } from "./evaluators";

interface QuotaStatus {
  hard?: Record<string, unknown>;
  used?: Record<string, unknown>;
}

const statusOf = (q: KubeObject) => (q.status ?? {}) as QuotaStatus;

/** quota.SubtractWithNonNegativeResult */
function subtractNonNegative(a: ResourceList, b: ResourceList): ResourceList {
  const out: ResourceList = new Map();
  for (const [k, v] of a) {
    const d = b.has(k) ? v.sub(b.get(k)!) : v;
    out.set(k, d.sign() < 0 ? newQuantity(0).withFormat(v.format) : d);
  }
  return out;
}

function checkRequest(attrs: AdmissionAttributes, quotas: KubeObject[]): KubeObject[] {
  const obj = attrs.object!;
  const evaluator = evaluatorFor(attrs.resource.group, attrs.resource.resource);
  if (!evaluator.handles(attrs.operation)) return [];

  const interesting: KubeObject[] = [];
  for (const quota of quotas) {
    const hardNames = Object.keys(statusOf(quota).hard ?? {});
    if (!quotaMatches(evaluator, hardNames, quota, obj)) continue;
    const restricted = evaluator.matchingResources(hardNames);
    const violation = evaluator.constraints(restricted, obj);
    if (violation) throw admissionForbidden(attrs, `failed quota: ${quota.metadata.name}: ${violation}`);
    const used = statusOf(quota).used ?? {};
    if (restricted.some((r) => !(r in used))) {
      throw admissionForbidden(attrs, `status unknown for quota: ${quota.metadata.name}, resources: ${[...restricted].sort().join(",")}`);
    }
    interesting.push(quota);
  }

  // The object takes the request's namespace before it is measured.
  if (attrs.namespace && !obj.metadata.namespace) obj.metadata.namespace = attrs.namespace;
  let delta = evaluator.usage(obj);
  const negative = [...delta.keys()].filter((k) => delta.get(k)!.sign() < 0).sort();
  if (negative.length) throw admissionForbidden(attrs, `quota usage is negative for resource(s): ${negative.join(",")}`);
  if (attrs.operation === "UPDATE") {
    const old = attrs.oldObject;
    if (!old) throw admissionForbidden(attrs, "unable to get previous usage since prior version of object was not found");
    if (old.metadata.resourceVersion) delta = subtractNonNegative(delta, evaluator.usage(old));
  }
  for (const [k, v] of delta) if (v.isZero()) delta.delete(k);
  if (delta.size === 0 || interesting.length === 0) return [];

  const updated: KubeObject[] = [];
  for (const quota of interesting) {
    const hard = toResourceList(statusOf(quota).hard);
    const used = toResourceList(statusOf(quota).used);
    const requested = maskResourceList(delta, hard.keys());
    const newUsage = addResourceLists(used, requested);
    const exceeded = [...requested.keys()].filter((k) => hard.has(k) && newUsage.get(k)!.cmp(hard.get(k)!) > 0);
    if (exceeded.length) {
      throw admissionForbidden(
        attrs,
        `exceeded quota: ${quota.metadata.name}, requested: ${prettyPrintResourceList(maskResourceList(requested, exceeded))}, ` +
          `used: ${prettyPrintResourceList(maskResourceList(used, exceeded))}, limited: ${prettyPrintResourceList(maskResourceList(hard, exceeded))}`,
      );
    }
    updated.push({ ...quota, status: { ...statusOf(quota), used: toJsonResourceList(newUsage) } });
  }
  return updated;
}

export const resourceQuotaPlugin = {
  name: "ResourceQuota",
  handles: (attrs) =>
    attrs.subresource === "" &&
    attrs.namespace !== "" &&
    attrs.object !== undefined &&
    (attrs.operation === "CREATE" || attrs.operation === "UPDATE") &&
    !(attrs.resource.group === "" && attrs.resource.resource === "namespaces"),
  validate(attrs, api) {
    // Only read: a charged quota is written as a new object with a new status.
    const quotas = api.list(resourceQuotasGVR, { namespace: attrs.namespace, readOnly: true }).items;
    if (quotas.length === 0) return;
    const updated = checkRequest(attrs, quotas);
    if (attrs.dryRun) return; // a dry run must not charge the quota
    for (const q of updated) api.update(q, { subresource: "status", readOnlyResult: true });
  },
} satisfies ValidatingAdmissionPlugin;
