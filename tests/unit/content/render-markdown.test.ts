import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/render-markdown";
import { classForStyle } from "@/lib/content/shiki-classes";

const LESSON = `
## Requests

Plain text with a [link](https://example.com).

\`\`\`sql
SELECT id, total FROM orders WHERE total > 100;
SELECT id FROM customers;
\`\`\`

### Headers

> **Tip:** keep requests small.

<script>alert(1)</script>
<img src="x" onerror="alert(2)">
[bad](javascript:alert(3))
`;

describe("renderMarkdown", () => {
  it("removes scripts, event handlers and javascript: links written in the Markdown", async () => {
    const { html } = await renderMarkdown(LESSON);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("onerror");
    expect(html).not.toContain("javascript:");
  });

  it("highlights code with one class per distinct token style, defined once in a style block", async () => {
    const { html } = await renderMarkdown(LESSON);
    expect(html).toContain('<pre class="shiki');
    // Token spans carry classes, not inline styles.
    const spans = html.match(/<span class="[^"]*sk-[\w-]{7}[^"]*">/g) ?? [];
    expect(spans.length).toBeGreaterThan(5);
    expect(html).not.toMatch(/<span style=/);
    // Every class used is defined exactly once, with the style Shiki would have written inline.
    const css = /^<style>(.*?)<\/style>/.exec(html)?.[1] ?? "";
    const used = new Set([...html.matchAll(/\bsk-[\w-]{7}\b/g)].map((m) => m[0]));
    for (const name of used) expect(css.split(`.${name}{`).length - 1, name).toBe(1);
    const [, firstName, firstStyle] = /\.(sk-[\w-]{7})\{([^}]*)\}/.exec(css)!;
    expect(firstStyle).toMatch(/color:#[0-9A-Fa-f]{6}.*--shiki-dark:#[0-9A-Fa-f]{6}/);
    expect(classForStyle(firstStyle!)).toBe(firstName);
  });

  it("builds the table of contents, heading anchors and callouts", async () => {
    const { html, toc } = await renderMarkdown(LESSON);
    expect(toc).toEqual([
      { id: "requests", text: "Requests", depth: 2 },
      { id: "headers", text: "Headers", depth: 3 },
    ]);
    expect(html).toContain('<h2 id="requests">');
    expect(html).toContain('class="callout callout-tip"');
  });

  it("adds no style block to prose without code", async () => {
    const { html } = await renderMarkdown("Just *words*.");
    expect(html).toBe("<p>Just <em>words</em>.</p>");
  });
});

describe("mermaid blocks in lesson Markdown", () => {
  it("become a figure to draw, keeping the source as its text alternative; other code is still highlighted", async () => {
    const { html } = await renderMarkdown(
      "```mermaid\ngraph TD\n  A[Client] --> B<script>\n```\n\n```sql\nSELECT 1;\n```",
    );
    expect(html).toContain('<figure class="mermaid-diagram" data-mermaid="">');
    expect(html).toContain("<summary>Diagram as text</summary>");
    expect(html).toMatch(/<pre class="mermaid-source">graph TD\n {2}A\[Client\] --> B&#x3C;script>/);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("language-mermaid");
    expect(html).toMatch(/<pre class="shiki/);
  });
});
