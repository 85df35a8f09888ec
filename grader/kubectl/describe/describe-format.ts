// Small value renderings shared by the describers (k8s.io/kubectl/pkg/describe/describe.go v0.34.5).
import { civilFromDays } from "../../clock/civil-date";
import type { DescribeWriter } from "./describe-writer";

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");


/** Go's time.RFC1123Z of an RFC 3339 timestamp, in UTC: `Thu, 01 Jan 2026 00:00:05 +0000`; Go's zero time when unset. */
export function formatRFC1123Z(timestamp: string | undefined | null): string {
  const ms = timestamp ? Date.parse(timestamp) : NaN;
  if (Number.isNaN(ms)) return "Mon, 01 Jan 0001 00:00:00 +0000";
  const seconds = Math.floor(ms / 1000);
  const days = Math.floor(seconds / 86400);
  const rest = seconds - days * 86400;
  const [y, m, d] = civilFromDays(days);
  const weekday = weekdays[(((days + 4) % 7) + 7) % 7]; // 1970-01-01 was a Thursday
  return `${weekday}, ${pad(d)} ${months[m - 1]} ${pad(y, 4)} ${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)} +0000`;
}

export const stringOrNone = (s: string | undefined): string => (s ? s : "<none>");

/** printBool: `True` / `False`. */
export const printBool = (value: boolean | undefined): string => (value ? "True" : "False");

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** printLabelsMultiline: `Title:\tk=v`, one pair a line sorted by key, `<none>` when empty. */
export function writeLabelsMultiline(w: DescribeWriter, title: string, labels: Record<string, string> | undefined, initialIndent = "", innerIndent = "\t"): void {
  w.write(0, `${initialIndent}${title}:${innerIndent}`);
  const keys = Object.keys(labels ?? {}).sort(byCodePoint);
  if (keys.length === 0) {
    w.write(0, "<none>\n");
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, `${initialIndent}${innerIndent}`);
    w.write(0, `${key}=${labels![key]}\n`);
  });
}

const lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration";
const maxAnnotationLen = 140;

/** printAnnotationsMultiline: last-applied-configuration hidden; long or multi-line values on their own lines, cut at 138 characters. */
export function writeAnnotationsMultiline(w: DescribeWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {}).filter((k) => k !== lastAppliedAnnotation).sort(byCodePoint);
  if (keys.length === 0) {
    w.write(0, "<none>\n");
    return;
  }
  keys.forEach((key, i) => {
    if (i !== 0) w.write(0, "\t");
    const value = annotations![key].replace(/\n$/, "");
    if (value.length + key.length + 2 > maxAnnotationLen || value.includes("\n")) {
      w.write(0, `${key}:\n`);
      for (const line of value.split("\n")) w.write(0, `\t  ${line.length > maxAnnotationLen - 2 ? line.slice(0, maxAnnotationLen - 2) + "..." : line}\n`);
    } else {
      w.write(0, `${key}: ${value}\n`);
    }
  });
}

export interface TolerationView {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

/** printTolerationsMultilineWithIndent: `key=value:Effect op=Exists for 300s`, sorted by key. */
export function writeTolerationsMultiline(w: DescribeWriter, title: string, tolerations: TolerationView[] | undefined, initialIndent = "", innerIndent = "\t"): void {
  w.write(0, `${initialIndent}${title}:${innerIndent}`);
  const sorted = [...(tolerations ?? [])].sort((a, b) => byCodePoint(a.key ?? "", b.key ?? ""));
  if (sorted.length === 0) {
    w.write(0, "<none>\n");
    return;
  }
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(0, `${initialIndent}${innerIndent}`);
    let text = t.key ?? "";
    if (t.value) text += `=${t.value}`;
    if (t.effect) text += `:${t.effect}`;
    if (t.operator === "Exists" && !t.value) text += t.key || t.effect ? " op=Exists" : "op=Exists";
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) text += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${text}\n`);
  });
}

export interface ResourceRequirementsView {
  limits?: Record<string, string>;
  requests?: Record<string, string>;
}

/** describeResources: `Limits:` then `Requests:`, resource names sorted. */
export function writeResources(w: DescribeWriter, resources: ResourceRequirementsView | undefined, level: number): void {
  if (!resources) return;
  for (const [title, list] of [["Limits", resources.limits], ["Requests", resources.requests]] as const) {
    const names = Object.keys(list ?? {}).sort(byCodePoint);
    if (names.length > 0) w.write(level, `${title}:\n`);
    for (const name of names) w.write(level + 1, `${name}:\t${String(list![name])}\n`);
  }
}
