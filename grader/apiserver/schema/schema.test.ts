import { describe, expect, it } from "vitest";
import * as allModels from "@kubernetes/client-node/dist/gen/models/all.js";
import { base64Error } from "./base64-syntax";
import { builtinKinds } from "./kinds";
import { modelFieldsExpr, reachableModels, type ModelClass } from "./model-source";
import { modelSources } from "./models.generated";
import { quantityError, quantityFormatError, quantitySuffixError } from "./quantity-syntax";
import { rfc3339Error } from "./rfc3339";
import { fieldTypeAt, schemaFor, walkSchema } from "./schema";

describe("models.generated.ts", () => {
  it("matches the client-node models it was generated from (quantities and Go names aside)", () => {
    const models = allModels as unknown as Record<string, ModelClass | undefined>;
    const names = reachableModels(models, builtinKinds.map((k) => k.model));
    expect(Object.keys(modelSources).sort()).toEqual(names);
    for (const name of names) {
      const stored = modelSources[name]
        .split(",")
        .filter(Boolean)
        .map((entry) => entry.replace(/\|.*$/, "").replace(/quantity$/, "string"))
        .join(",");
      expect(stored, name).toBe(modelFieldsExpr(models[name]!));
    }
  });
});

describe("schemaFor and its walkers", () => {
  it("finds every built-in kind and no custom one", () => {
    for (const k of builtinKinds) expect(schemaFor(k.apiVersion, k.kind)?.model, k.kind).toBe(k.model);
    expect(schemaFor("example.com/v1", "Widget")).toBeUndefined();
    expect(schemaFor("extensions/v1beta1", "Deployment")).toBeUndefined();
  });

  it("keeps Go type names and the models' field order for kubectl explain", () => {
    const deploy = schemaFor("apps/v1", "Deployment")!;
    expect(deploy.typeName).toBe("Deployment");
    expect(deploy.fields.map((f) => f.name)).toEqual(["apiVersion", "kind", "metadata", "spec", "status"]);
    expect(fieldTypeAt(deploy, ["spec", "template", "spec", "containers"])).toMatchObject({
      kind: "array",
      goType: "[]v1.Container",
      items: { kind: "object", model: "V1Container" },
    });
    expect(fieldTypeAt(deploy, ["spec", "template", "spec", "containers", "resources", "limits"])).toMatchObject({
      kind: "map",
      goType: "v1.ResourceList",
      values: { kind: "scalar", scalar: "quantity" },
    });
    expect(fieldTypeAt(deploy, ["spec", "nope"])).toBeUndefined();
  });

  it("walks depth-first in field order and ends on recursive types", () => {
    const paths: string[] = [];
    walkSchema(schemaFor("v1", "ConfigMap")!, (path) => {
      paths.push(path.join("."));
      return path[0] !== "metadata" || path.length < 1;
    });
    expect(paths).toEqual(["apiVersion", "binaryData", "data", "immutable", "kind", "metadata"]);
    let count = 0;
    walkSchema(schemaFor("apiextensions.k8s.io/v1", "CustomResourceDefinition")!, () => void count++);
    expect(count).toBeGreaterThan(50);
  });
});

describe("value syntaxes of custom unmarshalers", () => {
  const quantities: [string, string | undefined][] = [
    ["100m", undefined],
    ["1.5Gi", undefined],
    ["1e3", undefined],
    ["0", undefined],
    ["", quantityFormatError],
    ["1 Gi", quantityFormatError],
    ["abc", quantityFormatError],
    ["5GB", quantityFormatError],
    ["5kk", quantitySuffixError],
  ];
  for (const [value, err] of quantities) {
    it(`quantity ${JSON.stringify(value)} (resource/quantity.go ParseQuantity)`, () => expect(quantityError(value)).toBe(err));
  }
  const base64: [string, string | undefined][] = [
    ["aGVsbG8=", undefined],
    ["aGVsbG8", "illegal base64 data at input byte 4"],
    ["aGVs*G8=", "illegal base64 data at input byte 4"],
    ["aGVsbA==x", "illegal base64 data at input byte 8"],
  ];
  for (const [value, err] of base64) {
    it(`base64 ${JSON.stringify(value)} (encoding/base64 CorruptInputError)`, () => expect(base64Error(value)).toBe(err));
  }
  const times: [string, string | undefined][] = [
    ["2024-05-01T10:00:00Z", undefined],
    ["2024-05-01T10:00:00.123+02:00", undefined],
    ["2024-05-01", 'parsing time "2024-05-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"'],
    ["2024-13-01T10:00:00Z", 'parsing time "2024-13-01T10:00:00Z": month out of range'],
    ["2024-02-30T10:00:00Z", 'parsing time "2024-02-30T10:00:00Z": day out of range'],
  ];
  for (const [value, err] of times) {
    it(`time ${JSON.stringify(value)} (time/format.go Parse with RFC3339)`, () => expect(rfc3339Error(value)).toBe(err));
  }
});
