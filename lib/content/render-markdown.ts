import rehypeShikiFromHighlighter from "@shikijs/rehype/core";
import { createHighlighter, type HighlighterGeneric } from "shiki";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import type { Element, ElementContent, Root } from "hast";
import { toString } from "hast-util-to-string";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import { shikiStyleClasses } from "./shiki-classes";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";

export type TocEntry = { id: string; text: string; depth: 2 | 3 };
export type RenderedMarkdown = { html: string; toc: TocEntry[] };

const CALLOUT = /^(Note|Tip|Warning|Important):?$/i;

// Author Markdown is sanitized first; only then do we add trusted markup (callouts, anchors, shiki).
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: "",
  attributes: {
    ...defaultSchema.attributes,
    code: [...(defaultSchema.attributes?.code ?? []), ["className", /^language-[\w-]+$/]],
  },
};

/** Blockquotes that open with **Note:** / **Tip:** / **Warning:** become styled callouts. */
function rehypeCallouts() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "blockquote") return;
      const first = node.children.find((c): c is Element => c.type === "element");
      const strong = first?.children.find((c): c is Element => c.type === "element" && c.tagName === "strong");
      const label = strong ? toString(strong).trim() : "";
      const match = CALLOUT.exec(label);
      if (!match) return;
      const kind = match[1]!.toLowerCase();
      node.tagName = "aside";
      node.properties = { ...node.properties, className: ["callout", `callout-${kind}`], role: "note" };
    });
  };
}

/**
 * A ```mermaid block becomes a figure the browser draws (components/learn/use-mermaid.ts loads mermaid only
 * on pages that have one). Its source stays in the page as the diagram's text alternative, and is what shows
 * until (or unless) the drawing is made.
 */
function rehypeMermaid() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "pre" || !parent || index === undefined) return;
      const code = node.children.find((c): c is Element => c.type === "element" && c.tagName === "code");
      const classes = code?.properties?.className;
      if (!code || !Array.isArray(classes) || !classes.includes("language-mermaid")) return;
      const source: ElementContent = { type: "text", value: toString(code).trim() };
      const figure: Element = {
        type: "element",
        tagName: "figure",
        properties: { className: ["mermaid-diagram"], dataMermaid: "" },
        children: [
          { type: "element", tagName: "div", properties: { className: ["mermaid-render"] }, children: [] },
          {
            type: "element",
            tagName: "details",
            properties: { className: ["mermaid-text"] },
            children: [
              {
                type: "element",
                tagName: "summary",
                properties: {},
                children: [{ type: "text", value: "Diagram as text" }],
              },
              { type: "element", tagName: "pre", properties: { className: ["mermaid-source"] }, children: [source] },
            ],
          },
        ],
      };
      parent.children[index] = figure;
    });
  };
}

function collectToc(toc: TocEntry[]) {
  return () => (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties?.id === "string") {
        toc.push({ id: node.properties.id, text: toString(node).trim(), depth: node.tagName === "h2" ? 2 : 3 });
      }
    });
  };
}

// Only the languages lessons use are loaded: loading every grammar costs seconds on first render.
export const HIGHLIGHT_LANGUAGES = [
  "ts",
  "typescript",
  "tsx",
  "js",
  "javascript",
  "jsx",
  "json",
  "python",
  "go",
  "java",
  "ruby",
  "php",
  "hcl",
  "rust",
  "sql",
  "bash",
  "shell",
  "http",
  "graphql",
  "yaml",
  "toml",
  "dockerfile",
  "nginx",
  "ini",
  "diff",
  "html",
  "xml",
] as const;

let highlighterPromise: Promise<HighlighterGeneric<string, string>> | undefined;

function getHighlighter() {
  highlighterPromise ??= createHighlighter({
    themes: ["github-light-high-contrast", "github-dark-high-contrast"],
    langs: [...HIGHLIGHT_LANGUAGES],
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  }) as Promise<HighlighterGeneric<string, string>>;
  return highlighterPromise;
}

const anchorIcon: ElementContent = { type: "text", value: "#" };

/**
 * What people other than the course's authors write (Q&A posts): every link says it is user content and
 * opens nothing with our page's rights; an image from another host becomes a link to it, so reading a post
 * never makes the reader's browser fetch from a host the writer chose. Headings get no ids (no clash with
 * the page's own anchors).
 */
function rehypeUserContent() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "a") {
        node.properties = { ...node.properties, rel: ["nofollow", "ugc", "noopener"] };
      }
      if (node.tagName === "img") {
        const src = typeof node.properties?.src === "string" ? node.properties.src : "";
        if (src.startsWith("/") && !src.startsWith("//")) return;
        const alt = typeof node.properties?.alt === "string" && node.properties.alt ? node.properties.alt : src;
        node.tagName = "a";
        node.properties = { href: src, rel: ["nofollow", "ugc", "noopener"] };
        node.children = [{ type: "text", value: `[image: ${alt}]` }];
      }
    });
  };
}

export async function renderMarkdown(
  markdown: string,
  { userContent = false }: { userContent?: boolean } = {},
): Promise<RenderedMarkdown> {
  const toc: TocEntry[] = [];
  const highlighter = await getHighlighter();
  const styleClasses = shikiStyleClasses();
  const base = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, sanitizeSchema);
  const authored = userContent
    ? base.use(rehypeUserContent)
    : base
        .use(rehypeCallouts)
        .use(rehypeMermaid)
        .use(rehypeSlug)
        .use(collectToc(toc))
        .use(rehypeAutolinkHeadings, {
          behavior: "append",
          properties: { className: ["heading-anchor"], ariaHidden: "true", tabIndex: -1 },
          content: anchorIcon,
        });
  const file = await authored
    .use(rehypeShikiFromHighlighter, highlighter, {
      themes: { light: "github-light-high-contrast", dark: "github-dark-high-contrast" },
      defaultLanguage: "text",
      fallbackLanguage: "text",
      transformers: [styleClasses.transformer],
    })
    .use(styleClasses.rehypePlugin)
    .use(rehypeStringify)
    .process(markdown);
  return { html: String(file), toc };
}

// Rendered HTML keyed by lesson id and content version: a lesson is rendered once per edit.
const cache = new Map<string, Promise<RenderedMarkdown>>();
const CACHE_LIMIT = 500;

export function renderMarkdownCached(
  key: string,
  markdown: string,
  options: { userContent?: boolean } = {},
): Promise<RenderedMarkdown> {
  const hit = cache.get(key);
  if (hit) return hit;
  const pending = renderMarkdown(markdown, options).catch((error: unknown) => {
    cache.delete(key);
    throw error;
  });
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, pending);
  return pending;
}
