import { Badge } from "@/components/ui/badge";

const LABEL = { DRAFT: "Draft", PUBLISHED: "Published", ARCHIVED: "Archived" } as const;
const TONE = { DRAFT: "amber", PUBLISHED: "green", ARCHIVED: "neutral" } as const;

export function StatusBadge({ status }: { status: keyof typeof LABEL }) {
  return <Badge tone={TONE[status]}>{LABEL[status]}</Badge>;
}
