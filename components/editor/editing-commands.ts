// The editing keys of the answer editor, from @codemirror/commands: undo/redo
// history, the standard keymap, and Tab/Shift-Tab indenting the selected
// lines. Because Tab indents, keyboard users leave the editor with Escape then
// Tab: CodeMirror's view does that itself (tab-focus mode for 2 s after an
// Escape nothing else took, e.g. not one that closed the completion list), as
// the hint under the editor says.
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { indentService } from "@codemirror/language";
import type { Extension } from "@codemirror/state";
import { keymap } from "@codemirror/view";

const indentUnit = "  ";

/** The indentation a new line after `line` gets: the same, deeper after `key:`, past the `- ` of an item. */
export function nextLineIndent(line: string): string {
  const indent = /^\s*/.exec(line)![0];
  const withoutComment = line.replace(/\s+#.*$/, "");
  const item = /^(\s*)((?:-\s+)+)/.exec(withoutComment);
  const itemIndent = item ? " ".repeat(item[1].length + item[2].length) : indent;
  if (/:\s*$/.test(withoutComment) || /:\s*[|>][-+]?\d*\s*$/.test(withoutComment)) return itemIndent + indentUnit;
  return itemIndent;
}

/**
 * YAML's indentation for Enter (insertNewlineAndIndent): a manifest is typed
 * top-down, so the new line follows the text before the cursor — deeper under
 * `key:`, past an item's `- `. @codemirror/lang-yaml's parse tree does not
 * indent under a key that has no value yet, which is exactly while typing.
 * Existing lines are never re-indented (null: keep theirs), since in YAML the
 * indentation is the structure.
 */
export const yamlIndentation: Extension = indentService.of((context, pos) => {
  // With Enter, the text before the break; re-indenting a whole line starts at its beginning and has none.
  const line = context.lineAt(pos, -1);
  if (line.from === pos) return null;
  const before = line.text.slice(0, pos - line.from);
  // Enter on a blank line keeps its indentation.
  return before.trim() ? nextLineIndent(before).length : before.length;
});

export function editingCommands(): Extension {
  return [history(), keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab])];
}
