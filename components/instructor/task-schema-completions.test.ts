import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { taskSchemaCompletions, type JsonSchema } from "./task-schema-completions";

const schema = JSON.parse(readFileSync(path.resolve("tasks/schema/task.schema.json"), "utf8")) as JsonSchema;

/** Completions at the `|` of the text. */
function at(textWithCursor: string) {
  const offset = textWithCursor.indexOf("|");
  return taskSchemaCompletions(schema, textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1), offset);
}

const labels = (r: ReturnType<typeof at>) => r?.options.map((o) => o.label) ?? [];

describe("taskSchemaCompletions", () => {
  it("offers the top-level fields not yet written, with their descriptions", () => {
    const r = at("uuid: x\ntitle: A\n|");
    expect(labels(r)).toEqual(expect.arrayContaining(["id", "domain", "checks", "solution", "nearMisses"]));
    expect(labels(r)).not.toContain("uuid");
    expect(labels(r)).not.toContain("title");
    expect(r!.options.find((o) => o.label === "checks")!.info).toMatch(/\S/);
  });

  it("offers a check's fields inside a `- ` item of checks", () => {
    const r = at("checks:\n  - id: a\n    |");
    expect(labels(r)).toEqual(expect.arrayContaining(["name", "points", "expect", "absent"]));
    expect(labels(r)).not.toContain("id");
  });

  it("offers the fields of an expectation, nested", () => {
    expect(labels(at("checks:\n  - id: a\n    expect:\n      |"))).toEqual(expect.arrayContaining(["kind", "name", "namespace", "match", "count"]));
  });

  it("offers the allowed values of an enum field", () => {
    expect(labels(at("difficulty: |"))).toEqual(["easy", "medium", "hard"]);
    const domain = at("domain: |");
    expect(labels(domain)).toContain("Application Environment, Configuration and Security");
    // A value with a comma is quoted so the YAML stays one string.
    expect(domain!.options.find((o) => o.label.includes(","))!.apply).toMatch(/^"/);
  });

  it("inserts a block for text fields and an item for lists", () => {
    const r = at("|");
    expect(r!.options.find((o) => o.label === "prompt")!.apply).toBe("prompt: |\n  ");
    expect(r!.options.find((o) => o.label === "checks")!.apply).toBe("checks:\n  - ");
    expect(r!.options.find((o) => o.label === "title")!.apply).toBe("title: ");
  });

  it("offers nothing off the schema", () => {
    expect(at("nosuchfield:\n  |")).toBeUndefined();
  });
});
