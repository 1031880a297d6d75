// The text a PDF shows, read back with pdf-lib (the library that writes our certificates): every string its
// pages' content streams draw with Tj or TJ, one line each. Enough for PDFs drawn with the standard fonts, whose
// strings are WinAnsi bytes; not a general text extractor.
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFObject } from "pdf-lib";

function streamText(stream: PDFObject | undefined): string {
  if (!(stream instanceof PDFRawStream)) return "";
  return Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
}

function shownStrings(operators: string): string[] {
  const strings: string[] = [];
  for (const [, hex, literal] of operators.matchAll(/(?:<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\))\s*T[jJ]/g)) {
    if (hex !== undefined) strings.push(Buffer.from(hex.replace(/\s/g, ""), "hex").toString("latin1"));
    else strings.push(literal!.replace(/\\(.)/g, "$1"));
  }
  return strings;
}

/** Every drawn string of every page, in drawing order. */
export async function pdfText(bytes: Uint8Array): Promise<{ title: string | undefined; lines: string[] }> {
  const pdf = await PDFDocument.load(bytes);
  const lines = pdf.getPages().flatMap((page) => {
    const contents = page.node.Contents();
    const streams =
      contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    return streams.flatMap((stream) => shownStrings(streamText(stream)));
  });
  return { title: pdf.getTitle(), lines };
}
