import { DomainError } from "../actions/errors";

/** A refusal about a consultation the person can act on. */
export class BookingError extends DomainError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, fieldErrors);
    this.name = "BookingError";
  }
}

/** The database refused an overlapping booking (exclusion constraint Booking_no_overlap, SQLSTATE 23P01). */
export function isOverlapViolation(error: unknown): boolean {
  // Prisma wraps the driver error (P2039 with the original code in meta); its shape differs per adapter.
  return JSON.stringify(error, Object.getOwnPropertyNames(error ?? {}))?.includes("23P01") ?? false;
}

/** A unique key refused the row (P2002 / SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const text = JSON.stringify(error, Object.getOwnPropertyNames(error ?? {})) ?? "";
  return text.includes("P2002") || text.includes("23505");
}
