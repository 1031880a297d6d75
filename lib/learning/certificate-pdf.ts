// The certificate as a one-page A4 landscape PDF (pdf-lib, no browser needed), with its verification link.
import { PDFDocument, PDFString, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { CERTIFICATE_ISSUER, certificateVerifyUrl } from "./certificate-share";

export type CertificatePdfInput = {
  id: string;
  recipientName: string;
  courseTitle: string;
  instructorName: string;
  issuedAt: Date;
};

const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const BRAND = rgb(0.15, 0.3, 0.75);
const INK = rgb(0.06, 0.09, 0.16);
const MUTED = rgb(0.28, 0.33, 0.41);

const issued = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * The standard PDF fonts hold only Western European letters: another character loses its accent when it
 * decomposes ("ễ" becomes "e"), or becomes "?" ("Ł", "李") rather than failing the whole download.
 */
export function toFontText(text: string, supported: ReadonlySet<number>): string {
  return [...text]
    .map((char) => {
      if (supported.has(char.codePointAt(0)!)) return char;
      const base = char.normalize("NFKD").replace(/\p{M}/gu, "");
      return [...base].every((c) => supported.has(c.codePointAt(0)!)) && base ? base : "?";
    })
    .join("");
}

/** Draws one centred line; returns its box, so a link can be laid over it. */
function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = INK) {
  // Long titles shrink to fit the page's width rather than running off it.
  const maxWidth = page.getWidth() - 120;
  const fitted = Math.min(size, (size * maxWidth) / Math.max(1, font.widthOfTextAtSize(text, size)));
  const width = font.widthOfTextAtSize(text, fitted);
  const x = (page.getWidth() - width) / 2;
  page.drawText(text, { x, y, size: fitted, font, color });
  return [x, y - 2, x + width, y + fitted];
}

/** A clickable area that opens `url` in a PDF reader. */
function addLink(pdf: PDFDocument, page: PDFPage, rect: number[], url: string) {
  const annotation = pdf.context.obj({
    Type: "Annot",
    Subtype: "Link",
    Rect: rect,
    Border: [0, 0, 0],
    A: { Type: "Action", S: "URI", URI: PDFString.of(url) },
  });
  page.node.addAnnot(pdf.context.register(annotation));
}

export async function renderCertificatePdf(certificate: CertificatePdfInput, appUrl: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const verifyUrl = certificateVerifyUrl(certificate.id, appUrl);
  pdf.setTitle(`${certificate.recipientName} completed ${certificate.courseTitle}`);
  pdf.setAuthor(CERTIFICATE_ISSUER);
  pdf.setSubject(`Certificate of completion ${certificate.id}. Verify at ${verifyUrl}`);
  pdf.setCreationDate(certificate.issuedAt);
  const page = pdf.addPage(A4_LANDSCAPE);
  const serif = await pdf.embedFont(StandardFonts.TimesRoman);
  const serifBold = await pdf.embedFont(StandardFonts.TimesRomanBold);
  const sans = await pdf.embedFont(StandardFonts.Helvetica);
  const sansBold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const charset = new Set(sans.getCharacterSet());
  const text = (value: string) => toFontText(value, charset);
  const { width, height } = page.getSize();

  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: BRAND, borderWidth: 3 });
  page.drawRectangle({ x: 32, y: 32, width: width - 64, height: height - 64, borderColor: BRAND, borderWidth: 1 });
  centred(page, CERTIFICATE_ISSUER.toUpperCase(), height - 100, sansBold, 14, BRAND);
  centred(page, "Certificate of completion", height - 160, serif, 40);
  centred(page, "This certifies that", height - 215, sans, 13, MUTED);
  centred(page, text(certificate.recipientName), height - 260, serifBold, 32);
  centred(page, "has completed every lesson, quiz and exercise of", height - 300, sans, 13, MUTED);
  centred(page, text(certificate.courseTitle), height - 340, sansBold, 24, BRAND);
  centred(
    page,
    text(`Instructor: ${certificate.instructorName}  ·  Completed on ${issued.format(certificate.issuedAt)}`),
    height - 410,
    sans,
    12,
  );
  centred(page, `Certificate ID ${certificate.id}`, 90, sans, 10, MUTED);
  addLink(pdf, page, centred(page, `Verify at ${verifyUrl}`, 72, sans, 10, MUTED), verifyUrl);
  // Plain objects (no object streams): the link stays readable to any tool that looks for it.
  return pdf.save({ useObjectStreams: false });
}
