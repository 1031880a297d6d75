import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Container } from "@/components/ui/container";

const classesOf = (className?: string) =>
  /class="([^"]*)"/.exec(renderToStaticMarkup(Container({ className, children: "x" })))![1]!.split(" ");

describe("Container", () => {
  it("is max-w-6xl by default", () => {
    expect(classesOf()).toContain("max-w-6xl");
    expect(classesOf("py-10")).toContain("max-w-6xl");
  });

  it("takes the caller's width alone (max-w-6xl would win in Tailwind's output)", () => {
    for (const width of ["max-w-2xl", "max-w-3xl", "max-w-5xl", "max-w-lg"]) {
      const classes = classesOf(`${width} py-10`);
      expect(classes).toContain(width);
      expect(classes).not.toContain("max-w-6xl");
    }
  });
});
