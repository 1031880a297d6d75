import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/render-markdown";

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
