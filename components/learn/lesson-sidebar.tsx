import Link from "next/link";
import { clsx } from "clsx";
import type { CourseDetail } from "@/lib/catalog/queries";
import { canReadLesson } from "@/lib/catalog/course-outline";

export function LessonSidebar({ course, currentSlug }: { course: CourseDetail; currentSlug: string }) {
  return (
    <nav aria-label="Course contents" className="text-sm">
      <Link href={`/courses/${course.slug}`} className="font-semibold text-slate-900 hover:text-brand-700 dark:text-white dark:hover:text-brand-300">
        {course.title}
      </Link>
      <ol className="mt-4 space-y-5">
        {course.modules.map((mod, index) => (
          <li key={mod.id}>
            <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
              {index + 1}. {mod.title}
            </p>
            <ul className="mt-2 space-y-0.5">
              {mod.lessons.map((lesson) => {
                const current = lesson.slug === currentSlug;
                const open = canReadLesson(course, lesson, false);
                return (
                  <li key={lesson.id}>
                    <Link
                      href={`/courses/${course.slug}/lessons/${lesson.slug}`}
                      aria-current={current ? "page" : undefined}
                      className={clsx(
                        "flex items-center justify-between gap-2 rounded-md px-2 py-1.5",
                        current ? "bg-brand-50 font-semibold text-brand-800 dark:bg-brand-950 dark:text-brand-200" : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
                      )}
                    >
                      <span>{lesson.title}</span>
                      {!open && <span aria-label="Locked" className="text-xs text-slate-400">🔒</span>}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </nav>
  );
}
