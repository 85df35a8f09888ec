// kubectl's client-side printers for -o yaml|json|name (the JSONPath and custom-columns
// printers live in their own modules): one object prints alone, several as a v1 List.
import type { KubeObject } from "../../apiserver/types";
import { toJson } from "./json";
import { toYaml } from "./yaml";

export interface PrintOptions {
  /** Objects built by a generator are Go structs: -o json keeps their field order. Server objects are maps: sorted. */
  typed?: boolean;
}

/** `-o name`: lower-case kind, its group, and the name (`deployment.apps/web`). */
export function resourceName(obj: KubeObject): string {
  const slash = obj.apiVersion.indexOf("/");
  const group = slash < 0 ? "" : obj.apiVersion.slice(0, slash);
  return `${obj.kind.toLowerCase()}${group ? `.${group}` : ""}/${obj.metadata.name ?? ""}`;
}

function asList(objs: KubeObject[]): unknown {
  return objs.length === 1 ? objs[0] : { apiVersion: "v1", items: objs, kind: "List", metadata: { resourceVersion: "" } };
}

export function printObjects(objs: KubeObject[], format: "yaml" | "json" | "name", options: PrintOptions = {}): string {
  switch (format) {
    case "yaml":
      return toYaml(asList(objs));
    case "json":
      return toJson(asList(objs), { sortKeys: !options.typed });
    case "name":
      return objs.map((obj) => `${resourceName(obj)}\n`).join("");
  }
}
