"use client";
// CodeMirror 6 for lesson Markdown: wrapped lines, undo history, the page's colour scheme. The document is
// owned by the editor once mounted; remount it (React key) to load different text.
import { useEffect, useRef } from "react";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { Compartment, EditorState } from "@codemirror/state";
import { EditorView, drawSelection, keymap } from "@codemirror/view";
import { editorScheme } from "@/components/ui/code-theme/editor-theme";

type Props = {
  initial: string;
  onChange: (value: string) => void;
  onPasteFile?: (file: File) => Promise<string | null>;
  label: string;
  describedBy?: string;
};

const theme = EditorView.theme({
  "&": { fontSize: "14px", minHeight: "24rem", maxHeight: "70vh" },
  ".cm-scroller": { fontFamily: "var(--font-mono)", minHeight: "24rem" },
  ".cm-content": { padding: "12px 0" },
});

export function MarkdownEditor({ initial, onChange, onPasteFile, label, describedBy }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onChange, onPasteFile });
  useEffect(() => {
    callbacks.current = { onChange, onPasteFile };
  }, [onChange, onPasteFile]);

  useEffect(() => {
    if (!host.current) return;
    const scheme = new Compartment();
    const dark = window.matchMedia("(prefers-color-scheme: dark)");
    const view = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initial,
        extensions: [
          history(),
          drawSelection(),
          EditorView.lineWrapping,
          keymap.of([...defaultKeymap, ...historyKeymap]),
          theme,
          scheme.of(editorScheme(dark.matches)),
          EditorView.contentAttributes.of({
            "aria-label": label,
            "aria-multiline": "true",
            tabindex: "0",
            ...(describedBy ? { "aria-describedby": describedBy } : {}),
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
          EditorView.domEventHandlers({
            paste: (event, editor) => {
              const file = [...(event.clipboardData?.files ?? [])].find((f) => f.type.startsWith("image/"));
              const upload = callbacks.current.onPasteFile;
              if (!file || !upload) return false;
              event.preventDefault();
              void upload(file).then((markdown) => {
                if (markdown) editor.dispatch(editor.state.replaceSelection(markdown));
              });
              return true;
            },
          }),
        ],
      }),
    });
    const onScheme = () => view.dispatch({ effects: scheme.reconfigure(editorScheme(dark.matches)) });
    dark.addEventListener("change", onScheme);
    return () => {
      dark.removeEventListener("change", onScheme);
      view.destroy();
    };
    // Mounted once per key: `initial` only seeds the document (re-creating the editor would lose the cursor).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, []);

  return (
    <div
      ref={host}
      className="overflow-hidden rounded-lg ring-1 ring-slate-300 focus-within:ring-2 focus-within:ring-brand-600 dark:ring-slate-700"
    />
  );
}
