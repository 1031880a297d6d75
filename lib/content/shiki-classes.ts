// Shiki writes each token's colours as an inline style ("color:#A0111F;--shiki-dark:#FF9492"), and a lesson
// repeats a dozen such styles hundreds of times, once in the HTML and again in the page's RSC payload.
// This swaps each distinct style for a class named after a hash of the style, and adds one <style> block
// with those rules to the rendered fragment. The same style always gets the same class, so fragments
// rendered apart (a lesson, its quiz questions) never disagree on a class.
import { createHash } from "node:crypto";
import type { Element, Root } from "hast";
import type { ShikiTransformer } from "shiki";

export type StyleClasses = { transformer: ShikiTransformer; rehypePlugin: () => (tree: Root) => void };

export function classForStyle(style: string): string {
  return `sk-${createHash("sha1").update(style).digest("base64url").slice(0, 7)}`;
}

/** One per render: collects the styles it replaced and writes them into the fragment at the end. */
export function shikiStyleClasses(): StyleClasses {
  const rules = new Map<string, string>();
  const transformer: ShikiTransformer = {
    name: "backend-academy:style-to-class",
    span(node: Element) {
      const style = node.properties.style;
      if (typeof style !== "string" || style === "") return;
      const name = classForStyle(style);
      rules.set(name, style);
      delete node.properties.style;
      this.addClassToHast(node, name);
    },
  };
  const rehypePlugin = () => (tree: Root) => {
    if (rules.size === 0) return;
    const css = [...rules].map(([name, style]) => `.${name}{${style}}`).join("");
    tree.children.unshift({
      type: "element",
      tagName: "style",
      properties: {},
      children: [{ type: "text", value: css }],
    });
  };
  return { transformer, rehypePlugin };
}
