import type { Metadata } from "next";
import Link from "next/link";
import { ProsePage } from "@/components/site/prose-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Contact", alternates: { canonical: "/contact" } };

const EMAIL = "hello@backend-academy.example";

export default function ContactPage() {
  return (
    <ProsePage title="Contact us" lead="A person answers every message, usually within two working days.">
      <h2>Questions about a course, payments or refunds</h2>
      <p>
        Write to <a href={`mailto:${EMAIL}`}>{EMAIL}</a>. Tell us the email address of your account and the course, and
        we can help faster.
      </p>
      <h2>Choosing what to learn</h2>
      <p>
        Start with the <Link href="/courses">catalogue</Link> and its free preview lessons, or read the{" "}
        <Link href="/faq">questions and answers</Link>.
      </p>
      <h2>Reporting a security problem</h2>
      <p>
        Please write to <a href={`mailto:security@backend-academy.example`}>security@backend-academy.example</a> before
        telling anyone else, and give us a chance to fix it.
      </p>
    </ProsePage>
  );
}
