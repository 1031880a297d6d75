import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { CohortHomeView } from "@/components/cohorts/cohort-home-view";
import { requireUserOrRedirect } from "@/lib/auth/session";
import { cohortAccess } from "@/lib/cohorts/staff";
import { JOIN_OPENS_MINUTES } from "@/lib/cohorts/session-access";
// Offers the production server this page's gate (lib/http/member-shells.ts).
import "@/lib/cohorts/page-gates";

export const metadata: Metadata = { title: "Your cohort", robots: { index: false } };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ join?: string }> };

/**
 * The cohort home: a shell the same for every member (nothing here may depend on who reads it: the production
 * server keeps it, lib/http/member-shells.ts), the member's part rendered in the browser from /api/cohorts/home.
 * Members and the cohort's staff only; anyone else a 404, anonymous visitors the sign-in page.
 */
export default async function CohortHomePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { join } = await searchParams;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  const user = await requireUserOrRedirect(
    `/cohorts/${id}${join === undefined ? "" : `?join=${encodeURIComponent(join)}`}`,
  );
  const access = await cohortAccess(user, id);
  if (!access || (!access.member && !access.staff)) notFound();

  return (
    <Container className="py-10">
      <Link href="/dashboard" className="text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300">
        ← My learning
      </Link>
      <CohortHomeView
        cohortId={id}
        notice={
          join === "closed" ? (
            <p
              role="status"
              className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900 dark:border-amber-700 dark:bg-slate-900 dark:text-amber-200"
            >
              That session&apos;s join link is not open: it opens {JOIN_OPENS_MINUTES} minutes before the start and
              closes when the session ends.
            </p>
          ) : null
        }
      />
    </Container>
  );
}
