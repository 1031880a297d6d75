import { unreadCountAnswer } from "@/lib/notifications/unread-answer";

export const dynamic = "force-dynamic";

/** The bell's unread count (private, no-store JSON); the production server answers it itself once loaded. */
export const GET = unreadCountAnswer;
