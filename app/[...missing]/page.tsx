import { notFound } from "next/navigation";

// Unknown addresses render the 404 page per request, so it carries this request's CSP nonce like every
// other page that is not a cached lesson page (Next's built-in fallback 404 is prerendered without one).
export const dynamic = "force-dynamic";

export default function MissingPage(): never {
  notFound();
}
