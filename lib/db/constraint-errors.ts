// Which database constraint refused a write. Prisma wraps the driver's error, and its shape differs per
// adapter (PGlite or pg), so both test the error's whole text for the Prisma code or the SQLSTATE.

/** The database refused an overlapping booking (an exclusion constraint such as Booking_no_overlap, SQLSTATE 23P01). */
export function isOverlapViolation(error: unknown): boolean {
  return JSON.stringify(error, Object.getOwnPropertyNames(error ?? {}))?.includes("23P01") ?? false;
}

/** A unique key refused the row (P2002 / SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const text = JSON.stringify(error, Object.getOwnPropertyNames(error ?? {})) ?? "";
  return text.includes("P2002") || text.includes("23505");
}
