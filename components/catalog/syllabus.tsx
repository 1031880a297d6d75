import Link from "next/link";
import { LESSON_KIND_LABEL, formatDuration } from "@/lib/catalog/labels";
import type { CourseDetail } from "@/lib/catalog/queries";

type Props = { course: CourseDetail; readableIds: ReadonlySet<string>; completedIds: ReadonlySet<string>; enrolled: boolean };

export function Syllabus({ course, readableIds, completedIds, enrolled }: Props) {
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
            {mod.lessons.map((lesson) => {
              const open = readableIds.has(lesson.id);
              const done = completedIds.has(lesson.id);
              return (
                <li key={lesson.id} className="flex items-center justify-between gap-4 px-5 py-3 text-sm">
                  <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
                    <span className="w-24 shrink-0 text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{LESSON_KIND_LABEL[lesson.kind]}</span>
                    {open ? (
                      <Link href={`/courses/${course.slug}/lessons/${lesson.slug}`} className="font-medium text-slate-900 hover:text-brand-700 dark:text-slate-100 dark:hover:text-brand-300">
                        {lesson.title}
                      </Link>
                    ) : (
                      <span className="text-slate-700 dark:text-slate-300">{lesson.title}</span>
                    )}
                    {!enrolled && lesson.freePreview && <span className="shrink-0 rounded bg-emerald-50 px-1.5 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">Free preview</span>}
                    {done && <span className="shrink-0 text-xs font-semibold text-emerald-700 dark:text-emerald-400">✓ Done</span>}
                  </div>
                  <span className="shrink-0 text-slate-600 dark:text-slate-400">{formatDuration(lesson.minutes)}</span>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}
