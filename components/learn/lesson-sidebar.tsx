import Link from "next/link";
import { clsx } from "clsx";
import type { CourseDetail } from "@/lib/catalog/queries";
import { LESSON_KIND_LABEL } from "@/lib/catalog/labels";
import { SidebarDisclosure } from "./sidebar-disclosure";

type Props = {
  course: CourseDetail;
  currentSlug: string;
  completedIds: ReadonlySet<string>;
  readableIds: ReadonlySet<string>;
  percent: number | null;
};

function Tick({ done, locked }: { done: boolean; locked: boolean }) {
  if (done)
    return (
      <span className="flex size-5 shrink-0 items-center justify-center rounded-full bg-emerald-600 text-[11px] font-bold text-white dark:bg-emerald-500 dark:text-slate-950">
        <span aria-hidden="true">✓</span>
        <span className="sr-only">Completed</span>
      </span>
    );
  if (locked)
    return (
      <span className="flex size-5 shrink-0 items-center justify-center text-xs text-slate-500 dark:text-slate-400">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-current">
          <path d="M5 7V5a3 3 0 0 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z" />
        </svg>
        <span className="sr-only">Locked</span>
      </span>
    );
  return <span aria-hidden="true" className="size-5 shrink-0 rounded-full border-2 border-slate-300 dark:border-slate-600" />;
}

function Contents({ course, currentSlug, completedIds, readableIds }: Props) {
  return (
    <ol className="space-y-5">
      {course.modules.map((mod, index) => (
        <li key={mod.id}>
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
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
                      current ? "bg-brand-50 font-semibold text-brand-800 dark:bg-brand-950 dark:text-brand-200" : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
                    )}
                  >
                    <Tick done={completedIds.has(lesson.id)} locked={!readableIds.has(lesson.id)} />
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

function ProgressBar({ percent }: { percent: number }) {
  return (
    <div className="mt-3">
      <div className="flex justify-between text-xs text-slate-600 dark:text-slate-400">
        <span>Your progress</span>
        <span data-testid="course-percent">{percent}%</span>
      </div>
      <div className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" role="progressbar" aria-label="Course progress" aria-valuenow={percent} aria-valuemin={0} aria-valuemax={100}>
        <div className="h-full rounded-full bg-emerald-500" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

/** Course contents with completion ticks; folded on small screens, a sticky column on large ones. */
export function LessonSidebar(props: Props) {
  const { course, percent } = props;
  return (
    <nav aria-label="Course contents" className="text-sm">
      <Link href={`/courses/${course.slug}`} className="font-semibold text-slate-900 hover:text-brand-700 dark:text-white dark:hover:text-brand-300">
        {course.title}
      </Link>
      {percent !== null && <ProgressBar percent={percent} />}
      <SidebarDisclosure>
        <Contents {...props} />
      </SidebarDisclosure>
    </nav>
  );
}
