// Builds the catalogue's full-text + trigram search as parameterised SQL. Pure: no database here.
import { PUBLISHED_LESSON_SQL } from "../content/published";
import type { CatalogFilter } from "./schema";

export type SearchSql = { text: string; values: string[] };

/** Private-use characters mark highlighted words in ts_headline output, so no HTML comes from the database. */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

const MAX_WORDS = 8;

/**
 * "Keyset  pagin!" -> "keyset:* & pagin:*": every word must match, each as a prefix so results
 * appear while typing. Only letters and digits survive, so user input cannot inject tsquery syntax.
 */
/**
 * The search text as the database sees it: full-text and trigram matching both ignore case and runs of
 * spaces, so "Keyset  Pagination" and "keyset pagination" are one search and share one cached answer.
 */
export function normaliseSearchText(input: string): string {
  return input.toLowerCase().replace(/\s+/g, " ").trim();
}

export function toPrefixTsQuery(input: string): string | null {
  const words = (input.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length <= 40).slice(0, MAX_WORDS);
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}

const headline = (extra: string) => `'StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_END}", ${extra}'`;

const ORDER_BY: Record<NonNullable<CatalogFilter["sort"]>, string> = {
  relevance: `"titleRank" DESC, rank DESC, c."publishedAt" DESC NULLS LAST`,
  newest: `c."publishedAt" DESC NULLS LAST, rank DESC`,
  popular: `learners DESC, rank DESC`,
};

/**
 * One query ranks courses by full-text matches in the course (title > summary > description) and in
 * its best-matching lesson, plus trigram similarity so a typo ("postgras") still finds "PostgreSQL".
 * By relevance, a course whose title holds every searched word comes first, and among those the one
 * whose title is most nearly the search ("postgres": "SQL and Data Modelling with PostgreSQL" before
 * "Beyond PostgreSQL: NoSQL and Choosing a Store"), however often a longer description repeats the word.
 * A lesson matches by its title, and by its text only when it is a free preview (see the lesson's
 * generated searchVector); excerpts are cut from that plain text, never from the Markdown.
 */
export function buildCatalogSearch(filter: CatalogFilter, tsQuery: string, limit = 50): SearchSql {
  const values: string[] = [tsQuery, filter.q ?? ""];
  const param = (value: string) => {
    values.push(value);
    return `$${values.length}`;
  };
  const conditions = [
    `c.status = 'PUBLISHED'`,
    `(c."searchVector" @@ s.tsq OR s.raw <% c.title OR s.raw <% c.summary OR hit.slug IS NOT NULL)`,
  ];
  if (filter.topic) conditions.push(`c.topic::text = ${param(filter.topic)}`);
  if (filter.level) conditions.push(`c.level::text = ${param(filter.level)}`);
  if (filter.format) conditions.push(`c.format::text = ${param(filter.format)}`);
  if (filter.price === "free") conditions.push(`c."priceCents" = 0`);
  if (filter.price === "paid") conditions.push(`c."priceCents" > 0`);
  const orderBy = ORDER_BY[filter.sort ?? "relevance"];

  const text = `
WITH s AS (SELECT to_tsquery('english', $1) AS tsq, $2::text AS raw)
SELECT c.id,
  (CASE WHEN to_tsvector('english', c.title) @@ s.tsq
        THEN 1.0 / greatest(length(to_tsvector('english', c.title)), 1) ELSE 0 END)::float8 AS "titleRank",
  ts_headline('english', c.title, s.tsq, ${headline("HighlightAll=true")}) AS "titleHighlight",
  (ts_rank_cd(c."searchVector", s.tsq) * 4 + coalesce(hit.rank, 0) + word_similarity(s.raw, c.title))::float8 AS rank,
  (SELECT count(*) FROM "Enrollment" e WHERE e."courseId" = c.id AND e.status IN ('ACTIVE', 'COMPLETED'))::int AS learners,
  ts_headline('english', c.summary, s.tsq, ${headline("HighlightAll=true")}) AS "summaryHighlight",
  hit.title AS "lessonTitle",
  CASE WHEN hit.title IS NULL THEN NULL ELSE ts_headline('english', hit.title, s.tsq, ${headline("HighlightAll=true")}) END AS "lessonTitleHighlight",
  hit.slug AS "lessonSlug",
  CASE WHEN hit."previewText" IS NULL THEN NULL
       ELSE ts_headline('english', hit."previewText", s.tsq, ${headline("MaxWords=28, MinWords=12, MaxFragments=1")}) END AS "lessonHighlight"
FROM "Course" c
CROSS JOIN s
LEFT JOIN LATERAL (
  SELECT l.title, l.slug, ts_rank_cd(l."searchVector", s.tsq) AS rank,
    -- Only a free-preview lesson's text may be quoted (issue #9): the rest is behind enrolment.
    CASE WHEN l."freePreview" THEN academy_markdown_plain(l.body) END AS "previewText"
  FROM "Lesson" l
  WHERE l."courseId" = c.id AND ${PUBLISHED_LESSON_SQL} AND (l."searchVector" @@ s.tsq OR s.raw <% l.title)
  ORDER BY rank DESC, l.position ASC
  LIMIT 1
) hit ON true
WHERE ${conditions.join("\n  AND ")}
ORDER BY ${orderBy}
LIMIT ${Math.max(1, Math.min(100, Math.trunc(limit)))}`;
  return { text, values };
}

export type HighlightPart = { text: string; match: boolean };

/** Splits ts_headline output at the markers into plain and highlighted runs, dropping Markdown symbols. */
export function splitHighlight(source: string): HighlightPart[] {
  const plain = source
    .replace(/```[\w-]*/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#*`>|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const parts: HighlightPart[] = [];
  for (const [index, chunk] of plain.split(HIGHLIGHT_START).entries()) {
    if (index === 0) {
      if (chunk) parts.push({ text: chunk, match: false });
      continue;
    }
    const [hit = "", ...rest] = chunk.split(HIGHLIGHT_END);
    if (hit) parts.push({ text: hit, match: true });
    const after = rest.join("");
    if (after) parts.push({ text: after, match: false });
  }
  return parts;
}
