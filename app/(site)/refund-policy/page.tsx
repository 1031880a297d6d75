import type { Metadata } from "next";
import Link from "next/link";
import { ProsePage } from "@/components/site/prose-page";
import { COHORT_REFUND_DAYS_BEFORE_START, REFUND_POLICY_TEXT, REFUND_WINDOW_DAYS } from "@/lib/catalog/refund-policy";

// Rendered per request like the other prose pages: the CSP nonce on its scripts is per response.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Refund policy", alternates: { canonical: "/refund-policy" } };

/** The same sentences as the FAQ and the terms, and the same numbers the refund form applies. */
export default function RefundPolicyPage() {
  return (
    <ProsePage title="Refund policy" lead={REFUND_POLICY_TEXT.summary}>
      <h2>Refunded at once</h2>
      <p>{REFUND_POLICY_TEXT.automatic}</p>
      <ul>
        <li>
          Self-paced course: within {REFUND_WINDOW_DAYS} days of buying it, with under a third of its lessons completed.
        </li>
        <li>Cohort bootcamp: until {COHORT_REFUND_DAYS_BEFORE_START} days before the cohort starts.</li>
      </ul>
      <h2>Everything else</h2>
      <p>{REFUND_POLICY_TEXT.reviewed}</p>
      <h2>What a refund changes</h2>
      <p>{REFUND_POLICY_TEXT.access}</p>
      <p>
        Ask from your <Link href="/billing">billing page</Link> or from the receipt of the purchase.
      </p>
    </ProsePage>
  );
}
