// Tells a learner their certificate was issued: put in the outbox by the transaction that issued it, so each
// certificate is announced once, and only if it stands.
import { appUrl } from "../accounts/urls";
import type { Prisma } from "../db/generated/client";
import { certificateMail } from "../email/templates";
import { enqueue } from "../outbox/enqueue";

export async function enqueueCertificateMail(
  tx: Prisma.TransactionClient,
  user: { email: string; name: string | null },
  certificate: { id: string; courseTitle: string },
): Promise<void> {
  await enqueue(
    tx,
    "mail",
    {
      to: user.email,
      kind: "certificate",
      ...certificateMail(user.name, certificate.courseTitle, appUrl(`/certificates/${certificate.id}`)),
    },
    { dedupeKey: `certificate:${certificate.id}` },
  );
}
