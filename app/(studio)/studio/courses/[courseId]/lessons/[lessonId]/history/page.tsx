import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { DiffView } from "@/components/studio/diff-view";
import { RestoreVersionButton } from "@/components/studio/restore-version-button";
import { Container } from "@/components/ui/container";
import { isAuthError } from "@/lib/auth/errors";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { restoreVersionAction } from "@/lib/studio/actions";
import { getLessonForEditing, listLessonVersions } from "@/lib/studio/queries";
import { diffContents, hasChanges } from "@/lib/studio/version-diff";

export const metadata: Metadata = { title: "Version history · Studio" };

type Props = { params: Promise<{ courseId: string; lessonId: string }>; searchParams: Promise<{ v?: string }> };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function LessonHistoryPage({ params, searchParams }: Props) {
  const { courseId, lessonId } = await params;
  const { user, allowed } = await getUserWithRoleOrRedirect(
    `/studio/courses/${courseId}/lessons/${lessonId}/history`,
    "INSTRUCTOR",
    "ADMIN",
  );
  if (!allowed) forbidden();
  const loaded = await Promise.all([getLessonForEditing(user, lessonId), listLessonVersions(user, lessonId)]).catch(
    (error: unknown) => {
      if (isAuthError(error)) return null;
      throw error;
    },
  );
  if (!loaded || loaded[0].courseId !== courseId) notFound();
  const [lesson, versions] = loaded;
  const wanted = (await searchParams).v;
  const selected = versions.find((v) => String(v.number) === wanted) ?? versions[0];
  const lines = selected ? diffContents(selected.content, lesson.content) : [];

  return (
    <Container className="py-8 sm:py-10">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href={`/studio/courses/${courseId}`} className="underline-offset-4 hover:underline">
          {lesson.course.title}
        </Link>{" "}
        /{" "}
        <Link href={`/studio/courses/${courseId}/lessons/${lessonId}`} className="underline-offset-4 hover:underline">
          {lesson.content.title}
        </Link>{" "}
        / <span>History</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold tracking-tight text-slate-900 dark:text-white">Version history</h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Each publish keeps a version. Pick one to compare it with the current {lesson.draft ? "draft" : "lesson"};
        restoring makes it the draft, which learners see after the next publish.
      </p>
      {versions.length === 0 ? (
        <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
          {lesson.everPublished
            ? "No versions kept yet: this lesson was published before the studio kept history. The next publish keeps one."
            : "This lesson has not been published yet."}
        </p>
      ) : (
        <div className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr]">
          <ol aria-label="Versions" className="space-y-1">
            {versions.map((v) => (
              <li key={v.number}>
                <Link
                  href={`?v=${v.number}`}
                  aria-current={v.number === selected?.number ? "true" : undefined}
                  className="block rounded-lg px-3 py-2 text-sm text-slate-800 hover:bg-slate-100 aria-[current=true]:bg-brand-50 aria-[current=true]:font-semibold dark:text-slate-200 dark:hover:bg-slate-800 dark:aria-[current=true]:bg-brand-950"
                >
                  Version {v.number} · {dateFormat.format(v.createdAt)}
                </Link>
              </li>
            ))}
          </ol>
          {selected ? (
            <section aria-labelledby="diff-heading">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h2 id="diff-heading" className="text-lg font-semibold text-slate-900 dark:text-white">
                  Version {selected.number} → current
                </h2>
                <RestoreVersionButton
                  lessonId={lessonId}
                  number={selected.number}
                  token={lesson.token}
                  action={restoreVersionAction}
                />
              </div>
              {hasChanges(lines) ? null : (
                <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">No differences.</p>
              )}
              <DiffView lines={lines} />
            </section>
          ) : null}
        </div>
      )}
    </Container>
  );
}
