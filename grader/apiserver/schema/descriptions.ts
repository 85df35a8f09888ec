// What the API server's OpenAPI says about each model beyond its field types:
// descriptions, required fields and enum values (kubectl explain prints them).
// Expanded lazily from descriptions.generated.ts.
import { descriptionTexts, modelDocSources, scalarTypeDocs } from "./descriptions.generated";

export interface ModelDocs {
  /** The type's own description ("" when it has none). */
  description: string;
  /** Field → description; a field without one is absent. */
  fields: ReadonlyMap<string, string>;
  required: ReadonlySet<string>;
  /** Field → its enum values, sorted as the OpenAPI lists them. */
  enums: ReadonlyMap<string, readonly string[]>;
}

const cache = new Map<string, ModelDocs | undefined>();

/** The docs of a client-node model (`V1PodSpec`), or undefined when none were generated (CRD types). */
export function modelDocs(model: string): ModelDocs | undefined {
  if (cache.has(model)) return cache.get(model);
  const source = Object.prototype.hasOwnProperty.call(modelDocSources, model) ? modelDocSources[model] : undefined;
  const docs: ModelDocs | undefined = source && {
    description: descriptionTexts[source.d] ?? "",
    fields: new Map(Object.entries(source.f).map(([k, i]) => [k, descriptionTexts[i] ?? ""])),
    required: new Set(source.r ?? []),
    enums: new Map(Object.entries(source.e ?? {})),
  };
  cache.set(model, docs);
  return docs;
}

/** The description of a type the models hold as a scalar (`resource.Quantity`, `v1.Time`), by its Go name. */
export function scalarTypeDescription(goType: string): string | undefined {
  const i = Object.prototype.hasOwnProperty.call(scalarTypeDocs, goType) ? scalarTypeDocs[goType] : undefined;
  return i === undefined ? undefined : descriptionTexts[i];
}
