import { Badge } from "@/components/ui/badge";

const LABEL: Record<string, { text: string; tone?: "amber" | "green" }> = {
  PENDING: { text: "Awaiting payment", tone: "amber" },
  PROCESSING: { text: "Confirming", tone: "amber" },
  PAID: { text: "Paid", tone: "green" },
  PARTIALLY_REFUNDED: { text: "Partly refunded", tone: "amber" },
  REFUNDED: { text: "Refunded" },
  FAILED: { text: "Failed" },
  EXPIRED: { text: "Expired" },
};

export function PaymentStatusBadge({ status, dispute }: { status: string; dispute?: string | null }) {
  const label = LABEL[status] ?? { text: status };
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      <Badge tone={label.tone}>{label.text}</Badge>
      {dispute ? <Badge tone="amber">{`Dispute ${dispute.toLowerCase()}`}</Badge> : null}
    </span>
  );
}
