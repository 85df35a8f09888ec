// Field selectors as the API server handles `?fieldSelector=`: parsed by
// k8s.io/apimachinery/pkg/fields/selector.go, each field label checked by the
// kind's field label conversion (pkg/apis/<group>/<version>/conversion.go,
// runtime.DefaultMetaV1FieldSelectorConversion), matched against the kind's
// selectable fields (pkg/registry/<group>/<kind>/strategy.go GetAttrs).
import type { KubeObject } from "../types";

export interface FieldRequirement {
  field: string;
  operator: "=" | "!=";
  value: string;
}

export class FieldSelectorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FieldSelectorError";
  }
}

// fields.splitTerms: split on commas not escaped by a backslash.
function splitTerms(selector: string): string[] {
  if (selector.length === 0) return [];
  const terms: string[] = [];
  let start = 0;
  let inSlash = false;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (inSlash) inSlash = false;
    else if (c === "\\") inSlash = true;
    else if (c === ",") {
      terms.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(selector.slice(start));
  return terms;
}

// "!=" first, then "==", then "=": the first operator found from the left wins.
function splitTerm(term: string): [string, "=" | "!=", string] | undefined {
  for (let i = 0; i < term.length; i++) {
    const rest = term.slice(i);
    if (rest.startsWith("!=")) return [term.slice(0, i), "!=", term.slice(i + 2)];
    if (rest.startsWith("==")) return [term.slice(0, i), "=", term.slice(i + 2)];
    if (rest.startsWith("=")) return [term.slice(0, i), "=", term.slice(i + 1)];
  }
  return undefined;
}

// fields.UnescapeValue; an unescaped rune prints as its code point (Go's %v of a rune).
function unescapeValue(s: string): string {
  if (!/[\\,=]/.test(s)) return s;
  let out = "";
  let inSlash = false;
  for (const c of s) {
    if (inSlash) {
      if (c === "\\" || c === "," || c === "=") out += c;
      else throw new FieldSelectorError(`invalid field selector: invalid escape sequence: \\${c}`);
      inSlash = false;
      continue;
    }
    if (c === "\\") inSlash = true;
    else if (c === "," || c === "=") throw new FieldSelectorError(`invalid field selector: unescaped character in value: ${c.codePointAt(0)}`);
    else out += c;
  }
  if (inSlash) throw new FieldSelectorError("invalid field selector: invalid escape sequence: \\");
  return out;
}

/** fields.ParseSelector: terms sorted as upstream sorts them. */
export function parseFieldSelector(selector: string): FieldRequirement[] {
  const parts = splitTerms(selector).sort();
  const reqs: FieldRequirement[] = [];
  for (const part of parts) {
    if (part === "") continue;
    const t = splitTerm(part);
    if (!t) throw new FieldSelectorError(`invalid selector: '${selector}'; can't understand '${part}'`);
    reqs.push({ field: t[0], operator: t[1], value: unescapeValue(t[2]) });
  }
  return reqs;
}

// ---------------------------------------------------------------------------
// Per kind: which labels are accepted and what value each has on an object.

type FieldGetter = (obj: KubeObject) => string;
interface SelectableFields {
  /** Labels the field label conversion accepts (besides none: the default is name and namespace). */
  labels: Record<string, FieldGetter>;
  /** The conversion's error for any other label. */
  unsupported: (label: string) => string;
}

const str = (v: unknown): string => (v === undefined || v === null ? "" : String(v));
const name: FieldGetter = (o) => str(o.metadata.name);
const namespace: FieldGetter = (o) => str(o.metadata.namespace);
const spec = (o: KubeObject) => (o.spec ?? {}) as Record<string, unknown>;
const status = (o: KubeObject) => (o.status ?? {}) as Record<string, unknown>;
const involved = (o: KubeObject) => (o.involvedObject ?? {}) as Record<string, unknown>;
const notSupported = (label: string) => `field label not supported: ${label}`;

const metaOnly: SelectableFields = {
  labels: { "metadata.name": name, "metadata.namespace": namespace },
  unsupported: (label) => `"${label}" is not a known field selector: only "metadata.name", "metadata.namespace"`,
};

const byKind: Record<string, SelectableFields> = {
  // pkg/apis/core/v1/conversion.go + pkg/registry/core/pod/strategy.go ToSelectableFields
  "/Pod": {
    labels: {
      "metadata.name": name,
      "metadata.namespace": namespace,
      "spec.nodeName": (o) => str(spec(o).nodeName),
      "spec.host": (o) => str(spec(o).nodeName),
      "spec.restartPolicy": (o) => str(spec(o).restartPolicy),
      "spec.schedulerName": (o) => str(spec(o).schedulerName),
      "spec.serviceAccountName": (o) => str(spec(o).serviceAccountName),
      "spec.hostNetwork": (o) => String(spec(o).hostNetwork === true),
      "status.phase": (o) => str(status(o).phase),
      "status.podIP": (o) => str((status(o).podIPs as { ip?: string }[] | undefined)?.[0]?.ip ?? status(o).podIP),
      "status.podIPs": (o) => ((status(o).podIPs as { ip?: string }[] | undefined) ?? []).map((p) => str(p.ip)).join(","),
      "status.nominatedNodeName": (o) => str(status(o).nominatedNodeName),
    },
    unsupported: notSupported,
  },
  "/Node": {
    labels: { "metadata.name": name, "spec.unschedulable": (o) => String(spec(o).unschedulable === true) },
    unsupported: notSupported,
  },
  "/Namespace": {
    labels: { "metadata.name": name, "status.phase": (o) => str(status(o).phase) },
    unsupported: notSupported,
  },
  "/Secret": {
    labels: { "metadata.name": name, "metadata.namespace": namespace, type: (o) => str(o.type) },
    unsupported: notSupported,
  },
  "/Service": {
    labels: {
      "metadata.name": name,
      "metadata.namespace": namespace,
      "spec.clusterIP": (o) => str(spec(o).clusterIP),
      "spec.type": (o) => str(spec(o).type),
    },
    unsupported: notSupported,
  },
  "/Event": {
    labels: {
      "metadata.name": name,
      "metadata.namespace": namespace,
      "involvedObject.kind": (o) => str(involved(o).kind),
      "involvedObject.namespace": (o) => str(involved(o).namespace),
      "involvedObject.name": (o) => str(involved(o).name),
      "involvedObject.uid": (o) => str(involved(o).uid),
      "involvedObject.apiVersion": (o) => str(involved(o).apiVersion),
      "involvedObject.resourceVersion": (o) => str(involved(o).resourceVersion),
      "involvedObject.fieldPath": (o) => str(involved(o).fieldPath),
      reason: (o) => str(o.reason),
      reportingComponent: (o) => str(o.reportingComponent),
      source: (o) => str((o.source as { component?: string } | undefined)?.component),
      type: (o) => str(o.type),
    },
    unsupported: notSupported,
  },
  // pkg/apis/batch/v1/conversion.go
  "batch/Job": {
    labels: {
      "metadata.name": name,
      "metadata.namespace": namespace,
      "status.successful": (o) => str(status(o).succeeded ?? 0),
    },
    unsupported: (label) => `field label "${label}" not supported for batchv1.Job`,
  },
};

/** Custom resources: crConverter in apiextensions-apiserver accepts name, and namespace when namespaced. */
function customResourceFields(namespaced: boolean): SelectableFields {
  const labels: Record<string, FieldGetter> = { "metadata.name": name };
  if (namespaced) labels["metadata.namespace"] = namespace;
  return { labels, unsupported: notSupported };
}

export interface FieldSelectorTarget {
  group: string;
  kind: string;
  namespaced: boolean;
  builtin: boolean;
}

function fieldsFor(target: FieldSelectorTarget): SelectableFields {
  if (!target.builtin) return customResourceFields(target.namespaced);
  return byKind[`${target.group}/${target.kind}`] ?? metaOnly;
}

/** A compiled field selector: a predicate over objects of one kind. Throws FieldSelectorError as the server's BadRequest text. */
export function compileFieldSelector(selector: string, target: FieldSelectorTarget): (obj: KubeObject) => boolean {
  const reqs = parseFieldSelector(selector);
  if (reqs.length === 0) return () => true;
  const fields = fieldsFor(target);
  const checks = reqs.map((r) => {
    const get = fields.labels[r.field];
    if (!get) throw new FieldSelectorError(fields.unsupported(r.field));
    return { get, r };
  });
  return (obj) => checks.every(({ get, r }) => (get(obj) === r.value) === (r.operator === "="));
}
