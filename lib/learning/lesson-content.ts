// What a lesson shows once it may be read: rendered Markdown, its table of contents, the video and the
// activity (quiz, exercise or "mark as complete"). The same data whether it reaches the browser in the
// cached page (free-preview lessons) or through /api/learn/lesson-state (lessons behind enrolment).
import type { LessonDetail } from "../catalog/queries";
import { renderMarkdownCached, type TocEntry } from "../content/render-markdown";
import { exerciseAssetUrls, type ExerciseAssets } from "./exercise-assets";
import { getQuizView } from "./quiz-view";
import { parseLessonExercise, toExerciseView, type ExerciseView } from "./schema";

export type QuizQuestionView = Awaited<ReturnType<typeof getQuizView>>[number];

export type LessonActivity =
  | { kind: "quiz"; passPercent: number; questions: QuizQuestionView[] }
  | { kind: "exercise"; exercise: ExerciseView; assets: ExerciseAssets }
  | { kind: "broken-exercise" }
  | { kind: "read" };

export type LessonContent = {
  html: string;
  toc: TocEntry[];
  video: { url: string; captionsUrl: string | null } | null;
  activity: LessonActivity;
};

async function activityOf(lesson: LessonDetail): Promise<LessonActivity> {
  if (lesson.kind === "QUIZ")
    return {
      kind: "quiz",
      passPercent: lesson.quizPassPercent ?? 70,
      questions: await getQuizView(lesson.id, lesson.version),
    };
  if (lesson.kind === "SQL_EXERCISE" || lesson.kind === "CODE_EXERCISE") {
    const exercise = parseLessonExercise(lesson.exercise);
    // Never the solution: it reaches a browser only in the answer to a submission the server checked.
    return exercise
      ? { kind: "exercise", exercise: toExerciseView(exercise), assets: await exerciseAssetUrls() }
      : { kind: "broken-exercise" };
  }
  return { kind: "read" };
}

/** Rendering is cached per lesson version, so this costs no Markdown work after the first call. */
export async function getLessonContent(lesson: LessonDetail): Promise<LessonContent> {
  const [rendered, activity] = await Promise.all([
    renderMarkdownCached(`lesson:${lesson.id}:${lesson.version}`, lesson.body),
    activityOf(lesson),
  ]);
  const video =
    lesson.kind === "VIDEO" && lesson.videoUrl ? { url: lesson.videoUrl, captionsUrl: lesson.captionsUrl } : null;
  return { html: rendered.html, toc: rendered.toc, video, activity };
}
