import type { PublicReview } from "@/lib/reviews/queries";
import { describeRating, type RatingSummary } from "@/lib/reviews/rules";
import { MyReview, ReviewModeration } from "./review-controls";
import { Stars } from "./stars";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** The course page's reviews: the same HTML for everyone; the writer's form and moderation load in the browser. */
export function CourseReviews({
  courseSlug,
  summary,
  reviews,
}: {
  courseSlug: string;
  summary: RatingSummary | null;
  reviews: PublicReview[];
}) {
  return (
    <section aria-labelledby="reviews">
      <h2 id="reviews" className="text-xl font-bold text-slate-900 dark:text-white">
        Reviews
      </h2>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {summary ? (
          <>
            <Stars rating={summary.average} label={describeRating(summary)} />{" "}
            <span aria-hidden="true">
              {summary.average.toFixed(1)} · {summary.count} review{summary.count === 1 ? "" : "s"}
            </span>
          </>
        ) : (
          "No reviews yet. Learners who have finished a third of the course can write one."
        )}
      </p>
      <MyReview courseSlug={courseSlug} />
      {reviews.length > 0 && (
        <ul className="mt-6 space-y-4">
          {reviews.map((review) => (
            <li key={review.id} className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
              <article aria-label={`Review by ${review.authorName}`}>
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="text-sm font-semibold text-slate-900 dark:text-white">
                    {review.authorName} <Stars rating={review.rating} />
                  </p>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    <time dateTime={review.createdAt.toISOString()}>{dateFormat.format(review.createdAt)}</time>
                    {review.updatedAt.getTime() - review.createdAt.getTime() > 60_000 ? " · edited" : ""}
                  </p>
                </div>
                <p className="mt-2 text-sm leading-6 break-words whitespace-pre-line text-slate-700 dark:text-slate-300">
                  {review.body}
                </p>
                {review.reply && (
                  <div className="mt-3 rounded-lg bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800/60">
                    <p className="font-semibold text-slate-800 dark:text-slate-200">The instructor answered</p>
                    <p className="mt-1 break-words whitespace-pre-line text-slate-700 dark:text-slate-300">
                      {review.reply}
                    </p>
                  </div>
                )}
                <ReviewModeration courseSlug={courseSlug} reviewId={review.id} hasReply={review.reply !== null} />
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
