import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { db } from "../db/client";
import { env } from "../env";

export type MailKind =
  | "email-verification"
  | "password-reset"
  | "magic-link"
  | "email-change"
  | "account-exists"
  | "booking-confirmation"
  | "booking-cancellation"
  | "booking-reminder"
  | "enrolment"
  | "certificate"
  | (string & {});

/** A text attachment (e.g. a calendar invite); `contentType` may carry parameters such as `method=REQUEST`. */
export type MailAttachment = { filename: string; contentType: string; content: string };

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: MailKind;
  attachments?: MailAttachment[];
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) on notification mail. */
  headers?: Record<string, string>;
};

export type MailDelivery = { via: "smtp"; messageId: string } | { via: "outbox"; id: string };

const globalForMail = globalThis as typeof globalThis & {
  backendAcademySmtp?: { url: string; transport: Transporter };
};

function smtpTransport(url: string): Transporter {
  if (globalForMail.backendAcademySmtp?.url !== url) {
    globalForMail.backendAcademySmtp = { url, transport: createTransport(url) };
  }
  return globalForMail.backendAcademySmtp.transport;
}

/**
 * The one way the app sends mail. With SMTP_URL set it goes out over SMTP; without, it lands in the
 * EmailOutbox table, readable at /dev/mail. Bodies with sign-in links are never stored when SMTP is used.
 */
export async function sendMail(
  message: MailMessage,
  options: { smtpUrl?: string; sourceId?: string } = {},
): Promise<MailDelivery> {
  const config = env();
  const smtpUrl = options.smtpUrl ?? config.SMTP_URL;
  if (smtpUrl) {
    const info = (await smtpTransport(smtpUrl).sendMail({
      from: config.MAIL_FROM,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: { ...message.headers, "X-Mail-Kind": message.kind },
      // One Message-ID per outbox message: a receiver can drop the copy a redelivery after a crash would send.
      ...(options.sourceId ? { messageId: `<${options.sourceId}@backend-academy.outbox>` } : {}),
      attachments: message.attachments?.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
      })),
    })) as { messageId: string };
    return { via: "smtp", messageId: info.messageId };
  }
  const data = {
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html ?? null,
    kind: message.kind,
    attachments: message.attachments?.length ? message.attachments : undefined,
  };
  if (!options.sourceId) return { via: "outbox", id: (await db.emailOutbox.create({ data })).id };
  // Redelivered after a crash between this write and the outbox's record of it: the first copy stands.
  const row = await db.emailOutbox.upsert({
    where: { sourceId: options.sourceId },
    update: {},
    create: { ...data, sourceId: options.sourceId },
  });
  return { via: "outbox", id: row.id };
}
