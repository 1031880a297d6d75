import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/learn/print-button";
import { Container } from "@/components/ui/container";
import { env } from "@/lib/env";
import { getCertificateOrNull } from "@/lib/learning/queries";
import { certificateVerifyUrl, linkedInAddToProfileUrl } from "@/lib/learning/certificate-share";
import { clsx } from "clsx";
import { BUTTON_BASE, BUTTON_STYLES } from "@/components/ui/button-link";

type Props = { params: Promise<{ id: string }> };

const issuedFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const certificate = await getCertificateOrNull((await params).id);
  if (!certificate) return { title: "Certificate not found", robots: { index: false } };
  const title = `${certificate.recipientName} completed ${certificate.courseTitle}`;
  return {
    title,
    description: `Verified certificate of completion issued by Backend Academy on ${issuedFormat.format(certificate.issuedAt)}.`,
    openGraph: { title, type: "article" },
    twitter: { card: "summary_large_image", title },
    robots: { index: false, follow: false },
  };
}

// Printing drops the site chrome and fits the certificate on one landscape page.
const PRINT_CSS = `@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body > a, header, footer, .print-hidden { display: none !important; }
  body { background: #fff !important; }
  .certificate { box-shadow: none !important; break-inside: avoid; }
}`;

export default async function CertificatePage({ params }: Props) {
  const certificate = await getCertificateOrNull((await params).id);
  if (!certificate) notFound();
  const verifyUrl = certificateVerifyUrl(certificate.id, env().APP_URL);
  return (
    <Container className="py-10">
      <style>{PRINT_CSS}</style>
      <div className="print-hidden mb-6 flex flex-wrap items-center justify-between gap-4">
        <p className="flex items-center gap-2 rounded-full bg-emerald-50 px-3 py-1 text-sm font-medium text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          <span aria-hidden="true">✓</span> Verified: issued by Backend Academy
        </p>
        <div className="flex flex-wrap gap-2">
          <a href={`/certificates/${certificate.id}/pdf`} download className={clsx(BUTTON_BASE, BUTTON_STYLES.primary)}>
            Download PDF
          </a>
          <a
            href={linkedInAddToProfileUrl(certificate, env().APP_URL)}
            target="_blank"
            rel="noopener noreferrer"
            className={clsx(BUTTON_BASE, BUTTON_STYLES.secondary)}
          >
            Add to LinkedIn profile<span className="sr-only"> (opens LinkedIn in a new tab)</span>
          </a>
          <PrintButton label="Print" variant="secondary" />
        </div>
      </div>
      <article
        aria-labelledby="certificate-title"
        className="certificate relative mx-auto max-w-4xl overflow-hidden rounded-3xl border-8 border-double border-brand-200 bg-white px-6 py-12 text-center shadow-xl sm:px-16 sm:py-16 dark:border-brand-900 dark:bg-slate-900"
      >
        <div
          aria-hidden="true"
          className="absolute inset-x-0 top-0 h-2 bg-gradient-to-r from-brand-500 via-sky-500 to-emerald-500"
        />
        <p className="text-sm font-semibold tracking-[0.3em] text-brand-700 uppercase dark:text-brand-300">
          Backend Academy
        </p>
        <h1 id="certificate-title" className="mt-6 font-serif text-3xl text-slate-900 sm:text-5xl dark:text-white">
          Certificate of completion
        </h1>
        <p className="mt-8 text-slate-600 dark:text-slate-400">This certifies that</p>
        <p className="mt-2 font-serif text-3xl font-semibold break-words text-slate-900 sm:text-4xl dark:text-white">
          {certificate.recipientName}
        </p>
        <p className="mt-6 text-slate-600 dark:text-slate-400">
          {certificate.course._count.projects > 0
            ? `has completed every lesson, quiz and exercise and passed the ${certificate.course._count.projects} graded project${certificate.course._count.projects === 1 ? "" : "s"} of`
            : "has completed every lesson, quiz and exercise of"}
        </p>
        <p className="mt-2 text-2xl font-bold text-brand-800 sm:text-3xl dark:text-brand-200">
          {certificate.courseTitle}
        </p>
        <dl className="mx-auto mt-12 grid max-w-2xl gap-6 text-sm sm:grid-cols-2">
          <div className="border-t border-slate-300 pt-3 dark:border-slate-700">
            <dt className="text-slate-600 dark:text-slate-400">Instructor</dt>
            <dd className="mt-1 font-semibold text-slate-900 dark:text-white">{certificate.instructorName}</dd>
          </div>
          <div className="border-t border-slate-300 pt-3 dark:border-slate-700">
            <dt className="text-slate-600 dark:text-slate-400">Date of completion</dt>
            <dd className="mt-1 font-semibold text-slate-900 dark:text-white">
              <time dateTime={certificate.issuedAt.toISOString()}>{issuedFormat.format(certificate.issuedAt)}</time>
            </dd>
          </div>
        </dl>
        {/* Breaks inside the id or address only where a line has no room (break-all split "verify" on phones). */}
        <p className="mt-10 text-xs wrap-anywhere text-slate-600 dark:text-slate-400">
          Certificate ID {certificate.id} · verify at {verifyUrl}
        </p>
      </article>
      {certificate.course.status === "PUBLISHED" && (
        <p className="print-hidden mt-8 text-center text-sm text-slate-600 dark:text-slate-400">
          Want the same skills?{" "}
          <Link
            href={`/courses/${certificate.course.slug}`}
            className="font-semibold text-brand-700 underline dark:text-brand-300"
          >
            See the course
          </Link>
        </p>
      )}
    </Container>
  );
}
