import type { Metadata } from "next";
import Link from "next/link";
import { ProsePage } from "@/components/site/prose-page";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "About", alternates: { canonical: "/about" } };

export default function AboutPage() {
  return (
    <ProsePage
      title="About Backend Academy"
      lead="An open-source school for the people who build the systems behind every app."
    >
      <p>
        Backend Academy teaches backend engineering the way it is practised: HTTP APIs, SQL and data modelling,
        security, performance, cloud delivery and the career that grows around them. Every lesson explains why before
        how, and every course ends in work you can show.
      </p>
      <h2>How we teach</h2>
      <ul>
        <li>Short lessons written by working engineers, with samples in several languages.</li>
        <li>Exercises that run in your browser: SQL against a real PostgreSQL engine, code against tests.</li>
        <li>Quizzes whose wrong answers are the mistakes people really make.</li>
      </ul>
      <h2>Open source</h2>
      <p>
        The platform and the courses are open source under the MIT licence. Read the{" "}
        <Link href="/faq">questions and answers</Link> or <Link href="/contact">write to us</Link>.
      </p>
    </ProsePage>
  );
}
