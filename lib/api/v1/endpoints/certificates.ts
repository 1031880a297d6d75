import { z } from "zod";
import { appUrl } from "../../../accounts/urls";
import { getCertificateOrNull } from "../../../learning/queries";
import { listCertificatesPage } from "../../../learning/api-queries";
import { defineEndpoint } from "../endpoint";
import { decodeCursor, pageOf, pageQuerySchema } from "../pagination";
import { notFound } from "../problem";
import { certificateListSchema, certificateSchema } from "../schemas";
import { ownerScope } from "./enrollments";

type CertificateRow = {
  id: string;
  recipientName: string;
  courseTitle: string;
  instructorName: string;
  issuedAt: Date;
  course: { slug: string };
};

function toApiCertificate(row: CertificateRow): z.input<typeof certificateSchema> {
  return {
    id: row.id,
    recipientName: row.recipientName,
    courseTitle: row.courseTitle,
    instructorName: row.instructorName,
    issuedAt: row.issuedAt.toISOString(),
    courseSlug: row.course.slug,
    verifyUrl: appUrl(`/certificates/${row.id}`),
  };
}

export const listCertificates = defineEndpoint({
  operationId: "listCertificates",
  method: "GET",
  path: "/certificates",
  tag: "Certificates",
  summary: "List certificates",
  description: "The key owner's certificates; an admin's key lists everyone's.",
  scope: "certificates:read",
  query: pageQuerySchema,
  response: certificateListSchema,
  problems: [400],
  example: {},
  handle: async ({ query, principal, url }) => {
    const rows = await listCertificatesPage(ownerScope(principal), decodeCursor(query.cursor), query.limit + 1);
    const page = pageOf(rows, query.limit, url);
    return { body: { items: page.items.map(toApiCertificate), next: page.next } };
  },
});

export const verifyCertificate = defineEndpoint({
  operationId: "verifyCertificate",
  method: "GET",
  path: "/certificates/{id}/verify",
  tag: "Certificates",
  summary: "Verify a certificate (public)",
  description:
    "Anyone may check a certificate by its id (printed on it): no key needed, limited per address. Unknown ids answer 404.",
  scope: null,
  params: z.object({ id: z.string().max(64, "A certificate id is at most 64 characters.") }),
  response: certificateSchema,
  problems: [400, 404],
  example: { params: { id: "CERTIFICATE_ID" } },
  handle: async ({ params }) => {
    const row = await getCertificateOrNull(params.id);
    if (!row) throw notFound("certificate");
    return { body: toApiCertificate(row) };
  },
});
