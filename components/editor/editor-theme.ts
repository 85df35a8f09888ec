// The dark look of the answer editor and its syntax colours (the page around it stays light).
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { EditorView } from "@codemirror/view";
import { tags } from "@lezer/highlight";

const palette = {
  background: "#0f1624",
  gutter: "#0b111c",
  text: "#e2e8f3",
  muted: "#7b8699",
  selection: "#2a4a86",
  cursor: "#8fb4ff",
  key: "#8fb4ff",
  string: "#a5e3a1",
  number: "#f7c77e",
  keyword: "#f49ac1",
  comment: "#6f7b90",
};

export const editorTheme = EditorView.theme(
  {
    "&": { color: palette.text, backgroundColor: palette.background, fontSize: "14px", height: "100%" },
    ".cm-content": { fontFamily: "var(--mono)", caretColor: palette.cursor, padding: "10px 0" },
    ".cm-scroller": { fontFamily: "var(--mono)", lineHeight: "1.6" },
    "&.cm-focused .cm-cursor": { borderLeftColor: palette.cursor, borderLeftWidth: "2px" },
    "&.cm-focused": { outline: "none" },
    ".cm-selectionBackground, &.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, ::selection": { backgroundColor: palette.selection },
    ".cm-gutters": { backgroundColor: palette.gutter, color: palette.muted, border: "none" },
    ".cm-activeLine": { backgroundColor: "#ffffff08" },
    ".cm-activeLineGutter": { backgroundColor: "#ffffff10", color: palette.text },
    ".cm-tooltip": { backgroundColor: "#1a2436", color: palette.text, border: "1px solid #2c3a52", borderRadius: "6px" },
    ".cm-tooltip-autocomplete > ul > li[aria-selected]": { backgroundColor: palette.selection, color: "#fff" },
    ".cm-completionDetail": { color: palette.muted, fontStyle: "normal", marginLeft: "1em" },
    ".cm-diagnostic": { fontFamily: "var(--font)", fontSize: "13px" },
    ".cm-lintRange-error": { backgroundImage: "none", textDecoration: "underline wavy #ff6b6b", textUnderlineOffset: "3px" },
    ".cm-lintRange-warning": { backgroundImage: "none", textDecoration: "underline wavy #f7c77e", textUnderlineOffset: "3px" },
    ".cm-panels": { backgroundColor: palette.gutter, color: palette.text },
    ".cm-panel.cm-panel-lint ul [aria-selected]": { backgroundColor: palette.selection },
    ".cm-placeholder": { color: palette.muted },
  },
  { dark: true },
);

export const editorHighlighting = syntaxHighlighting(
  HighlightStyle.define([
    { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: palette.key },
    { tag: [tags.string, tags.special(tags.string)], color: palette.string },
    { tag: [tags.number, tags.bool, tags.null], color: palette.number },
    { tag: [tags.keyword, tags.operator], color: palette.keyword },
    { tag: [tags.attributeName], color: palette.number },
    { tag: [tags.variableName], color: palette.string, fontStyle: "italic" },
    { tag: [tags.comment, tags.meta], color: palette.comment, fontStyle: "italic" },
    { tag: [tags.punctuation, tags.separator], color: palette.muted },
  ]),
);
