import type { Metadata } from "next";
import { FaqList } from "@/components/site/faq-list";
import { ProsePage } from "@/components/site/prose-page";
import { FAQ } from "@/lib/catalog/faq";

// Per request like every page the proxy sees: its scripts carry that request's CSP nonce.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Questions and answers", alternates: { canonical: "/faq" } };

export default function FaqPage() {
  return (
    <ProsePage title="Questions and answers" lead="What learners ask before they enrol, including our refund policy.">
      <div className="not-prose">
        <FaqList entries={FAQ} />
      </div>
    </ProsePage>
  );
}
