import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { Container } from "@/components/ui/container";
import { listOutbox } from "@/lib/email/outbox-queries";
import { env } from "@/lib/env";
import { isLoopbackRequest } from "@/lib/security/loopback";

export const metadata: Metadata = { title: "Dev mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

const LINK = /(https?:\/\/[^\s<>"']+)/g;

/** Renders URLs in a plain-text email as links, without ever interpreting the text as HTML. */
function Linkified({ text }: { text: string }) {
  return text.split(LINK).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} className="font-medium break-all text-brand-700 underline dark:text-brand-300">
        {part}
      </a>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  );
}

type Props = { searchParams: Promise<{ to?: string | string[] }> };

/**
 * Local development only: the mail that would have been sent, newest first. It holds sign-in links, so it
 * answers only a person on this machine (by the socket, whatever the headers say) and never in production.
 */
export default async function DevMailPage({ searchParams }: Props) {
  if (env().APP_ENV === "production" || !isLoopbackRequest(await headers())) notFound();
  const { to: raw } = await searchParams;
  const to = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 254);
  const messages = await listOutbox({ to });
  return (
    <Container className="max-w-4xl py-10">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 dark:text-white">Dev mailbox</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        Without <code>SMTP_URL</code>, mail lands here instead of being sent.{" "}
        {to ? `Showing mail to ${to}.` : "Showing the 50 newest messages."} This page does not exist in production.
      </p>
      {messages.length === 0 ? (
        <p className="mt-8 rounded-2xl border border-dashed border-slate-300 p-10 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No mail yet.
        </p>
      ) : (
        <ol className="mt-8 space-y-4">
          {messages.map((message) => (
            <li key={message.id}>
              <article
                aria-label={`${message.subject} to ${message.to}`}
                className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
              >
                <header className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="font-semibold text-slate-900 dark:text-white">{message.subject}</h2>
                  <time
                    dateTime={message.createdAt.toISOString()}
                    className="text-xs text-slate-600 dark:text-slate-400"
                  >
                    {message.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC
                  </time>
                </header>
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  To <span className="font-medium text-slate-900 dark:text-slate-100">{message.to}</span> ·{" "}
                  {message.kind}
                </p>
                <div className="mt-4 text-sm leading-6 whitespace-pre-wrap text-slate-800 dark:text-slate-200">
                  <Linkified text={message.text} />
                </div>
                {Array.isArray(message.attachments) && message.attachments.length ? (
                  <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
                    Attachments:{" "}
                    {message.attachments.map((attachment, index) => (
                      <a
                        key={index}
                        href={`/dev/mail/${message.id}/attachments/${index}`}
                        className="mr-3 font-medium text-brand-700 underline dark:text-brand-300"
                      >
                        {typeof attachment === "object" && attachment && "filename" in attachment
                          ? String(attachment.filename)
                          : `attachment ${index + 1}`}
                      </a>
                    ))}
                  </p>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      )}
    </Container>
  );
}
