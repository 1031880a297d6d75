// Tells a learner their certificate was issued. Sent after the transaction that issued it has committed,
// by the one completion that inserted the certificate, so each certificate is announced once.
import { appUrl } from "../accounts/urls";
import { db } from "../db/client";
import { sendMail } from "../email/send-mail";
import { certificateMail } from "../email/templates";

export async function announceCertificate(completion: {
  certificateIssuedNow: boolean;
  certificateId: string | null;
}): Promise<void> {
  if (!completion.certificateIssuedNow || !completion.certificateId) return;
  try {
    const certificate = await db.certificate.findUniqueOrThrow({
      where: { id: completion.certificateId },
      select: { courseTitle: true, user: { select: { email: true, name: true } } },
    });
    await sendMail({
      to: certificate.user.email,
      kind: "certificate",
      ...certificateMail(
        certificate.user.name,
        certificate.courseTitle,
        appUrl(`/certificates/${completion.certificateId}`),
      ),
    });
  } catch (error) {
    // The certificate stands and its page works; a failed notice must not turn the learner's success into an error.
    console.error(
      `certificate ${completion.certificateId}: the notice could not be sent (${error instanceof Error ? error.message : "unknown error"})`,
    );
  }
}
