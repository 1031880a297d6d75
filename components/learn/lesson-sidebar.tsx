import Link from "next/link";
import { clsx } from "clsx";
import type { CourseDetail } from "@/lib/catalog/queries";
import { LESSON_KIND_LABEL } from "@/lib/catalog/labels";
import { CourseProgress, LessonTick } from "./lesson-personal";
import { SidebarDisclosure } from "./sidebar-disclosure";

type Props = { course: CourseDetail; currentSlug: string };

function Contents({ course, currentSlug }: Props) {
  return (
    <ol className="space-y-5">
      {course.modules.map((mod, index) => (
        <li key={mod.id}>
          <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
            {index + 1}. {mod.title}
          </p>
          <ul className="mt-2 space-y-0.5">
            {mod.lessons.map((lesson) => {
              const current = lesson.slug === currentSlug;
              return (
                <li key={lesson.id}>
                  <Link
                    href={`/courses/${course.slug}/lessons/${lesson.slug}`}
                    aria-current={current ? "page" : undefined}
                    className={clsx(
                      "flex items-start gap-2.5 rounded-md px-2 py-1.5",
                      current
                        ? "bg-brand-50 font-semibold text-brand-800 dark:bg-brand-950 dark:text-brand-200"
                        : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
                    )}
                  >
                    <LessonTick lessonId={lesson.id} />
                    <span className="min-w-0 flex-1">
                      {lesson.title}
                      <span className="sr-only"> ({LESSON_KIND_LABEL[lesson.kind]})</span>
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** Course contents with the learner's ticks; folded on small screens, a sticky column on large ones. */
export function LessonSidebar(props: Props) {
  const { course } = props;
  return (
    <nav aria-label="Course contents" className="text-sm">
      <Link
        href={`/courses/${course.slug}`}
        className="font-semibold text-slate-900 hover:text-brand-700 dark:text-white dark:hover:text-brand-300"
      >
        {course.title}
      </Link>
      <CourseProgress />
      <SidebarDisclosure>
        <Contents {...props} />
      </SidebarDisclosure>
    </nav>
  );
}
