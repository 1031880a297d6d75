import type { Metadata } from "next";
import Link from "next/link";
import { ProsePage } from "@/components/site/prose-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Privacy", alternates: { canonical: "/privacy" } };

export default function PrivacyPage() {
  return (
    <ProsePage title="Privacy" lead="What we keep about you, why, and how to take it with you or have it removed.">
      <h2>What we keep</h2>
      <ul>
        <li>Your account: name, email address, time zone and, if you set one, a password hash (never the password).</li>
        <li>
          Your learning: enrolments, lessons completed, quiz attempts, exercise solutions, reviews and certificates.
        </li>
        <li>Payments: what you bought and when. Card details stay with our payment provider.</li>
        <li>
          Security records: sign-ins and account changes, with the address they came from, to protect your account.
        </li>
      </ul>
      <h2>Cookies</h2>
      <p>
        One cookie keeps you signed in, and one readable cookie tells our pages whether to load your progress. No
        advertising or tracking cookies.
      </p>
      <h2>Your rights</h2>
      <p>
        Download everything we hold about you, or delete your account, from your <Link href="/profile">profile</Link>.
        Reviews show your first name only. Questions: see the <Link href="/contact">contact page</Link>.
      </p>
    </ProsePage>
  );
}
