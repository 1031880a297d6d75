// What a member may see of a live session at a given moment. Pure; the server applies it before anything
// reaches the page, so a join link is not in the HTML outside its window.

/** The join link shows from this long before a session starts until it ends. */
export const JOIN_OPENS_MINUTES = 15;

export type SessionState = "upcoming" | "joinable" | "ended" | "cancelled";

type SessionRow = {
  startsAt: Date;
  endsAt: Date;
  joinUrl: string | null;
  recordingUrl: string | null;
  cancelledAt: Date | null;
};

export type SessionAccess = {
  state: SessionState;
  joinUrl: string | null;
  recordingUrl: string | null;
  /** When the join link appears (for the page to refresh itself then). */
  joinOpensAt: Date;
};

export function joinOpensAt(startsAt: Date): Date {
  return new Date(startsAt.getTime() - JOIN_OPENS_MINUTES * 60_000);
}

export function sessionAccess(session: SessionRow, now: Date): SessionAccess {
  const opensAt = joinOpensAt(session.startsAt);
  if (session.cancelledAt) return { state: "cancelled", joinUrl: null, recordingUrl: null, joinOpensAt: opensAt };
  if (now >= session.endsAt)
    return { state: "ended", joinUrl: null, recordingUrl: session.recordingUrl, joinOpensAt: opensAt };
  if (now >= opensAt) return { state: "joinable", joinUrl: session.joinUrl, recordingUrl: null, joinOpensAt: opensAt };
  return { state: "upcoming", joinUrl: null, recordingUrl: null, joinOpensAt: opensAt };
}
