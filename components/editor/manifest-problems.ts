// Problems in a manifests answer, with their place in the text: YAML syntax
// errors (js-yaml, as the grader parses it) and, once it parses, what the API
// server would refuse — a document without apiVersion/kind, a kind it does not
// serve, a field its strict decoding does not know, an object where a value
// belongs. Pure, so the editor's linter and the tests share it.
import { EVENT_ID, YAMLException, getScalarValue, loadAll, parseEvents, type Event } from "js-yaml";
import { elementModel, modelOfKind, parseShape, shapeLabel, type FieldShape, type KubernetesFieldMap } from "./field-map";

export interface ManifestProblem {
  from: number;
  to: number;
  severity: "error" | "warning" | "info";
  message: string;
}

// The same cap the grader's bounded YAML uses against alias bombs.
const maxAliases = 100;

function syntaxProblem(text: string, e: YAMLException): ManifestProblem {
  const at = Math.min(e.mark?.position ?? 0, text.length);
  // Mark the rest of the line (a zero-width mark at the end of a line is hard to see).
  const lineEnd = text.indexOf("\n", at);
  const to = lineEnd < 0 ? text.length : lineEnd;
  return { from: at, to: Math.max(to, Math.min(at + 1, text.length)), severity: "error", message: `YAML: ${e.reason}` };
}

type Frame =
  | { type: "mapping"; shape?: FieldShape; path: string; expectKey: boolean; key?: string; keyFrom?: number; keyTo?: number }
  | { type: "sequence"; shape?: FieldShape; path: string; index: number }
  | { type: "document"; shape?: FieldShape };

interface DocumentFacts {
  apiVersion?: string;
  kind?: string;
  start: number;
  kindFrom?: number;
  kindTo?: number;
}

const describeValue = { [EVENT_ID.MAPPING]: "an object", [EVENT_ID.SEQUENCE]: "a list", [EVENT_ID.SCALAR]: "a value" } as Record<number, string>;

export function manifestProblems(text: string, fields?: KubernetesFieldMap): ManifestProblem[] {
  if (!text.trim()) return [];
  let docs: unknown[];
  try {
    docs = loadAll(text, { maxAliases });
  } catch (e) {
    if (e instanceof YAMLException) return [syntaxProblem(text, e)];
    return [{ from: 0, to: Math.min(1, text.length), severity: "error", message: `YAML: ${String(e)}` }];
  }
  let events: Event[];
  try {
    events = parseEvents(text, {});
  } catch {
    return [];
  }

  const problems: ManifestProblem[] = [];
  const stack: Frame[] = [];
  let docIndex = -1;
  let facts: DocumentFacts | undefined;

  const childOf = (frame: Frame | undefined): { shape?: FieldShape; path: string } => {
    if (!frame) return { path: "" };
    if (frame.type === "document") return { path: "", shape: frame.shape };
    if (frame.type === "sequence") {
      const path = `${frame.path}[${frame.index}]`;
      return { path, shape: frame.shape?.shape === "array" ? frame.shape.items : undefined };
    }
    const path = frame.path ? `${frame.path}.${frame.key}` : frame.key ?? "";
    if (!frame.shape || frame.key === undefined) return { path };
    if (frame.shape.shape === "map") return { path, shape: frame.shape.values };
    const model = elementModel(frame.shape);
    const expr = model && fields ? fields.models[model]?.[frame.key] : undefined;
    return { path, shape: expr === undefined ? undefined : parseShape(expr) };
  };

  // A value of the wrong kind where the schema is sure (an object given a string, a field given a list…).
  const checkValueKind = (event: Event, expected: FieldShape | undefined, path: string, from: number, to: number) => {
    if (!expected || !path) return;
    const got = event.type;
    if (got === EVENT_ID.SCALAR) {
      const raw = text.slice((event as { valueStart: number }).valueStart, (event as { valueEnd: number }).valueEnd);
      if (raw === "" || raw === "null" || raw === "~") return;
    }
    const wanted =
      expected.shape === "array" ? EVENT_ID.SEQUENCE : expected.shape === "scalar" ? EVENT_ID.SCALAR : EVENT_ID.MAPPING;
    if (expected.shape === "scalar" && (expected.scalar === "any" || expected.scalar === "intstr" || expected.scalar === "quantity") && got === EVENT_ID.SCALAR) return;
    if (expected.shape === "scalar" && expected.scalar === "any") return;
    if (got !== wanted && got !== EVENT_ID.ALIAS) {
      problems.push({
        from,
        to,
        severity: "warning",
        message: `${path} must be ${expected.shape === "array" ? "a list" : expected.shape === "scalar" ? "a value" : "an object"} (${shapeLabel(expected)}), not ${describeValue[got] ?? "this"}`,
      });
    }
  };

  const enterValue = (event: Event, from: number, to: number) => {
    const parent = stack[stack.length - 1];
    const child = childOf(parent);
    if (parent?.type === "mapping") {
      checkValueKind(event, child.shape, child.path, parent.keyFrom ?? from, parent.keyTo ?? to);
      // apiVersion and kind of the document, with where the kind is written.
      if (stack.length === 2 && stack[0].type === "document" && event.type === EVENT_ID.SCALAR && facts) {
        const value = getScalarValue(text, event);
        if (parent.key === "apiVersion") facts.apiVersion = value;
        if (parent.key === "kind") {
          facts.kind = value;
          facts.kindFrom = event.valueStart;
          facts.kindTo = event.valueEnd;
        }
      }
    }
    if (event.type === EVENT_ID.MAPPING) stack.push({ type: "mapping", shape: child.shape, path: child.path, expectKey: true });
    else if (event.type === EVENT_ID.SEQUENCE) stack.push({ type: "sequence", shape: child.shape, path: child.path, index: 0 });
    else afterValue();
  };

  const afterValue = () => {
    const parent = stack[stack.length - 1];
    if (!parent) return;
    if (parent.type === "mapping") parent.expectKey = true;
    else if (parent.type === "sequence") parent.index++;
  };

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT: {
        docIndex++;
        stack.length = 0;
        const doc = docs[docIndex];
        facts = { start: 0 };
        // The model is known before walking: loadAll already read the document's apiVersion and kind.
        const head = typeof doc === "object" && doc !== null && !Array.isArray(doc) ? (doc as Record<string, unknown>) : undefined;
        const model = fields && head ? modelOfKind(fields, String(head.apiVersion ?? ""), String(head.kind ?? "")) : undefined;
        stack.push({ type: "document", shape: model ? { shape: "object", model } : undefined });
        break;
      }
      case EVENT_ID.POP: {
        const closed = stack.pop();
        if (stack.length === 0 && closed && facts) {
          documentProblems(facts, docs[docIndex], fields, text, problems);
          facts = undefined;
        } else {
          afterValue();
        }
        break;
      }
      case EVENT_ID.SCALAR: {
        const top = stack[stack.length - 1];
        if (top?.type === "mapping" && top.expectKey) {
          top.key = getScalarValue(text, event);
          top.keyFrom = event.valueStart;
          top.keyTo = event.valueEnd;
          top.expectKey = false;
          const model = top.shape && top.shape.shape !== "map" ? elementModel(top.shape) : undefined;
          if (model && fields && fields.models[model] && !(top.key in fields.models[model])) {
            const path = top.path ? `${top.path}.${top.key}` : top.key;
            problems.push({
              from: event.valueStart,
              to: event.valueEnd,
              severity: "warning",
              message: `unknown field "${path}": the API server's strict decoding refuses it`,
            });
            top.key = `\u0000${top.key}`; // nothing below an unknown field is checked
          }
          break;
        }
        if (top?.type === "document" && facts) facts.start = event.valueStart;
        enterValue(event, event.valueStart, event.valueEnd);
        break;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (stack.length === 1 && facts) facts.start = event.start;
        const top = stack[stack.length - 1];
        if (top?.type === "mapping" && top.expectKey) {
          // A complex key (rare): skip it.
          stack.push({ type: event.type === EVENT_ID.MAPPING ? "mapping" : "sequence", path: "?", expectKey: true, index: 0 } as Frame);
          break;
        }
        enterValue(event, event.start, event.start + 1);
        break;
      }
      case EVENT_ID.ALIAS:
        enterValue(event, event.anchorStart, event.anchorEnd);
        break;
    }
  }
  return problems;
}

function documentProblems(
  facts: DocumentFacts,
  doc: unknown,
  fields: KubernetesFieldMap | undefined,
  text: string,
  problems: ManifestProblem[],
): void {
  if (doc === null || doc === undefined) return; // an empty document is skipped by kubectl too
  const lineEnd = text.indexOf("\n", facts.start);
  const firstLine = { from: facts.start, to: lineEnd < 0 ? text.length : lineEnd };
  if (typeof doc !== "object" || Array.isArray(doc)) {
    problems.push({ ...firstLine, severity: "error", message: "a manifest must be an object with apiVersion, kind and metadata" });
    return;
  }
  const missing = [facts.apiVersion ? "" : "apiVersion not set", facts.kind ? "" : "kind not set"].filter(Boolean);
  if (missing.length) {
    problems.push({ ...firstLine, severity: "error", message: `error validating data: [${missing.join(", ")}]` });
    return;
  }
  if (!fields) return;
  if (!modelOfKind(fields, facts.apiVersion, facts.kind)) {
    const servedIn = fields.kinds.filter((k) => k.kind === facts.kind).map((k) => k.apiVersion);
    const hint = servedIn.length ? ` (${facts.kind} is served in ${servedIn.join(", ")})` : " (fine only if a CustomResourceDefinition defines it)";
    problems.push({
      from: facts.kindFrom ?? firstLine.from,
      to: facts.kindTo ?? firstLine.to,
      severity: servedIn.length ? "error" : "warning",
      message: `no matches for kind "${facts.kind}" in version "${facts.apiVersion}"${hint}`,
    });
  }
}
