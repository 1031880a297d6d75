// Pure rules of the lesson Q&A: limits, who may see an attached attempt, mentions, similar-question queries.

export const QA_TITLE_MAX = 150;
export const QA_BODY_MAX = 10_000;
export const QA_REPORT_REASON_MAX = 500;
/** An account younger than this posts under the lower hourly limit. */
export const NEW_ACCOUNT_MS = 24 * 60 * 60 * 1000;

export type QaRateBucket = "qa-post-user" | "qa-post-new-user";

export function postingBucket(accountCreatedAt: Date, now: Date): QaRateBucket {
  return now.getTime() - accountCreatedAt.getTime() < NEW_ACCOUNT_MS ? "qa-post-new-user" : "qa-post-user";
}

export const EXERCISE_KINDS = ["SQL_EXERCISE", "CODE_EXERCISE"] as const;

export function isExerciseKind(kind: string): boolean {
  return (EXERCISE_KINDS as readonly string[]).includes(kind);
}

/**
 * A passing attempt is a working solution: it shows to the asker, to course staff and to those who solved the
 * exercise themselves; everyone else sees that an attempt is attached and why it is hidden.
 */
export function maySeeAttempt(
  attempt: { solves: boolean; authorId: string | null },
  viewer: { id: string | null; staff: boolean; solved: boolean },
): boolean {
  if (!attempt.solves) return true;
  return viewer.staff || viewer.solved || (viewer.id !== null && viewer.id === attempt.authorId);
}

/** "@InesInstructor" and "@ines" both name Ines Instructor: a name is matched without spaces or case. */
export function mentionKey(name: string): string {
  return name.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

const MENTION = /(^|[^\p{L}\p{N}_@])@([\p{L}\p{N}_.-]{2,40})/gu;

/** The distinct @words of a text, as mention keys (code blocks and inline code excluded). */
export function mentionedKeys(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?(```|$)/g, " ").replace(/`[^`\n]*`/g, " ");
  const keys = new Set<string>();
  for (const match of prose.matchAll(MENTION)) keys.add(mentionKey(match[2]!.replace(/[.-]+$/, "")));
  return [...keys];
}

/**
 * Members a text mentions: a key matches a member's whole name without spaces, or their first name when no
 * other member shares it. Unknown names stay plain text and notify no one.
 */
export function resolveMentions<M extends { id: string; name: string | null }>(
  markdown: string,
  members: readonly M[],
): M[] {
  const keys = mentionedKeys(markdown);
  if (!keys.length) return [];
  const byFull = new Map<string, M>();
  const byFirst = new Map<string, M[]>();
  for (const member of members) {
    if (!member.name?.trim()) continue;
    byFull.set(mentionKey(member.name), member);
    const first = mentionKey(member.name.trim().split(/\s+/)[0]!);
    byFirst.set(first, [...(byFirst.get(first) ?? []), member]);
  }
  const found = new Map<string, M>();
  for (const key of keys) {
    const firsts = byFirst.get(key);
    const member = byFull.get(key) ?? (firsts?.length === 1 ? firsts[0] : undefined);
    if (member) found.set(member.id, member);
  }
  return [...found.values()];
}

/**
 * A question being typed as a tsquery that matches any of its words (as prefixes, so it works mid-word):
 * "similar" means sharing words, ranked by how many. Letters and digits only, so nothing injects syntax.
 */
export function similarTsQuery(text: string): string | null {
  const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,40}/gu) ?? [])].slice(0, 12);
  return words.length ? words.map((word) => `${word}:*`).join(" | ") : null;
}

export type ThreadSort = "unanswered" | "newest" | "top";

/** Display name of a post's author: their name, never their email. */
export function authorLabel(author: { name: string | null } | null): string {
  if (!author) return "Deleted account";
  return author.name?.trim() || "A learner";
}

/** A wait in words for the analytics: "under a minute", "42 min", "3 h 5 min", "2 days 4 h"; null: "—". */
export function describeWait(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return "—";
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return "under a minute";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return `${days} day${days === 1 ? "" : "s"}${hours % 24 ? ` ${hours % 24} h` : ""}`;
}

/** The middle value (the mean of the two middle ones for an even count), as percentile_cont(0.5); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
