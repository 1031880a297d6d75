// What a certificate carries outside the site: its verification address and LinkedIn's "add to profile" link.
// Pure.

export type ShareableCertificate = { id: string; courseTitle: string; issuedAt: Date };

export const CERTIFICATE_ISSUER = "Backend Academy";

/** The public page that proves the certificate: printed on the PDF and given to LinkedIn. */
export function certificateVerifyUrl(id: string, appUrl: string): string {
  return new URL(`/certificates/${encodeURIComponent(id)}`, appUrl).toString();
}

/**
 * LinkedIn's documented add-to-profile link (startTask=CERTIFICATION_NAME): the certification's name, the
 * issuing organisation, the issue month and year (in UTC, as the certificate shows them), its URL and id.
 */
export function linkedInAddToProfileUrl(certificate: ShareableCertificate, appUrl: string): string {
  const params = new URLSearchParams({
    startTask: "CERTIFICATION_NAME",
    name: certificate.courseTitle,
    organizationName: CERTIFICATE_ISSUER,
    issueYear: String(certificate.issuedAt.getUTCFullYear()),
    issueMonth: String(certificate.issuedAt.getUTCMonth() + 1),
    certUrl: certificateVerifyUrl(certificate.id, appUrl),
    certId: certificate.id,
  });
  return `https://www.linkedin.com/profile/add?${params}`;
}
