// describeLimitRange, DescribeLimitRanges and describeLimitRangeSpec of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { parseQuantity } from "../../apiserver/quantity";
import { DescribeWriter } from "./describe-writer";
import type { Describer } from "./describers";

type ResourceList = Record<string, string>;

interface LimitRangeItemView {
  type?: string;
  max?: ResourceList;
  min?: ResourceList;
  default?: ResourceList;
  defaultRequest?: ResourceList;
  maxLimitRequestRatio?: ResourceList;
}

interface LimitRangeView {
  metadata: KubeObject["metadata"];
  spec?: { limits?: LimitRangeItemView[] };
}

const valueOrDash = (list: ResourceList | undefined, name: string): string => (list?.[name] === undefined ? "-" : parseQuantity(list[name]).toString());

/**
 * describeLimitRangeSpec: one row per item and resource, `-` where the item sets nothing.
 * Upstream walks a Go map, so its row order within an item varies between runs; we sort by name.
 */
function writeLimitRangeSpec(w: DescribeWriter, limitRange: LimitRangeView, prefix: string): void {
  for (const item of limitRange.spec?.limits ?? []) {
    const names = new Set<string>();
    for (const list of [item.max, item.min, item.default, item.defaultRequest, item.maxLimitRequestRatio]) for (const name of Object.keys(list ?? {})) names.add(name);
    for (const name of [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const cells = [item.type ?? "", name, valueOrDash(item.min, name), valueOrDash(item.max, name), valueOrDash(item.defaultRequest, name), valueOrDash(item.default, name), valueOrDash(item.maxLimitRequestRatio, name)];
      w.write(0, `${prefix}${cells.join("\t")}\n`);
    }
  }
}

/** `kubectl describe limitrange`: the text describeLimitRange prints (no Events section). */
export function describeLimitRange(obj: KubeObject): string {
  const lr = obj as unknown as LimitRangeView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${lr.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${lr.metadata.namespace ?? ""}\n`);
  w.write(0, "Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n");
  w.write(0, "----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n");
  writeLimitRangeSpec(w, lr, "");
  return w.toString();
}

/** DescribeLimitRanges: the `Resource Limits` table of a namespace, every LimitRange's rows together. */
export function writeLimitRanges(w: DescribeWriter, limitRanges: KubeObject[]): void {
  if (limitRanges.length === 0) {
    w.write(0, "No LimitRange resource.\n");
    return;
  }
  w.write(0, "Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n");
  w.write(0, " ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n");
  for (const lr of limitRanges) writeLimitRangeSpec(w, lr as unknown as LimitRangeView, " ");
}

export const limitRangeDescriber: Describer = (_cluster, obj) => describeLimitRange(obj);
