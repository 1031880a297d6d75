"use client";
// The lesson editor: details, Markdown with a live preview, and the quiz or exercise of the lesson. Every
// change autosaves as a draft; learners see it only when the course is published again.
import { useCallback, useState } from "react";
import { clsx } from "clsx";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { blankLessonContent, type LessonContent } from "@/lib/studio/lesson-content";
import type { JavascriptExercise, SqlExercise, WriteTestsExercise } from "@/lib/content/schema";
import type { ServiceExercise } from "@/lib/content/service-schema";
import type { StudioAction } from "./call-action";
import { CodeExerciseEditor } from "./code-exercise-editor";
import { ConflictNotice } from "./conflict-notice";
import { MarkdownEditor } from "./markdown-editor";
import { Errors, QuizEditor } from "./quiz-editor";
import { SqlExerciseEditor } from "./sql-exercise-editor";
import { useDraftAutosave, type DraftToken, type SaveStatus } from "./use-draft-autosave";
import { usePreview } from "./use-preview";
import { BLANK_WRITE_TESTS, WriteTestsEditor } from "./write-tests-editor";
import { BLANK_SERVICE, ServiceEditor } from "./service-editor";
import { uploadImage } from "./upload-image";
import { LessonHtml } from "@/components/learn/lesson-html";

type Props = {
  lessonId: string;
  courseId: string;
  initial: LessonContent;
  token: DraftToken;
  actions: {
    save: StudioAction<{ token: DraftToken }>;
    preview: StudioAction<string>;
    current: StudioAction<{ content: LessonContent; token: DraftToken }>;
  };
  /** URL of the prebuilt PGlite data directory the SQL worker starts from. */
  pgliteBase: string;
};

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: "All changes saved as a draft",
  unsaved: "Unsaved changes…",
  saving: "Saving…",
  invalid: "Not saved: fix the fields marked below",
  conflict: "Not saved: edited elsewhere",
  offline: "Not saved yet: kept in this browser",
};

const LABEL = "block text-sm font-medium text-slate-900 dark:text-slate-100";
const KINDS = {
  article: "Reading",
  video: "Video",
  quiz: "Quiz",
  sql: "SQL exercise",
  code: "Code exercise",
  python: "Python exercise",
} as const;

export function LessonEditor({ lessonId, courseId, initial, token, actions, pgliteBase }: Props) {
  const draft = useDraftAutosave({ lessonId, initial, initialToken: token, saveAction: actions.save });
  const [editorKey, setEditorKey] = useState(0);
  const { content, update } = draft;
  const preview = usePreview(content.body, actions.preview);
  const errorsFor = useCallback(
    (path: string) =>
      Object.entries(draft.fieldErrors)
        .filter(([key]) => key === `content.${path}` || key.startsWith(`content.${path}.`))
        .flatMap(([, messages]) => messages),
    [draft.fieldErrors],
  );
  const set = (patch: Partial<LessonContent>) => update({ ...content, ...patch });
  const setKind = (kind: LessonContent["kind"]) => {
    const blank = blankLessonContent(content.title, kind);
    update({
      ...content,
      kind,
      quiz: content.quiz ?? blank.quiz,
      exercise: content.kind === kind ? content.exercise : blank.exercise,
      video: content.video ?? blank.video,
    });
  };
  const onBody = useCallback((body: string) => update({ ...draft.content, body }), [update, draft.content]);
  const onPaste = useCallback((file: File) => uploadImage(courseId, file), [courseId]);

  return (
    <div className="grid gap-8 xl:grid-cols-2">
      <div className="min-w-0 space-y-6">
        <p
          role="status"
          data-testid="save-status"
          data-status={draft.status}
          className={clsx(
            "text-sm font-medium",
            draft.status === "saved"
              ? "text-emerald-800 dark:text-emerald-300"
              : draft.status === "invalid" || draft.status === "conflict"
                ? "text-rose-800 dark:text-rose-300"
                : "text-slate-700 dark:text-slate-300",
          )}
        >
          {STATUS_TEXT[draft.status]}
        </p>
        {draft.restoredLocal ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Unsaved changes from an earlier visit were restored from this browser.
          </p>
        ) : null}
        {draft.status === "conflict" && draft.message ? (
          <ConflictNotice
            lessonId={lessonId}
            mine={content}
            message={draft.message}
            loadAction={actions.current}
            onResolve={(choice, server) => {
              draft.resolve(choice, server);
              if (choice === "theirs") setEditorKey((k) => k + 1);
            }}
          />
        ) : null}
        {draft.status === "invalid" && draft.message ? (
          <Errors messages={[draft.message, ...Object.values(draft.fieldErrors).flat()]} />
        ) : null}

        <div className="grid gap-4 sm:grid-cols-2">
          <label className={clsx(LABEL, "sm:col-span-2")}>
            Lesson title
            <input
              value={content.title}
              onChange={(e) => set({ title: e.target.value })}
              maxLength={160}
              className={clsx("mt-1", INPUT_STYLES)}
            />
          </label>
          <label className={LABEL}>
            Kind
            <select
              value={content.kind}
              onChange={(e) => setKind(e.target.value as LessonContent["kind"])}
              className={clsx("mt-1", INPUT_STYLES)}
            >
              {Object.entries(KINDS).map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </label>
          <label className={LABEL}>
            Minutes
            <input
              type="number"
              min={1}
              max={600}
              value={content.minutes}
              onChange={(e) => set({ minutes: Number(e.target.value) })}
              className={clsx("mt-1", INPUT_STYLES)}
            />
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-900 dark:text-slate-100">
            <input
              type="checkbox"
              checked={content.freePreview}
              onChange={(e) => set({ freePreview: e.target.checked })}
              className="size-4"
            />
            Free preview (readable without enrolling)
          </label>
        </div>
        <Errors messages={[...errorsFor("title"), ...errorsFor("minutes")]} />

        {content.kind === "video" ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <label className={LABEL}>
              Video address
              <input
                type="url"
                value={content.video?.url ?? ""}
                onChange={(e) => set({ video: { url: e.target.value, captions: content.video?.captions ?? "" } })}
                className={clsx("mt-1", INPUT_STYLES)}
              />
            </label>
            <label className={LABEL}>
              Captions address (optional)
              <input
                value={content.video?.captions ?? ""}
                onChange={(e) => set({ video: { url: content.video?.url ?? "", captions: e.target.value } })}
                className={clsx("mt-1", INPUT_STYLES)}
              />
            </label>
            <Errors messages={errorsFor("video")} />
          </div>
        ) : null}

        <div>
          <p className={LABEL} id={`md-label-${lessonId}`}>
            Lesson text (Markdown)
          </p>
          <p className="mt-1 mb-2 text-xs text-slate-600 dark:text-slate-400" id={`md-hint-${lessonId}`}>
            Start a quote with **Note:**, **Tip:** or **Warning:** for a callout. Paste an image to upload it.
          </p>
          <MarkdownEditor
            key={editorKey}
            initial={content.body}
            onChange={onBody}
            onPasteFile={onPaste}
            label="Lesson text (Markdown)"
            describedBy={`md-hint-${lessonId}`}
          />
          <Errors messages={errorsFor("body")} />
        </div>

        {content.kind === "quiz" && content.quiz ? (
          <section aria-labelledby="quiz-editor-heading" className="space-y-3">
            <h2 id="quiz-editor-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
              Quiz
            </h2>
            <QuizEditor quiz={content.quiz} onChange={(quiz) => set({ quiz })} errorsFor={errorsFor} />
          </section>
        ) : null}
        {content.kind === "sql" && content.exercise ? (
          <section aria-labelledby="sql-editor-heading" className="space-y-3">
            <h2 id="sql-editor-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
              SQL exercise
            </h2>
            <SqlExerciseEditor
              exercise={content.exercise as SqlExercise}
              onChange={(exercise) => set({ exercise })}
              errorsFor={errorsFor}
              baseDataDir={pgliteBase}
            />
          </section>
        ) : null}
        {(content.kind === "code" || content.kind === "python") && content.exercise ? (
          <section aria-labelledby="code-editor-heading" className="space-y-3">
            <h2 id="code-editor-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
              Code exercise
            </h2>
            {"task" in content.exercise && content.exercise.task === "service" ? (
              <ServiceEditor
                exercise={content.exercise as ServiceExercise}
                onChange={(exercise) => set({ exercise })}
                errorsFor={errorsFor}
              />
            ) : "task" in content.exercise ? (
              <WriteTestsEditor
                exercise={content.exercise as WriteTestsExercise}
                onChange={(exercise) => set({ exercise })}
                errorsFor={errorsFor}
              />
            ) : (content.exercise as { language?: string }).language === "javascript" ? (
              <>
                <CodeExerciseEditor
                  exercise={content.exercise as JavascriptExercise}
                  onChange={(exercise) => set({ exercise })}
                  errorsFor={errorsFor}
                />
                <button
                  type="button"
                  className="text-sm font-medium text-brand-700 underline dark:text-brand-300"
                  onClick={() => set({ exercise: BLANK_WRITE_TESTS })}
                >
                  Make it a “write the tests” exercise instead (replaces this exercise)
                </button>
                <button
                  type="button"
                  className="text-sm font-medium text-brand-700 underline dark:text-brand-300"
                  onClick={() => set({ exercise: BLANK_SERVICE })}
                >
                  Make it a small-service project instead (replaces this exercise)
                </button>
              </>
            ) : (
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {"languages" in content.exercise
                  ? "This exercise offers JavaScript and Python."
                  : "This is a Python exercise."}{" "}
                The studio edits JavaScript exercises for now: change this one in its Markdown (export the course, edit,
                import), where its tests are Python.
              </p>
            )}
          </section>
        ) : null}
      </div>

      <section aria-labelledby="preview-heading" className="min-w-0 xl:sticky xl:top-24 xl:h-fit">
        <h2 id="preview-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
          Preview
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">Rendered exactly as on the lesson page.</p>
        <div className="mt-3 rounded-2xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-950">
          <h3 className="text-2xl font-bold text-slate-900 dark:text-white">{content.title}</h3>
          {preview.error ? (
            <p role="alert" className="mt-3 text-sm text-rose-700 dark:text-rose-300">
              {preview.error}
            </p>
          ) : null}
          {preview.html === null ? (
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">Rendering…</p>
          ) : (
            <LessonHtml
              testId="lesson-preview"
              className="prose mt-4 max-w-none prose-slate dark:prose-invert"
              html={preview.html}
            />
          )}
        </div>
      </section>
    </div>
  );
}
