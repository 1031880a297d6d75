"use client";
// The course outline: modules and their lessons, added, renamed, deleted and reordered in place.
import { useState, useTransition } from "react";
import { DndContext } from "@dnd-kit/core";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { clsx } from "clsx";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { callAction, SMALL_BUTTON, type StudioAction } from "./call-action";
import { DeleteDialog } from "./delete-dialog";
import { MoveLessonButton, MoveLessonForm } from "./move-lesson-control";
import { useOutlineDnd } from "./outline-dnd";
import { SortableList } from "./sortable-list";

export type OutlineLesson = { id: string; label: string; kind: string; hasDraft: boolean };
export type OutlineModule = { id: string; label: string; lessons: OutlineLesson[] };

export type OutlineActions = {
  createModule: StudioAction<{ id: string }>;
  renameModule: StudioAction<unknown>;
  deleteModule: StudioAction<unknown>;
  reorderModules: StudioAction<unknown>;
  createLesson: StudioAction<{ id: string }>;
  deleteLesson: StudioAction<unknown>;
  reorderLessons: StudioAction<unknown>;
  moveLesson: StudioAction<unknown>;
  deletionImpact: StudioAction<{ lessons: number; learners: number }>;
};

const KIND_LABEL: Record<string, string> = {
  ARTICLE: "Reading",
  VIDEO: "Video",
  QUIZ: "Quiz",
  SQL_EXERCISE: "SQL exercise",
  CODE_EXERCISE: "Code exercise",
};

function AddForm({
  label,
  placeholder,
  withKind,
  buttonLabel,
  onAdd,
}: {
  label: string;
  placeholder: string;
  withKind?: boolean;
  buttonLabel: string;
  onAdd: (title: string, kind: string) => Promise<string | null>;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        start(async () => {
          const problem = await onAdd(String(data.get("title") ?? ""), String(data.get("kind") ?? "article"));
          setError(problem);
          if (!problem) form.reset();
        });
      }}
    >
      <label className="min-w-48 flex-1 text-sm font-medium text-slate-900 dark:text-slate-100">
        {label}
        <input
          name="title"
          required
          minLength={3}
          maxLength={160}
          placeholder={placeholder}
          className={clsx("mt-1", INPUT_STYLES)}
        />
      </label>
      {withKind ? (
        <label className="text-sm font-medium text-slate-900 dark:text-slate-100">
          Kind<span className="sr-only"> of lesson</span>
          <select name="kind" className={clsx("mt-1", INPUT_STYLES)} defaultValue="article">
            <option value="article">Reading</option>
            <option value="video">Video</option>
            <option value="quiz">Quiz</option>
            <option value="sql">SQL exercise</option>
            <option value="code">Code exercise</option>
          </select>
        </label>
      ) : null}
      <button type="submit" className={SMALL_BUTTON} disabled={pending}>
        {pending ? "Adding…" : buttonLabel}
      </button>
      {error ? (
        <p role="alert" className="w-full text-sm text-rose-700 dark:text-rose-300">
          {error}
        </p>
      ) : null}
    </form>
  );
}

function ModuleTitle({ mod, rename }: { mod: OutlineModule; rename: (title: string) => Promise<string | null> }) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!editing) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-base font-semibold text-slate-900 dark:text-white">{mod.label}</h3>
        <button type="button" className={SMALL_BUTTON} onClick={() => setEditing(true)}>
          Rename<span className="sr-only"> module {mod.label}</span>
        </button>
      </div>
    );
  }
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={async (event) => {
        event.preventDefault();
        const problem = await rename(String(new FormData(event.currentTarget).get("title") ?? ""));
        setError(problem);
        if (!problem) setEditing(false);
      }}
    >
      <label className="sr-only" htmlFor={`rename-${mod.id}`}>
        New title for {mod.label}
      </label>
      <input
        id={`rename-${mod.id}`}
        name="title"
        defaultValue={mod.label}
        className={clsx(INPUT_STYLES, "max-w-sm")}
        autoFocus
      />
      <button type="submit" className={SMALL_BUTTON}>
        Save
      </button>
      <button type="button" className={SMALL_BUTTON} onClick={() => setEditing(false)}>
        Cancel
      </button>
      {error ? (
        <p role="alert" className="w-full text-sm text-rose-700 dark:text-rose-300">
          {error}
        </p>
      ) : null}
    </form>
  );
}

export function OutlineEditor({
  courseId,
  modules: initial,
  actions,
}: {
  courseId: string;
  modules: OutlineModule[];
  actions: OutlineActions;
}) {
  const router = useRouter();
  const [modules, setModules] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  // The lesson whose "Move to module…" form is open (one at a time).
  const [moving, setMoving] = useState<string | null>(null);

  const run = async (action: StudioAction<unknown>, fields: Record<string, string>, rollback?: OutlineModule[]) => {
    const result = await callAction(action, fields);
    if (!result.ok) {
      if (rollback) setModules(rollback);
      setError(result.error);
      return result.fieldErrors ? Object.values(result.fieldErrors).flat().join(" ") || result.error : result.error;
    }
    setError(null);
    router.refresh();
    return null;
  };

  const reorderModules = (next: OutlineModule[]) => {
    const before = modules;
    setModules(next);
    void run(actions.reorderModules, { courseId, order: next.map((m) => m.id).join(",") }, before);
  };
  const reorderLessons = (moduleId: string, lessons: OutlineLesson[]) => {
    const before = modules;
    setModules(modules.map((m) => (m.id === moduleId ? { ...m, lessons } : m)));
    void run(actions.reorderLessons, { moduleId, order: lessons.map((l) => l.id).join(",") }, before);
  };

  /** Moves a lesson to the end of another module, at once on screen, then on the server. */
  const moveLesson = (lesson: OutlineLesson, toModuleId: string, position = Number.MAX_SAFE_INTEGER) => {
    const before = modules;
    const without = modules.map((m) => ({ ...m, lessons: m.lessons.filter((l) => l.id !== lesson.id) }));
    setModules(
      without.map((m) => {
        if (m.id !== toModuleId) return m;
        const lessons = [...m.lessons];
        lessons.splice(Math.min(position - 1, lessons.length), 0, lesson);
        return { ...m, lessons };
      }),
    );
    void run(
      actions.moveLesson,
      { lessonId: lesson.id, moduleId: toModuleId, position: String(Math.min(position, 10_000)) },
      before,
    );
  };

  const dnd = useOutlineDnd(modules, {
    reorderModules: (order) => reorderModules(order.map((id) => modules.find((m) => m.id === id)!)),
    reorderLessons: (moduleId, order) => {
      const lessons = modules.find((m) => m.id === moduleId)!.lessons;
      reorderLessons(
        moduleId,
        order.map((id) => lessons.find((l) => l.id === id)!),
      );
    },
    moveLesson: (lessonId, moduleId, position) => {
      const lesson = modules.flatMap((m) => m.lessons).find((l) => l.id === lessonId)!;
      moveLesson(lesson, moduleId, position);
    },
  });

  return (
    <DndContext {...dnd}>
      <div className="space-y-4">
        {error ? (
          <p
            role="alert"
            className="rounded-lg bg-rose-50 px-4 py-3 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200"
          >
            {error}
          </p>
        ) : null}
        {modules.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No modules yet. Add the first one below.</p>
        ) : null}
        <SortableList
          items={modules}
          label="Modules"
          onReorder={reorderModules}
          shared={{ type: "module" }}
          render={(mod) => (
            <section
              aria-label={`Module ${mod.label}`}
              className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <ModuleTitle mod={mod} rename={(title) => run(actions.renameModule, { moduleId: mod.id, title })} />
                <DeleteDialog
                  what="module"
                  name={mod.label}
                  target={{ moduleId: mod.id }}
                  impactAction={actions.deletionImpact}
                  deleteAction={actions.deleteModule}
                  onDeleted={() => router.refresh()}
                />
              </div>
              <div className="mt-3">
                {mod.lessons.length === 0 ? (
                  <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">No lessons in this module yet.</p>
                ) : null}
                <SortableList
                  items={mod.lessons}
                  label={`Lessons of ${mod.label}`}
                  onReorder={(lessons) => reorderLessons(mod.id, lessons)}
                  shared={{ type: "lesson", containerId: mod.id }}
                  render={(lesson) => (
                    <div className="rounded-lg px-2 py-1.5 hover:bg-slate-50 dark:hover:bg-slate-800/60">
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <div className="min-w-0">
                          <Link
                            href={`/studio/courses/${courseId}/lessons/${lesson.id}`}
                            className="font-medium text-slate-900 underline-offset-4 hover:underline dark:text-white"
                          >
                            {lesson.label}
                          </Link>
                          <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">
                            {KIND_LABEL[lesson.kind] ?? lesson.kind}
                          </span>
                          {lesson.hasDraft ? (
                            <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                              Unpublished changes
                            </span>
                          ) : null}
                        </div>
                        <div className="flex flex-wrap items-center gap-2">
                          <MoveLessonButton
                            lessonId={lesson.id}
                            lessonLabel={lesson.label}
                            currentModuleId={mod.id}
                            modules={modules}
                            open={moving === lesson.id}
                            onToggle={() => setMoving(moving === lesson.id ? null : lesson.id)}
                          />
                          <DeleteDialog
                            what="lesson"
                            name={lesson.label}
                            target={{ lessonId: lesson.id }}
                            impactAction={actions.deletionImpact}
                            deleteAction={actions.deleteLesson}
                            onDeleted={() => router.refresh()}
                          />
                        </div>
                      </div>
                      {moving === lesson.id ? (
                        <MoveLessonForm
                          lessonId={lesson.id}
                          lessonLabel={lesson.label}
                          currentModuleId={mod.id}
                          modules={modules}
                          onMove={(moduleId) => moveLesson(lesson, moduleId)}
                          onClose={() => setMoving(null)}
                        />
                      ) : null}
                    </div>
                  )}
                />
                <div className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-800">
                  <AddForm
                    label={`New lesson in ${mod.label}`}
                    buttonLabel={`Add lesson to ${mod.label}`}
                    placeholder="Lesson title"
                    withKind
                    onAdd={(title, kind) => run(actions.createLesson, { moduleId: mod.id, title, kind })}
                  />
                </div>
              </div>
            </section>
          )}
        />
        <AddForm
          label="New module"
          buttonLabel="Add module"
          placeholder="Module title"
          onAdd={(title) => run(actions.createModule, { courseId, title })}
        />
      </div>
    </DndContext>
  );
}
