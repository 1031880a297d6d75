import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { certificateVerifyUrl, linkedInAddToProfileUrl } from "@/lib/learning/certificate-share";
import { renderCertificatePdf, toFontText } from "@/lib/learning/certificate-pdf";

const certificate = {
  id: "cm4certificate01",
  recipientName: "Zoë Łukasz-Nguyễn",
  courseTitle: "SQL and Data Modelling with PostgreSQL",
  instructorName: "Ada Okafor",
  issuedAt: new Date("2026-12-31T23:30:00Z"),
};
const APP = "https://academy.example";

describe("linkedInAddToProfileUrl", () => {
  it("fills LinkedIn's add-to-profile form: name, organisation, UTC issue month, certificate URL and id", () => {
    const url = new URL(linkedInAddToProfileUrl(certificate, APP));
    expect(url.origin + url.pathname).toBe("https://www.linkedin.com/profile/add");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: "CERTIFICATION_NAME",
      name: "SQL and Data Modelling with PostgreSQL",
      organizationName: "Backend Academy",
      issueYear: "2026",
      issueMonth: "12",
      certUrl: "https://academy.example/certificates/cm4certificate01",
      certId: "cm4certificate01",
    });
  });
});

describe("renderCertificatePdf", () => {
  it("makes a one-page PDF that links to the verification page", async () => {
    const bytes = await renderCertificatePdf(certificate, APP);
    const text = Buffer.from(bytes).toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text).toContain(`/URI (${certificateVerifyUrl(certificate.id, APP)})`);
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
  });

  it("keeps Latin-1 letters, strips accents the fonts lack, and never fails on other scripts", () => {
    const latin1 = new Set([..."Zoe Lukasz-Nguyen ë?"].map((c) => c.codePointAt(0)!));
    expect(toFontText("Zoë Łukasz-Nguyễn", latin1)).toBe("Zoë ?ukasz-Nguyen");
    expect(toFontText("李", latin1)).toBe("?");
  });
});
