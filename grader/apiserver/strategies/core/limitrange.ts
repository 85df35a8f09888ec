// LimitRange validation (pkg/apis/core/validation ValidateLimitRange, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Quantity } from "../../quantity";
import type { Strategy } from "../../strategy";
import { isQualifiedName, nameIsDNSSubdomain } from "../../validation/names";
import { validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child, index, key } from "../../validation/path";
import { quantityOf, validateContainerResourceName } from "../../validation/resources";

type ResourceList = Record<string, string | number>;

interface LimitRangeItem {
  type?: string;
  max?: ResourceList;
  min?: ResourceList;
  default?: ResourceList;
  defaultRequest?: ResourceList;
  maxLimitRequestRatio?: ResourceList;
}

const standardLimitTypes = ["Pod", "Container", "PersistentVolumeClaim"];

function validateResourceName(type: string, name: string, path: string): FieldError[] {
  if (type === "Pod" || type === "Container") return validateContainerResourceName(name, path);
  return isQualifiedName(name).map((msg) => fieldErrors.invalid(path, name, msg));
}

/** Go's %f: six decimals. */
function goFloat(n: number): string {
  return n.toFixed(6);
}

function validateItem(item: LimitRangeItem, path: string, seenTypes: Set<string>): FieldError[] {
  const errs: FieldError[] = [];
  const type = item.type ?? "";
  const typePath = child(path, "type");
  for (const msg of isQualifiedName(type)) errs.push(fieldErrors.invalid(typePath, type, msg));
  if (!type.includes("/") && !standardLimitTypes.includes(type))
    errs.push(fieldErrors.invalid(typePath, type, "must be a standard limit type or fully qualified"));
  if (seenTypes.has(type)) errs.push(fieldErrors.duplicate(typePath, type));
  seenTypes.add(type);

  const keys = new Set<string>();
  const collect = (field: keyof LimitRangeItem): Map<string, Quantity> => {
    const out = new Map<string, Quantity>();
    const list = (item[field] ?? {}) as ResourceList;
    for (const name of Object.keys(list).sort()) {
      errs.push(...validateResourceName(type, name, key(child(path, field), name)));
      keys.add(name);
      const q = quantityOf(list[name]);
      if (q) out.set(name, q);
    }
    return out;
  };
  const max = collect("max");
  const min = collect("min");
  let defaults = new Map<string, Quantity>();
  let defaultRequests = new Map<string, Quantity>();
  if (type === "Pod") {
    if (Object.keys(item.default ?? {}).length) errs.push(fieldErrors.forbidden(child(path, "default"), "may not be specified when `type` is 'Pod'"));
    if (Object.keys(item.defaultRequest ?? {}).length)
      errs.push(fieldErrors.forbidden(child(path, "defaultRequest"), "may not be specified when `type` is 'Pod'"));
  } else {
    defaults = collect("default");
    defaultRequests = collect("defaultRequest");
  }
  if (type === "PersistentVolumeClaim" && !("storage" in (item.min ?? {})) && !("storage" in (item.max ?? {})))
    errs.push(fieldErrors.required(child(path, "limits"), "either minimum or maximum storage value is required, but neither was provided"));
  const ratios = collect("maxLimitRequestRatio");

  for (const k of [...keys].sort()) {
    const mn = min.get(k);
    const mx = max.get(k);
    const df = defaults.get(k);
    const dr = defaultRequests.get(k);
    const ratio = ratios.get(k);
    if (mn && mx && mn.cmp(mx) > 0)
      errs.push(fieldErrors.invalid(key(child(path, "min"), k), mn.toString(), `min value ${mn} is greater than max value ${mx}`));
    if (dr && mn && mn.cmp(dr) > 0)
      errs.push(fieldErrors.invalid(key(child(path, "defaultRequest"), k), dr.toString(), `min value ${mn} is greater than default request value ${dr}`));
    if (dr && mx && dr.cmp(mx) > 0)
      errs.push(fieldErrors.invalid(key(child(path, "defaultRequest"), k), dr.toString(), `default request value ${dr} is greater than max value ${mx}`));
    if (dr && df && dr.cmp(df) > 0)
      errs.push(fieldErrors.invalid(key(child(path, "defaultRequest"), k), dr.toString(), `default request value ${dr} is greater than default limit value ${df}`));
    if (df && mn && mn.cmp(df) > 0)
      errs.push(fieldErrors.invalid(key(child(path, "default"), k), mn.toString(), `min value ${mn} is greater than default value ${df}`));
    if (df && mx && df.cmp(mx) > 0)
      errs.push(fieldErrors.invalid(key(child(path, "default"), k), mx.toString(), `default value ${df} is greater than max value ${mx}`));
    if (ratio && ratio.milliValue() < 1000n)
      errs.push(fieldErrors.invalid(key(child(path, "maxLimitRequestRatio"), k), ratio.toString(), `ratio ${ratio} is less than 1`));
    if (ratio && mn && mx) {
      const limit = Number(mx.milliValue()) / Number(mn.milliValue());
      if (Number(ratio.milliValue()) / 1000 > limit)
        errs.push(
          fieldErrors.invalid(key(child(path, "maxLimitRequestRatio"), k), ratio.toString(), `ratio ${ratio} is greater than max/min = ${goFloat(limit)}`),
        );
    }
  }
  return errs;
}

function validateLimits(spec: { limits?: LimitRangeItem[] } | undefined): FieldError[] {
  const seen = new Set<string>();
  const errs: FieldError[] = [];
  (spec?.limits ?? []).forEach((item, i) => errs.push(...validateItem(item, index(child("spec", "limits"), i), seen)));
  return errs;
}

export const limitRangeStrategy: Strategy = {
  validate: (lr) => [...validateObjectMeta(lr.metadata, true, nameIsDNSSubdomain), ...validateLimits(lr.spec as { limits?: LimitRangeItem[] })],
  validateUpdate: (lr, old) => [...validateObjectMetaUpdate(lr.metadata, old.metadata), ...validateLimits(lr.spec as { limits?: LimitRangeItem[] })],
};
