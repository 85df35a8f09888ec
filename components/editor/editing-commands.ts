// The editing keys of the answer editor: undo/redo history, Enter that keeps
// YAML's indentation, Tab/Shift-Tab that indent by two spaces, and Escape
// that lets the next Tab leave the editor (keyboard users are never trapped).
// @codemirror/commands is not installed here, so this is the small subset an
// answer needs.
import { Annotation, ChangeSet, EditorSelection, StateField, type EditorState, type Extension, type Transaction } from "@codemirror/state";
import { EditorView, keymap, type Command } from "@codemirror/view";

// ── History ────────────────────────────────────────────────────────────────

interface HistoryEntry {
  /** Takes the document back to before the change(s). */
  changes: ChangeSet;
  selection: EditorSelection;
}

interface HistoryState {
  done: HistoryEntry[];
  undone: HistoryEntry[];
  lastChangeAt: number;
}

const fromHistory = Annotation.define<"undo" | "redo">();
// Typing within this many ms of the last change is undone together, as in every editor.
const groupWithinMs = 500;
const maxEntries = 200;

const historyField = StateField.define<HistoryState>({
  create: () => ({ done: [], undone: [], lastChangeAt: 0 }),
  update(history, tr: Transaction) {
    if (!tr.docChanged) return history;
    const entry = { changes: tr.changes.invert(tr.startState.doc), selection: tr.startState.selection };
    const source = tr.annotation(fromHistory);
    if (source === "undo") return { done: history.done.slice(0, -1), undone: [...history.undone, entry], lastChangeAt: 0 };
    if (source === "redo") return { done: [...history.done, entry], undone: history.undone.slice(0, -1), lastChangeAt: 0 };
    const now = Date.now();
    const last = history.done[history.done.length - 1];
    if (last && now - history.lastChangeAt < groupWithinMs && tr.isUserEvent("input.type")) {
      const merged = { changes: entry.changes.compose(last.changes), selection: last.selection };
      return { done: [...history.done.slice(0, -1), merged], undone: [], lastChangeAt: now };
    }
    return { done: [...history.done, entry].slice(-maxEntries), undone: [], lastChangeAt: now };
  },
});

function replay(which: "undo" | "redo"): Command {
  return (view) => {
    const history = view.state.field(historyField);
    const entry = (which === "undo" ? history.done : history.undone).at(-1);
    if (!entry) return false;
    view.dispatch({ changes: entry.changes, selection: entry.selection, annotations: fromHistory.of(which), scrollIntoView: true, userEvent: which });
    return true;
  };
}

export const undo = replay("undo");
export const redo = replay("redo");

// ── Indentation ────────────────────────────────────────────────────────────

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

const newlineKeepingIndent: Command = (view) => {
  const { state } = view;
  view.dispatch(
    state.changeByRange((range) => {
      const line = state.doc.lineAt(range.from);
      const before = line.text.slice(0, range.from - line.from);
      const insert = "\n" + nextLineIndent(before);
      return { changes: { from: range.from, to: range.to, insert }, range: EditorSelection.cursor(range.from + insert.length) };
    }),
    { scrollIntoView: true, userEvent: "input" },
  );
  return true;
};

function selectedLines(state: EditorState): number[] {
  const lines = new Set<number>();
  for (const r of state.selection.ranges) {
    for (let n = state.doc.lineAt(r.from).number; n <= state.doc.lineAt(r.to).number; n++) lines.add(n);
  }
  return [...lines];
}

const indentMore: Command = (view) => {
  const { state } = view;
  if (state.selection.ranges.every((r) => r.empty)) {
    view.dispatch(state.replaceSelection(indentUnit), { userEvent: "input" });
    return true;
  }
  const changes = selectedLines(state).map((n) => ({ from: state.doc.line(n).from, insert: indentUnit }));
  view.dispatch({ changes, userEvent: "input.indent" });
  return true;
};

const indentLess: Command = (view) => {
  const { state } = view;
  const changes = selectedLines(state).flatMap((n) => {
    const line = state.doc.line(n);
    const spaces = /^ {0,2}/.exec(line.text)![0].length;
    return spaces ? [{ from: line.from, to: line.from + spaces }] : [];
  });
  if (changes.length) view.dispatch({ changes, userEvent: "delete.dedent" });
  return true;
};

const selectAll: Command = (view) => {
  view.dispatch({ selection: { anchor: 0, head: view.state.doc.length }, userEvent: "select" });
  return true;
};

// Escape (once nothing else wants it, e.g. the completion list) makes the next Tab move focus out.
const releaseTab: Command = (view) => {
  view.setTabFocusMode(2000);
  return false;
};

export function editingCommands(): Extension {
  return [
    historyField,
    keymap.of([
      { key: "Mod-a", run: selectAll, preventDefault: true },
      { key: "Mod-z", run: undo, preventDefault: true },
      { key: "Mod-y", run: redo, preventDefault: true },
      { key: "Mod-Shift-z", run: redo, preventDefault: true },
      { key: "Enter", run: newlineKeepingIndent },
      { key: "Tab", run: indentMore, shift: indentLess },
    ]),
    EditorView.domEventHandlers({
      keydown(event, view) {
        if (event.key === "Escape") releaseTab(view);
        return false;
      },
    }),
  ];
}
