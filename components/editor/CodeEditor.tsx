"use client";
// The answer editor: CodeMirror 6, dark, YAML with Kubernetes-aware
// completion and inline problems, or a shell transcript. It owns its text;
// the parent hears every change through onChange (and remounts it, with a
// `key`, to load other text).
import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { yaml } from "@codemirror/lang-yaml";
import { bracketMatching, indentUnit } from "@codemirror/language";
import { forceLinting, lintGutter, linter, type Diagnostic } from "@codemirror/lint";
import { EditorState, type Extension } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  lineNumbers,
  placeholder as placeholderText,
} from "@codemirror/view";
import { useEffect, useRef } from "react";
import { editingCommands, yamlIndentation } from "./editing-commands";
import { editorHighlighting, editorTheme } from "./editor-theme";
import type { KubernetesFieldMap } from "./field-map";
import { manifestCompletions } from "./kubernetes-completions";
import { manifestProblems } from "./manifest-problems";
import { shellLanguage } from "./shell-language";
import { useKubernetesFields } from "./useKubernetesFields";

export type EditorLanguage = "yaml" | "shell";

interface CodeEditorProps {
  initialValue: string;
  language: EditorLanguage;
  onChange: (text: string) => void;
  label: string;
  /** Ids of elements that describe the editor (the keyboard hint). */
  describedBy?: string;
  placeholder?: string;
  autoFocus?: boolean;
  /** YAML only: completion and problems of another format (a task.yaml), in place of the Kubernetes manifest ones. */
  yamlAssist?: Extension;
}

function yamlSupport(fields: { current: KubernetesFieldMap | null }): Extension {
  const complete = (context: CompletionContext): CompletionResult | null => {
    if (!fields.current) return null;
    const found = manifestCompletions(fields.current, context.state.doc.toString(), context.pos);
    if (!found || found.options.length === 0) return null;
    // A field name is offered once its first letter is typed (not on every new line); a value as soon as `key: ` is.
    if (!context.explicit && found.position === "key" && found.from === context.pos) return null;
    return { from: found.from, options: found.options, validFor: /^[\w.\-/]*$/ };
  };
  const lint = (view: EditorView): Diagnostic[] => manifestProblems(view.state.doc.toString(), fields.current ?? undefined);
  return [
    yaml(),
    yamlIndentation,
    autocompletion({ override: [complete], icons: false }),
    linter(lint, { delay: 350 }),
    lintGutter(),
  ];
}

export function CodeEditor({ initialValue, language, onChange, label, describedBy, placeholder, autoFocus, yamlAssist }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  const fields = useKubernetesFields(language === "yaml" && !yamlAssist);
  const fieldsRef = useRef<KubernetesFieldMap | null>(fields);

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    fieldsRef.current = fields;
    if (view.current && fields) forceLinting(view.current);
  }, [fields]);

  useEffect(() => {
    if (!host.current) return;
    const attributes: Record<string, string> = { "aria-label": label, "aria-multiline": "true", spellcheck: "false", autocapitalize: "off", autocorrect: "off" };
    if (describedBy) attributes["aria-describedby"] = describedBy;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initialValue,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          drawSelection(),
          bracketMatching(),
          indentUnit.of("  "),
          EditorState.tabSize.of(2),
          editorTheme,
          editorHighlighting,
          EditorView.contentAttributes.of(attributes),
          placeholder ? placeholderText(placeholder) : [],
          language === "yaml" ? (yamlAssist ? [yaml(), yamlAssist] : yamlSupport(fieldsRef)) : shellLanguage,
          editingCommands(),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    if (autoFocus) editor.focus();
    return () => {
      editor.destroy();
      view.current = null;
    };
    // Created once per mount; the parent remounts it (with a key) for other text.
  }, []);

  return <div ref={host} className="code-editor" data-language={language} />;
}
