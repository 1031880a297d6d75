// "Preview as a learner": a lesson's working copy (the draft, else what is published) shown to the course's
// staff exactly as a learner gets it, and quiz and exercise answers checked the same way, with nothing
// recorded. The answer key and solutions leave the server only where a learner's would.
import { renderMarkdown } from "../content/render-markdown";
import type { CodeLanguage } from "../content/schema";
import { checkExerciseAnswer, exerciseSolution } from "../learning/exercise-check";
import type { ExerciseSubmission } from "../learning/exercise-submission";
import { exerciseAssetUrls } from "../learning/exercise-assets";
import type { LessonActivity, LessonContent as LearnerContent } from "../learning/lesson-content";
import type { QuizAnswers } from "../learning/quiz-grading";
import { seededShuffle } from "../learning/quiz-shuffle";
import { parseLessonExercise, toExerciseView } from "../learning/schema";
import type { StudioUser } from "./access";
import { StudioError } from "./errors";
import type { LessonContent } from "./lesson-content";
import { gradePreviewQuiz, previewQuestions, type PreviewQuizResult } from "./preview-quiz";
import { getLessonForEditing } from "./queries";

function exerciseOf(content: LessonContent) {
  if (!content.exercise) return null;
  return parseLessonExercise({ type: content.kind === "sql" ? "sql" : "code", ...content.exercise });
}

async function activityOf(lessonId: string, content: LessonContent): Promise<LessonActivity> {
  if (content.kind === "quiz" && content.quiz) {
    const questions = await Promise.all(
      previewQuestions(content.quiz).map(async (q) => ({
        id: q.id,
        multiple: q.multiple,
        promptHtml: (await renderMarkdown(q.prompt)).html,
        choices: await Promise.all(
          seededShuffle(q.choices, `${lessonId}:${q.id}`).map(async (c) => ({
            id: c.id,
            html: (await renderMarkdown(c.text)).html,
          })),
        ),
      })),
    );
    return { kind: "quiz", passPercent: content.quiz.passPercent, questions };
  }
  if (content.kind === "sql" || content.kind === "code" || content.kind === "python") {
    const exercise = exerciseOf(content);
    return exercise
      ? { kind: "exercise", exercise: toExerciseView(exercise), assets: await exerciseAssetUrls() }
      : { kind: "broken-exercise" };
  }
  return { kind: "read" };
}

/** The lesson as a learner would see it; refuses anyone but the course's owner, co-instructors and admins. */
export async function getLessonPreview(user: StudioUser, lessonId: string) {
  const lesson = await getLessonForEditing(user, lessonId);
  const { content } = lesson;
  const [rendered, activity] = await Promise.all([renderMarkdown(content.body), activityOf(lesson.id, content)]);
  const video =
    content.kind === "video" && content.video
      ? { url: content.video.url, captionsUrl: content.video.captions || null }
      : null;
  const learnerContent: LearnerContent = { html: rendered.html, toc: rendered.toc, video, activity };
  return {
    id: lesson.id,
    slug: lesson.slug,
    courseId: lesson.courseId,
    course: lesson.course,
    moduleTitle: lesson.moduleTitle,
    title: content.title,
    kind: content.kind,
    minutes: content.minutes,
    fromDraft: lesson.draft !== null,
    everPublished: lesson.everPublished,
    content: learnerContent,
  };
}

/** A quiz attempt in the preview: graded like a learner's first attempt, not recorded. */
export async function gradeQuizPreview(
  user: StudioUser,
  input: { lessonId: string; answers: QuizAnswers },
): Promise<PreviewQuizResult> {
  const { content } = await getLessonForEditing(user, input.lessonId);
  if (content.kind !== "quiz" || !content.quiz) throw new StudioError("This lesson has no quiz.");
  const result = gradePreviewQuiz(content.quiz, input.answers);
  if ("error" in result) throw new StudioError(result.error);
  return result;
}

/** An exercise answer in the preview: checked as a learner's is (hidden tests stay hidden), not recorded. */
export async function checkExercisePreview(
  user: StudioUser,
  input: { lessonId: string; answer: string; language?: CodeLanguage },
): Promise<ExerciseSubmission> {
  const { content } = await getLessonForEditing(user, input.lessonId);
  const exercise = exerciseOf(content);
  if (!exercise) throw new StudioError("This lesson has no exercise that can be checked.");
  const check = await checkExerciseAnswer(exercise, input.answer, input.language, user.id);
  return {
    ...check,
    completion: null,
    solution: check.passed ? exerciseSolution(exercise, input.language) : null,
  };
}
