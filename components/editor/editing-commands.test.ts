import { indentLess, indentMore, indentSelection, insertNewlineAndIndent, redo, undo } from "@codemirror/commands";
import { yaml } from "@codemirror/lang-yaml";
import { indentUnit } from "@codemirror/language";
import { EditorSelection, EditorState, type Transaction } from "@codemirror/state";
import { keymap, type KeyBinding } from "@codemirror/view";
import { describe, expect, it } from "vitest";
import { editingCommands, nextLineIndent, yamlIndentation } from "./editing-commands";

/** A YAML editor's state as CodeEditor builds it (without the view), with the cursor at `|`. */
function yamlState(textWithCursor: string, withIndentation = true): EditorState {
  const at = textWithCursor.indexOf("|");
  const doc = textWithCursor.replace("|", "");
  return EditorState.create({
    doc,
    selection: EditorSelection.cursor(at < 0 ? doc.length : at),
    extensions: [yaml(), withIndentation ? yamlIndentation : [], indentUnit.of("  "), EditorState.tabSize.of(2), editingCommands()],
  });
}

/** Runs a state command the way a key press does; returns the new state. */
function run(state: EditorState, command: (target: { state: EditorState; dispatch: (tr: Transaction) => void }) => boolean): EditorState {
  let next = state;
  command({ state, dispatch: (tr) => (next = tr.state) });
  return next;
}

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
    // …and the editor's Enter (insertNewlineAndIndent) uses it.
    const after = run(yamlState(`apiVersion: v1\n${line}`), insertNewlineAndIndent);
    expect(after.doc.line(after.doc.lines).text).toBe(indent);
  });

  it("is needed: the YAML grammar alone does not indent under a key still without value", () => {
    const after = run(yamlState("spec:\n  metadata:", false), insertNewlineAndIndent);
    expect(after.doc.line(after.doc.lines).text).not.toBe("    ");
  });

  it("splits a line at the cursor, the rest going to the new indented line", () => {
    const after = run(yamlState("spec:|containers: []"), insertNewlineAndIndent);
    expect(after.doc.toString()).toBe("spec:\n  containers: []");
  });

  it("keeps a blank line's indentation, and a line's own when Enter is pressed before it", () => {
    expect(run(yamlState("spec:\n    |"), insertNewlineAndIndent).doc.toString()).toBe("spec:\n\n    ");
    expect(run(yamlState("a:\n|  b: 1"), insertNewlineAndIndent).doc.toString()).toBe("a:\n\n  b: 1");
  });

  it("never re-indents existing lines: in YAML the indentation is the structure", () => {
    const doc = "spec:\n  containers:\n  - name: a\n    image: nginx\n";
    let state = yamlState(doc);
    state = state.update({ selection: EditorSelection.range(0, state.doc.length) }).state;
    expect(run(state, indentSelection).doc.toString()).toBe(doc);
  });
});

describe("editing keys", () => {
  const bindings = (): KeyBinding[] => yamlState("").facet(keymap).flat();
  const bound = (key: string) => bindings().find((b) => b.key === key);

  it("binds the standard commands: Enter, Tab/Shift-Tab, undo and redo", () => {
    expect(bound("Enter")?.run).toBe(insertNewlineAndIndent);
    expect(bound("Tab")).toMatchObject({ run: indentMore, shift: indentLess });
    expect(bound("Mod-z")?.run).toBe(undo);
    expect(bindings().some((b) => (b.key === "Mod-y" || b.key === "Mod-Shift-z") && b.run === redo)).toBe(true);
  });

  it("Tab indents the selected lines by two spaces and Shift-Tab takes them back", () => {
    let state = yamlState("a: 1\nb: 2");
    state = state.update({ selection: EditorSelection.range(0, state.doc.length) }).state;
    state = run(state, indentMore);
    expect(state.doc.toString()).toBe("  a: 1\n  b: 2");
    expect(run(state, indentLess).doc.toString()).toBe("a: 1\nb: 2");
  });

  it("undo takes a change back and redo brings it again", () => {
    const typed = yamlState("kind: |").update({ changes: { from: 6, insert: "Pod" }, userEvent: "input.type" }).state;
    const undone = run(typed, undo);
    expect(undone.doc.toString()).toBe("kind: ");
    expect(run(undone, redo).doc.toString()).toBe("kind: Pod");
  });
});
