// kubectl explain's default output: the "plaintext" template (kubectl
// pkg/explain/v2/templates/plaintext.tmpl, v0.34) rendered over the simulated
// API server's schema instead of its OpenAPI v3 document. What the template
// reads from the document maps onto the schema as follows: a property whose
// schema is an allOf/$ref is a field of object type (its description is the
// field's, then the referenced type's); arrays and maps are walked through
// their items/additionalProperties; properties come in Go's sorted map order.
import { modelSchema, type FieldType, type ObjectSchema } from "../../apiserver/schema";
import { modelDocs, scalarTypeDescription } from "../../apiserver/schema/descriptions";
import { indentLines, wrapString } from "./word-wrap";

/** What the template's `throw` reports; kubectl prints it as the error. */
export class ExplainError extends Error {}

export interface ExplainTarget {
  group: string;
  version: string;
  kind: string;
  root: ObjectSchema;
}

const objectOf = (root: ObjectSchema): FieldType => ({ kind: "object", model: root.model, goType: root.goType });

/** Types whose OpenAPI schema is a $ref to a component without `type: object` print the component's name. */
const scalarTypeNames: Record<string, string> = {
  string: "string",
  int32: "integer",
  int64: "integer",
  float64: "number",
  bool: "boolean",
  bytes: "string",
  time: "string",
  microtime: "string",
  intstr: "IntOrString",
  quantity: "Quantity",
};

const goTypeOfScalar: Record<string, string> = {
  time: "v1.Time",
  microtime: "v1.MicroTime",
  intstr: "intstr.IntOrString",
  quantity: "resource.Quantity",
};

/** The template's "typeGuess". */
export function typeGuess(type: FieldType): string {
  switch (type.kind) {
    case "array":
      return "[]" + typeGuess(type.items);
    case "map":
      return "map[string]" + typeGuess(type.values);
    case "object":
      return modelSchema(type.model)?.typeName ?? "Object";
    case "scalar":
      if (type.scalar === "any") return type.goType.includes(".") ? type.goType.slice(type.goType.lastIndexOf(".") + 1) : "Object";
      return scalarTypeNames[type.scalar] ?? "Object";
  }
}

/** The description a referenced type adds (the template's "description" through $ref, items, additionalProperties). */
function typeDescription(type: FieldType): string {
  switch (type.kind) {
    case "array":
      return typeDescription(type.items);
    case "map":
      return typeDescription(type.values);
    case "object": {
      const d = modelDocs(type.model)?.description ?? "";
      return d ? d + "\n" : "";
    }
    case "scalar": {
      const d = scalarTypeDescription(goTypeOfScalar[type.scalar] ?? type.goType);
      return d ? d + "\n" : "";
    }
  }
}

interface Field {
  name: string;
  type: FieldType;
  description: string;
  required: boolean;
  enums: readonly string[] | undefined;
}

/** The object a type holds through arrays and maps, if any. */
function elementModel(type: FieldType): string | undefined {
  let t = type;
  while (t.kind === "array" || t.kind === "map") t = t.kind === "array" ? t.items : t.values;
  return t.kind === "object" ? t.model : undefined;
}

function fieldsOf(model: string): Field[] {
  const schema = modelSchema(model);
  if (!schema) return [];
  const docs = modelDocs(model);
  return [...schema.fields]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((f) => ({
      name: f.name,
      type: f.type,
      description: docs?.fields.get(f.name) ?? "",
      required: docs?.required.has(f.name) ?? false,
      enums: docs?.enums.get(f.name),
    }));
}

const enumValue = (v: string): string => (v === "" ? '""' : v);

/** The template's "extractEnum" in the one-line view: `enum: A, B, C, D, ....`. */
function shortEnum(values: readonly string[], indent: number): string {
  let out = "\n" + " ".repeat(indent) + "enum: ";
  for (const [i, v] of values.entries()) {
    if (i >= 4) return out + ", ....";
    out += (i > 0 ? ", " : "") + enumValue(v);
  }
  return out;
}

function fieldDetail(field: Field, level: number, short: boolean): string {
  const indent = level * 2;
  let out = " ".repeat(indent) + field.name + "\t<" + typeGuess(field.type) + ">";
  if (field.required) out += " -required-";
  if (field.enums) out += shortEnum(field.enums, indent);
  out += "\n";
  if (!short) out += indentLines(wrapString(field.description || "<no description>", 78 - indent), indent + 2) + "\n\n";
  return out;
}

/**
 * The template's "fieldList". `history` holds the types on the path so far: a
 * type met again is not entered (the root kind itself is not a $ref, so it is
 * not in it; a field's type is).
 */
function fieldList(type: FieldType, level: number, recursive: boolean, history: ReadonlySet<string>, viaRef: boolean): string {
  const model = elementModel(type);
  if (!model || (viaRef && history.has(model))) return "";
  const next = viaRef ? new Set([...history, model]) : history;
  let out = "";
  for (const field of fieldsOf(model)) {
    out += fieldDetail(field, level, recursive);
    if (recursive) out += fieldList(field.type, level + 1, recursive, next, true);
  }
  return out;
}

function descriptionAndFields(description: string, type: FieldType, recursive: boolean, viaRef: boolean): string {
  let out = "DESCRIPTION:\n" + indentLines(wrapString(description || "<empty>", 76), 4) + "\n";
  const fields = fieldList(type, 1, recursive, new Set(), viaRef);
  if (fields) out += "FIELDS:\n" + fields;
  return out;
}

/** The template's "output" following `path` from the kind; "" when the path leads nowhere. */
function output(root: ObjectSchema, path: readonly string[], recursive: boolean): string {
  if (path.length === 0) return descriptionAndFields(typeDescription(objectOf(root)), objectOf(root), recursive, false);
  let type: FieldType = objectOf(root);
  let out = "";
  for (const [i, name] of path.entries()) {
    const model = elementModel(type);
    const field = model ? fieldsOf(model).find((f) => f.name === name) : undefined;
    if (!field) return "";
    if (i === path.length - 1) {
      out += `FIELD: ${name} <${typeGuess(field.type)}>\n`;
      if (field.enums) out += "ENUM:" + field.enums.map((v) => "\n    " + enumValue(v)).join("");
      out += "\n\n";
      const description = (field.description ? field.description + "\n" : "") + typeDescription(field.type);
      out += descriptionAndFields(description, field.type, recursive, true);
    }
    type = field.type;
  }
  return out;
}

/** Renders `kubectl explain` for a kind and a field path; throws ExplainError as the template does. */
export function renderPlaintext(target: ExplainTarget, path: readonly string[], recursive: boolean): string {
  let out = "";
  if (target.group) out += `GROUP:      ${target.group}\n`;
  out += `KIND:       ${target.kind}\nVERSION:    ${target.version}\n\n`;
  const body = output(target.root, path, recursive);
  if (!body) throw new ExplainError(`error: field "${path[path.length - 1]}" does not exist`);
  return out + body + "\n";
}
