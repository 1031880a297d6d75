import { describe, expect, it } from "vitest";
import { contrastRatio, darkPalette, lightPalette } from "@/components/ui/code-theme/palette";

describe("contrastRatio", () => {
  it("matches WCAG's figures", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
    // One Dark's red on its own background: the 4.38:1 issue #14 reported.
    expect(contrastRatio("#e06c75", "#282c34")).toBeCloseTo(4.38, 2);
  });
});

describe.each([
  ["light", lightPalette],
  ["dark", darkPalette],
])("the %s editor palette", (_scheme, palette) => {
  const backgrounds = Object.entries(palette.backgrounds);
  const colours = [["text", palette.text], ["line numbers", palette.lineNumber], ...Object.entries(palette.tokens)];

  it.each(colours)("%s (%s) reaches 4.5:1 on every background", (_role, colour) => {
    for (const [name, background] of backgrounds) {
      expect(contrastRatio(colour, background), `${colour} on ${name} ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
