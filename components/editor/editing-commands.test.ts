import { describe, expect, it } from "vitest";
import { nextLineIndent } from "./editing-commands";

describe("Enter keeps YAML's indentation", () => {
  it.each([
    ["a plain key keeps its column", "  name: web", "  "],
    ["a key opening a mapping indents by two", "  metadata:", "    "],
    ["a list item continues at its key's column", "    - name: web", "      "],
    ["a list item opening a mapping indents past the dash and by two", "  - env:", "      "],
    ["a block scalar indents its text", "  command: |", "    "],
    ["a trailing comment is ignored", "spec:   # the pod", "  "],
    ["the root stays at the root", "kind: Pod", ""],
  ])("%s", (_name, line, indent) => {
    expect(nextLineIndent(line)).toBe(indent);
  });
});
