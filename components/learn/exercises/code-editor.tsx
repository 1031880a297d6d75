"use client";
// CodeMirror 6 editor. Loaded only with an exercise, never with the lesson page itself.
import { useEffect, useRef } from "react";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { javascript } from "@codemirror/lang-javascript";
import { PostgreSQL, sql } from "@codemirror/lang-sql";
import { bracketMatching, indentOnInput, indentUnit, StreamLanguage } from "@codemirror/language";
import { Compartment, EditorState } from "@codemirror/state";
import { EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers } from "@codemirror/view";
import { editorScheme } from "@/components/ui/code-theme/editor-theme";
import { pythonTokens } from "./python-tokens";

type Props = {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  language: "sql" | "javascript" | "typescript" | "python";
  label: string;
  /** A file the learner reads but may not change (a service exercise's given files). */
  readOnly?: boolean;
};

const baseTheme = EditorView.theme({
  "&": { fontSize: "14px", minHeight: "11rem" },
  ".cm-scroller": { fontFamily: "var(--font-mono)", minHeight: "11rem" },
  ".cm-content": { padding: "12px 0" },
});

export function CodeEditor({ value, onChange, onRun, language, label, readOnly = false }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // Latest callbacks without re-creating the editor.
  const callbacks = useRef({ onChange, onRun });
  useEffect(() => {
    callbacks.current = { onChange, onRun };
  }, [onChange, onRun]);

  useEffect(() => {
    if (!host.current) return;
    const theme = new Compartment();
    const dark = window.matchMedia("(prefers-color-scheme: dark)");
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          highlightActiveLine(),
          language === "sql"
            ? sql({ dialect: PostgreSQL })
            : language === "python"
              ? StreamLanguage.define(pythonTokens)
              : javascript({ typescript: language === "typescript" }),
          indentUnit.of("    "),
          // Long lines wrap instead of hiding behind a sideways scroll.
          EditorView.lineWrapping,
          keymap.of([
            { key: "Mod-Enter", run: () => (callbacks.current.onRun(), true) },
            ...defaultKeymap,
            ...historyKeymap,
            // Tab indents (Python needs it); Escape then Tab still leaves the editor, as CodeMirror documents.
            ...(language === "python" ? [indentWithTab] : []),
          ]),
          baseTheme,
          theme.of(editorScheme(dark.matches)),
          EditorState.readOnly.of(readOnly),
          // An explicit tabindex lets checkers see that the scrolling editor is reachable by keyboard.
          EditorView.contentAttributes.of({ "aria-label": label, "aria-multiline": "true", tabindex: "0" }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    const onScheme = () => editor.dispatch({ effects: theme.reconfigure(editorScheme(dark.matches)) });
    dark.addEventListener("change", onScheme);
    return () => {
      dark.removeEventListener("change", onScheme);
      editor.destroy();
      view.current = null;
    };
    // The document is owned by the editor after mount; `value` seeds it and `replace` below resets it.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-creating the editor on each keystroke would lose the cursor
  }, [language, label, readOnly]);

  // Outside changes (reset, show solution) replace the document.
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return (
    <div
      ref={host}
      className="overflow-hidden rounded-lg border border-slate-300 bg-white dark:border-slate-700 dark:bg-[#282c34]"
    />
  );
}
