import { getQuizQuestions } from "../catalog/queries";
import { memoKeys } from "../cache/keys";
import { memoize } from "../cache/memo";
import { renderMarkdownCached } from "../content/render-markdown";
import { seededShuffle } from "./quiz-shuffle";

/**
 * Quiz questions with prompts and choices rendered from Markdown (code blocks included), no answer key.
 * Choices leave the source order (where authors tend to write the right one first) for one shuffled per
 * lesson; a signed-in learner's page reorders them again per attempt (lesson-state's quizOrder).
 */
export function getQuizView(lessonId: string, version: number) {
  return memoize(
    memoKeys.quizView(lessonId, version),
    async () => {
      const questions = await getQuizQuestions(lessonId, version);
      return Promise.all(
        questions.map(async (q) => ({
          id: q.id,
          multiple: q.multiple,
          promptHtml: (await renderMarkdownCached(`quiz:${q.id}:${version}`, q.prompt)).html,
          choices: await Promise.all(
            seededShuffle(q.choices, `${lessonId}:${q.id}`).map(async (c) => ({
              id: c.id,
              html: (await renderMarkdownCached(`choice:${c.id}:${version}`, c.text)).html,
            })),
          ),
        })),
      );
    },
    10 * 60_000,
  );
}
