import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { ReviewQueueView } from "@/components/projects/review-queue-view";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { cohortStaffRole } from "@/lib/cohorts/staff";
// Offers the production server this page's gate (lib/http/member-shells.ts).
import "@/lib/cohorts/page-gates";

export const metadata: Metadata = { title: "Review queue", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ after?: string | string[] }> };

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The review queue: a shell the same for all of the cohort's staff (nothing here may depend on who reads it: the
 * production server keeps it, lib/http/member-shells.ts), the list rendered in the browser from
 * /api/cohorts/review-queue. The cohort's staff only; anyone else a 404, anonymous visitors the sign-in page.
 */
export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { after: afterParam } = await searchParams;
  if (!ID.test(id)) notFound();
  // A page after a submission (the "Next page" link); anything else starts at the oldest.
  const after = typeof afterParam === "string" && ID.test(afterParam) ? afterParam : undefined;
  const user = await requireUserOrRedirect(`/cohorts/${id}/reviews${after ? `?after=${after}` : ""}`);
  if (!(await cohortStaffRole(user, id))) notFound();

  return (
    <Container className="py-10">
      <ReviewQueueView cohortId={id} after={after} />
    </Container>
  );
}
