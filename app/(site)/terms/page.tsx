import type { Metadata } from "next";
import Link from "next/link";
import { ProsePage } from "@/components/site/prose-page";
import { REFUND_POLICY } from "@/lib/catalog/faq";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Terms of use", alternates: { canonical: "/terms" } };

export default function TermsPage() {
  return (
    <ProsePage title="Terms of use" lead="The agreement between you and Backend Academy, in plain words.">
      <h2>Your account</h2>
      <p>
        Keep your password to yourself; you are responsible for what is done with your account. You may delete it at any
        time from your profile.
      </p>
      <h2>Courses and access</h2>
      <p>
        Enrolling gives you personal access to a course for as long as it is published. Sharing paid lessons, answers or
        accounts with others is not allowed.
      </p>
      <h2>Payments and refunds</h2>
      <p>Prices include the taxes we must charge. {REFUND_POLICY.answer}</p>
      <h2>Reviews and what you write</h2>
      <p>
        Reviews must be about the course and written by you. We hide reviews that insult people, share private data or
        advertise.
      </p>
      <h2>Changes</h2>
      <p>
        If these terms change, we tell you by email before the change applies. Questions: see the{" "}
        <Link href="/contact">contact page</Link>.
      </p>
    </ProsePage>
  );
}
