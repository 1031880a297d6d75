import { ImageResponse } from "next/og";
import { getCertificateOrNull } from "@/lib/learning/queries";
import { OG_SIZE, OgFrame } from "@/components/site/og-frame";

export const size = OG_SIZE;
export const contentType = "image/png";
export const alt = "Backend Academy certificate of completion";

const issuedFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

export default async function CertificateImage({ params }: { params: Promise<{ id: string }> }) {
  const certificate = await getCertificateOrNull((await params).id);
  if (!certificate)
    return new ImageResponse(
      <OgFrame eyebrow="Certificate" title="Certificate not found" lines={[]} footer="backend academy" />,
      size,
    );
  return new ImageResponse(
    <OgFrame
      eyebrow="Certificate of completion"
      title={certificate.courseTitle}
      lines={[`Awarded to ${certificate.recipientName}`, `Instructor: ${certificate.instructorName}`]}
      footer={`Issued ${issuedFormat.format(certificate.issuedAt)} · verified at /certificates/${certificate.id}`}
    />,
    size,
  );
}
