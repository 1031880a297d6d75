"use client";
// The body of "Preview as a learner": the lesson's text, video and activity through the learner's own
// components, with the quiz and exercise answered by the studio's preview actions (nothing recorded).
import { CodeExerciseLoader, SqlExerciseLoader } from "@/components/learn/exercises/exercise-loader";
import { LearnerPreviewProvider, type LearnerPreviewActions } from "@/components/learn/learner-preview-context";
import { QuizForm } from "@/components/learn/quiz-form";
import { VideoPlayer } from "@/components/learn/video-player";
import type { LessonContent } from "@/lib/learning/lesson-content";
import { LessonHtml } from "@/components/learn/lesson-html";

type Props = { lessonId: string; title: string; content: LessonContent; actions: LearnerPreviewActions };

export function LearnerPreview({ lessonId, title, content, actions }: Props) {
  const { activity } = content;
  return (
    <LearnerPreviewProvider actions={actions}>
      {content.video && (
        <VideoPlayer
          lessonId={lessonId}
          title={title}
          url={content.video.url}
          captionsUrl={content.video.captionsUrl}
          startSeconds={0}
          canSave={false}
        />
      )}
      <LessonHtml
        className="prose mt-8 max-w-none prose-slate dark:prose-invert prose-headings:scroll-mt-24 prose-a:text-brand-700 dark:prose-a:text-brand-300"
        html={content.html}
      />
      {activity.kind === "quiz" && (
        <QuizForm
          lessonId={lessonId}
          passPercent={activity.passPercent}
          questions={activity.questions}
          order={null}
          canSubmit
          lastAttempt={null}
        />
      )}
      {activity.kind === "exercise" &&
        (activity.exercise.type === "sql" ? (
          <SqlExerciseLoader
            lessonId={lessonId}
            exercise={activity.exercise}
            baseDataDir={activity.assets.pgliteBase}
            canSave={false}
            completed={false}
            saved={null}
          />
        ) : (
          <CodeExerciseLoader
            lessonId={lessonId}
            exercise={activity.exercise}
            pyodideURL={activity.assets.pyodide}
            baseDataDir={activity.assets.pgliteBase}
            canSave={false}
            completed={false}
            saved={null}
          />
        ))}
      {activity.kind === "broken-exercise" && (
        <p className="mt-8 text-sm text-rose-800 dark:text-rose-300">
          This exercise does not fit the exercise format yet: fix it in the editor, then preview again.
        </p>
      )}
    </LearnerPreviewProvider>
  );
}
