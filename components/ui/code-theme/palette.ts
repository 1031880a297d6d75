// The colours of our CodeMirror editors, as plain data so a unit test can check each token against every
// background it can sit on (WCAG AA, 4.5:1 for 14 px text). One Dark's own token colours fail that test.
export type TokenRole =
  | "keyword"
  | "string"
  | "literal"
  | "type"
  | "function"
  | "operator"
  | "special"
  | "comment"
  | "variable"
  | "definition"
  | "meta"
  | "invalid";

export type EditorPalette = {
  /** Every background text can be drawn on: the editor, the active line, the gutter. */
  backgrounds: { editor: string; activeLine: string; gutter: string };
  text: string;
  lineNumber: string;
  tokens: Record<TokenRole, string>;
};

export const lightPalette: EditorPalette = {
  backgrounds: { editor: "#ffffff", activeLine: "#f3fbff", gutter: "#f5f5f5" },
  text: "#1e293b",
  lineNumber: "#595959",
  tokens: {
    keyword: "#770088",
    string: "#9a1b1b",
    literal: "#116644",
    type: "#0f6a4f",
    function: "#0000cc",
    operator: "#3e4a5a",
    special: "#a33000",
    comment: "#6b4a00",
    variable: "#1e293b",
    definition: "#3300aa",
    meta: "#404740",
    invalid: "#b00000",
  },
};

// The backgrounds are One Dark's (its chrome, oneDarkTheme, is kept); the tokens are lighter than its own.
export const darkPalette: EditorPalette = {
  backgrounds: { editor: "#282c34", activeLine: "#2c313a", gutter: "#282c34" },
  text: "#abb2bf",
  lineNumber: "#a3acba",
  tokens: {
    keyword: "#d7a0ea",
    string: "#98c379",
    literal: "#e0ad7e",
    type: "#e5c07b",
    function: "#7cbcf2",
    operator: "#6cc6d1",
    special: "#6cc6d1",
    comment: "#a3acba",
    variable: "#f09aa1",
    definition: "#f09aa1",
    meta: "#a3acba",
    invalid: "#ffffff",
  },
};

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
