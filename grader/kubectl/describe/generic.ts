// The genericDescriber, printUnstructuredContent and smartLabelFor of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5: for kinds without their own describer (custom
// resources included), every field of the object as nested `Key:  value` lines.
import type { KubeObject } from "../../apiserver/types";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import type { Describer } from "./describers";

const skippedPaths = [".metadata.managedFields", ".metadata.name", ".metadata.namespace", ".metadata.labels", ".metadata.annotations"];

type RuneClass = "lower" | "upper" | "digit" | "other";

const runeClass = (c: string): RuneClass => {
  if (c.toLowerCase() !== c) return "upper";
  if (c.toUpperCase() !== c) return "lower";
  return /\p{Nd}/u.test(c) ? "digit" : "other";
};

/** fatih/camelcase Split: runs of one character class; an upper-case run gives its last letter to a following lower-case run. */
export function camelCaseSplit(text: string): string[] {
  const runs: string[][] = [];
  let last: RuneClass | undefined;
  for (const c of Array.from(text)) {
    const cls = runeClass(c);
    if (cls === last) runs[runs.length - 1].push(c);
    else runs.push([c]);
    last = cls;
  }
  for (let i = 0; i < runs.length - 1; i++) {
    if (runs[i].length > 0 && runeClass(runs[i][0]) === "upper" && runeClass(runs[i + 1][0]) === "lower") {
      runs[i + 1].unshift(runs[i].pop()!);
    }
  }
  return runs.filter((r) => r.length > 0).map((r) => r.join(""));
}

const acronyms = new Set(["API", "URL", "UID", "OSB", "GUID"]);

/** smartLabelFor: `apiVersion` → `API Version`; a name with characters other than letters and `-` is kept as is. */
export function smartLabelFor(field: string): string {
  if (Array.from(field).some((c) => c !== "-" && !/\p{L}/u.test(c))) return field;
  return camelCaseSplit(field)
    .filter((part) => part !== "_")
    .map((part) => (acronyms.has(part.toUpperCase()) ? part.toUpperCase() : part.charAt(0).toUpperCase() + part.slice(1)))
    .join(" ");
}

/** fmt's %v of a JSON scalar. */
const goValue = (value: unknown): string => (value === null || value === undefined ? "<nil>" : String(value));

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** printUnstructuredContent: fields sorted, maps and lists nested one level deeper, scalars as `Key:\tvalue`. */
function writeContent(w: DescribeWriter, level: number, content: Record<string, unknown>, prefix: string): void {
  for (const field of Object.keys(content).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const path = `${prefix}.${field}`;
    if (skippedPaths.includes(path)) continue;
    const value = content[field];
    if (isMap(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      writeContent(w, level + 1, value, path);
    } else if (Array.isArray(value)) {
      w.write(level, `${smartLabelFor(field)}:\n`);
      for (const child of value) {
        if (isMap(child)) writeContent(w, level + 1, child, path);
        else w.write(level + 1, `${goValue(child)}\n`);
      }
    } else {
      w.write(level, `${smartLabelFor(field)}:\t${goValue(value)}\n`);
    }
  }
}

/** `kubectl describe` of a kind without its own describer. */
export function describeGeneric(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const w = new DescribeWriter();
  w.write(0, `Name:\t${obj.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${obj.metadata.namespace ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", obj.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", obj.metadata.annotations);
  writeContent(w, 0, obj as unknown as Record<string, unknown>, "");
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const genericDescriber: Describer = (cluster, obj, settings) =>
  describeGeneric(obj, settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
