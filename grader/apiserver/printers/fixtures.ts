// Test helpers: a fixed virtual "now", timestamps relative to it, and `kubectl get` rendering.
import type { ResourceInfo } from "../resource-info";
import type { KubeObject } from "../types";
import { formatTable, type FormatTableOptions } from "./format-table";
import { printTable } from "./index";
import { rfc3339FromMs } from "./timestamps";

export const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

/** The RFC 3339 timestamp `seconds` before NOW. */
export const ago = (seconds: number): string => rfc3339FromMs(NOW - seconds * 1000);

const minute = 60;
const day = 86400;
export const agoMinutes = (m: number): string => ago(m * minute);
export const agoDays = (d: number): string => ago(d * day);

function resourceInfo(group: string, kind: string): ResourceInfo {
  return {
    group,
    version: "v1",
    resource: kind.toLowerCase() + "s",
    singular: kind.toLowerCase(),
    kind,
    listKind: kind + "List",
    shortNames: [],
    namespaced: true,
    verbs: [],
    categories: [],
    subresources: [],
  };
}

/** What `kubectl get <kind>` prints for these objects at NOW. */
export function kubectlGet(group: string, kind: string, objs: KubeObject[], options: FormatTableOptions = {}): string {
  return formatTable(printTable(resourceInfo(group, kind), objs, { now: NOW }), options);
}
