// Orders quiz choices per learner and attempt, so "always pick the first" (or any fixed position) passes
// nothing. Pure and deterministic: the same seed gives the same order, so a reload shows the same quiz.

/** A 32-bit hash of a string (FNV-1a), spread by a final avalanche step. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash >>> 0;
}

/** mulberry32: a small, well-spread generator; quiz order needs no cryptographic strength. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher–Yates shuffle of `items` driven by `seed`. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = generator(hashSeed(seed));
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

type QuestionIds = { id: string; choices: { id: string }[] }[];

/** questionId → choice ids in display order, for one learner's attempt at one quiz. */
export function quizChoiceOrder(questions: QuestionIds, seed: string): Record<string, string[]> {
  return Object.fromEntries(
    questions.map((q) => [
      q.id,
      seededShuffle(
        q.choices.map((c) => c.id),
        `${seed}:${q.id}`,
      ),
    ]),
  );
}

/** The seed of a learner's next attempt: stable until they submit, different for the next attempt. */
export function attemptSeed(userId: string, lessonId: string, attemptsSoFar: number): string {
  return `${userId}:${lessonId}:${attemptsSoFar}`;
}

/** Applies an order to choices; ids the order does not know keep their place at the end. */
export function orderChoices<C extends { id: string }>(choices: C[], order: string[] | undefined): C[] {
  if (!order) return choices;
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...choices].sort((a, b) => (rank.get(a.id) ?? order.length) - (rank.get(b.id) ?? order.length));
}
