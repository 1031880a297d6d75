// The CodeMirror colour scheme of every editor on the site: One Dark's chrome in dark mode, our own token
// colours in both (see palette.ts), so every token reaches WCAG AA on the editor's backgrounds.
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import type { Extension } from "@codemirror/state";
import { oneDarkTheme } from "@codemirror/theme-one-dark";
import { EditorView } from "@codemirror/view";
import { tags as t } from "@lezer/highlight";
import { darkPalette, lightPalette, type EditorPalette } from "./palette";

function highlightStyle({ tokens }: EditorPalette): HighlightStyle {
  return HighlightStyle.define([
    { tag: [t.keyword, t.moduleKeyword, t.controlKeyword, t.operatorKeyword], color: tokens.keyword },
    { tag: [t.string, t.docString, t.character, t.inserted], color: tokens.string },
    { tag: [t.number, t.bool, t.null, t.atom, t.literal, t.unit], color: tokens.literal },
    { tag: [t.typeName, t.className, t.namespace, t.standard(t.name)], color: tokens.type },
    {
      tag: [t.function(t.variableName), t.function(t.propertyName), t.propertyName, t.macroName, t.labelName],
      color: tokens.function,
    },
    { tag: [t.operator, t.derefOperator, t.compareOperator, t.arithmeticOperator], color: tokens.operator },
    {
      tag: [t.special(t.string), t.special(t.name), t.regexp, t.escape, t.url, t.link],
      color: tokens.special,
    },
    { tag: t.link, textDecoration: "underline" },
    { tag: [t.comment, t.lineComment, t.blockComment, t.docComment], color: tokens.comment, fontStyle: "italic" },
    { tag: [t.variableName, t.self, t.tagName, t.attributeName, t.deleted], color: tokens.variable },
    { tag: [t.definition(t.variableName), t.definition(t.propertyName)], color: tokens.definition },
    { tag: [t.meta, t.processingInstruction, t.annotation], color: tokens.meta },
    { tag: t.invalid, color: tokens.invalid },
    { tag: t.heading, fontWeight: "bold", color: tokens.keyword },
    { tag: t.strong, fontWeight: "bold" },
    { tag: t.emphasis, fontStyle: "italic" },
    { tag: t.strikethrough, textDecoration: "line-through" },
  ]);
}

/** Text, line numbers and the active line in the palette's colours (One Dark's line numbers fail AA). */
function chrome(palette: EditorPalette, dark: boolean): Extension {
  return EditorView.theme(
    {
      "&": { color: palette.text, backgroundColor: palette.backgrounds.editor },
      ".cm-gutters": {
        color: palette.lineNumber,
        backgroundColor: palette.backgrounds.gutter,
        borderRightColor: dark ? "#3e4451" : "#dddddd",
      },
      ".cm-activeLine": { backgroundColor: palette.backgrounds.activeLine },
      ".cm-activeLineGutter": { backgroundColor: palette.backgrounds.activeLine, color: palette.text },
    },
    { dark },
  );
}

const light: Extension = [chrome(lightPalette, false), syntaxHighlighting(highlightStyle(lightPalette))];
// Ours before One Dark's: the earlier extension takes precedence, and its line numbers must not win.
const dark: Extension = [chrome(darkPalette, true), oneDarkTheme, syntaxHighlighting(highlightStyle(darkPalette))];

/** The editor's scheme; put it in a Compartment and swap it when prefers-color-scheme changes. */
export function editorScheme(prefersDark: boolean): Extension {
  return prefersDark ? dark : light;
}
