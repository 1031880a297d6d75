import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { Pager } from "@/components/admin/pager";
import { HideReview } from "@/components/reviews/hide-review";
import { Stars } from "@/components/reviews/stars";
import { Badge } from "@/components/ui/badge";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { INPUT_STYLES } from "@/components/ui/form/form-styles";
import { getUserWithRoleOrRedirect } from "@/lib/auth/session";
import { setReviewHiddenAction } from "@/lib/reviews/actions";
import { listReviewsForAdmin } from "@/lib/reviews/admin-queries";
import { adminReviewSearchSchema } from "@/lib/reviews/schema";

export const metadata: Metadata = { title: "Reviews · Admin" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LABEL = "block text-sm font-medium text-slate-900 dark:text-slate-100";

export default async function AdminReviewsPage({ searchParams }: Props) {
  const { user, allowed } = await getUserWithRoleOrRedirect("/admin/reviews", "ADMIN");
  if (!allowed) forbidden();
  const search = adminReviewSearchSchema.parse(await searchParams);
  const result = await listReviewsForAdmin(search);
  const makeHref = (page: number) => {
    const params = new URLSearchParams({ page: String(page) });
    if (search.course) params.set("course", search.course);
    if (search.rating) params.set("rating", String(search.rating));
    if (search.visibility !== "all") params.set("visibility", search.visibility);
    if (search.q) params.set("q", search.q);
    return `/admin/reviews?${params}`;
  };
  const day = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: user.timeZone });

  return (
    <Container className="py-10 sm:py-14">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Admin</h1>
      <p className="mt-2 mb-6 text-sm text-slate-600 dark:text-slate-400">
        Every review, hidden ones included. Hiding asks for a reason, which the audit log keeps.
      </p>
      <AdminNav current="/admin/reviews" />

      <form method="get" className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_8rem_9rem_1fr_auto] lg:items-end">
        <div>
          <label htmlFor="review-course" className={LABEL}>
            Course
          </label>
          <select id="review-course" name="course" defaultValue={search.course} className={`mt-1.5 ${INPUT_STYLES}`}>
            <option value="">All courses</option>
            {result.courses.map((course) => (
              <option key={course.slug} value={course.slug}>
                {course.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="review-rating" className={LABEL}>
            Rating
          </label>
          <select
            id="review-rating"
            name="rating"
            defaultValue={search.rating ? String(search.rating) : ""}
            className={`mt-1.5 ${INPUT_STYLES}`}
          >
            <option value="">Any</option>
            {[5, 4, 3, 2, 1].map((stars) => (
              <option key={stars} value={stars}>
                {stars} {stars === 1 ? "star" : "stars"}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="review-visibility" className={LABEL}>
            Shown
          </label>
          <select
            id="review-visibility"
            name="visibility"
            defaultValue={search.visibility}
            className={`mt-1.5 ${INPUT_STYLES}`}
          >
            <option value="all">All</option>
            <option value="visible">Visible</option>
            <option value="hidden">Hidden</option>
          </select>
        </div>
        <div>
          <label htmlFor="review-q" className={LABEL}>
            Text or author
          </label>
          <input id="review-q" name="q" type="search" defaultValue={search.q} className={`mt-1.5 ${INPUT_STYLES}`} />
        </div>
        <button type="submit" className={`${BUTTON_BASE} ${BUTTON_STYLES.secondary}`}>
          Filter
        </button>
      </form>

      {result.reviews.length === 0 ? (
        <p className="rounded-2xl border border-slate-200 bg-white px-4 py-10 text-center text-sm text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400">
          No reviews match these filters.
        </p>
      ) : (
        <ul className="space-y-4">
          {result.reviews.map((review) => {
            const label = `${review.author}’s review of ${review.course.title}`;
            return (
              <li
                key={review.id}
                data-testid="admin-review"
                className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
              >
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-2">
                      <Stars rating={review.rating} />
                      {review.hidden ? <Badge tone="amber">Hidden</Badge> : <Badge tone="green">Visible</Badge>}
                    </p>
                    <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                      <span className="font-semibold text-slate-900 dark:text-white">{review.author}</span> on{" "}
                      <Link
                        href={`/courses/${review.course.slug}#reviews`}
                        className="font-semibold text-brand-700 underline-offset-4 hover:underline dark:text-brand-300"
                      >
                        {review.course.title}
                      </Link>{" "}
                      · {day.format(review.createdAt)}
                    </p>
                  </div>
                  <HideReview
                    reviewId={review.id}
                    hidden={review.hidden}
                    label={label}
                    action={setReviewHiddenAction}
                  />
                </div>
                <p className="mt-3 text-sm break-words whitespace-pre-line text-slate-800 dark:text-slate-200">
                  {review.body}
                </p>
                {review.hidden && (
                  <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-950 dark:bg-amber-950/40 dark:text-amber-100">
                    Hidden {review.hiddenAt ? day.format(review.hiddenAt) : ""}
                    {review.hideReason ? ` — ${review.hideReason}` : " (no reason given)"}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Pager page={result.page} pageCount={result.pageCount} total={result.total} noun="review" makeHref={makeHref} />
    </Container>
  );
}
