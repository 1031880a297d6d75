import { LESSON_KIND_LABEL, formatDuration } from "@/lib/catalog/labels";
import type { CourseDetail } from "@/lib/catalog/queries";
import { SyllabusLessonLabel } from "./course-personal";

/** The course outline; which lessons open, are free previews or are done is the visitor's (course-personal.tsx). */
export function Syllabus({ course }: { course: CourseDetail }) {
  return (
    <ol className="space-y-4">
      {course.modules.map((mod, moduleIndex) => (
        <li key={mod.id} className="overflow-hidden rounded-xl border border-slate-200 dark:border-slate-800">
          <div className="bg-slate-50 px-5 py-4 dark:bg-slate-900">
            <h3 className="font-semibold text-slate-900 dark:text-white">
              <span className="mr-2 text-slate-600 dark:text-slate-400">Module {moduleIndex + 1}</span>
              {mod.title}
            </h3>
            {mod.summary && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{mod.summary}</p>}
          </div>
          <ul className="divide-y divide-slate-100 dark:divide-slate-800">
            {mod.lessons.map((lesson) => (
              <li key={lesson.id} className="flex items-center justify-between gap-4 px-5 py-3 text-sm">
                <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="w-24 shrink-0 text-xs font-medium tracking-wide text-slate-600 uppercase dark:text-slate-400">
                    {LESSON_KIND_LABEL[lesson.kind]}
                  </span>
                  <SyllabusLessonLabel
                    lessonId={lesson.id}
                    href={`/courses/${course.slug}/lessons/${lesson.slug}`}
                    title={lesson.title}
                    freePreview={lesson.freePreview}
                  />
                </div>
                <span className="shrink-0 text-slate-600 dark:text-slate-400">{formatDuration(lesson.minutes)}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
