// The v1 resources as zod schemas: what handlers answer, and (through z.toJSONSchema) the OpenAPI components.
import { z } from "zod";

/** Every named resource schema, by its OpenAPI component name. */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

function named<S extends z.ZodType>(id: string, description: string, schema: S): S {
  apiSchemas.add(schema, { id, description });
  return schema;
}

const timestamp = z.iso.datetime({ offset: true });
const nextLink = z
  .string()
  .nullable()
  .describe("Path and query of the next page (same filters), or null on the last page.");

export const problemSchema = named(
  "Problem",
  "An RFC 9457 problem: `detail` says what to do.",
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
);

export const lessonSchema = named(
  "Lesson",
  "A published lesson in a course's outline.",
  z.object({
    slug: z.string(),
    title: z.string(),
    kind: z.enum(["ARTICLE", "VIDEO", "QUIZ", "SQL_EXERCISE", "CODE_EXERCISE"]),
    minutes: z.number().int(),
    freePreview: z.boolean(),
  }),
);

export const courseSchema = named(
  "Course",
  "A published course and its published outline.",
  z.object({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    topic: z.enum(["APIS", "DATABASES", "SECURITY", "PERFORMANCE", "CLOUD", "CAREER"]),
    level: z.enum(["BEGINNER", "INTERMEDIATE", "ADVANCED"]),
    format: z.enum(["SELF_PACED", "COHORT"]),
    priceCents: z.number().int(),
    currency: z.string(),
    instructorName: z.string(),
    publishedAt: timestamp.nullable(),
    outline: z.array(z.object({ slug: z.string(), title: z.string(), lessons: z.array(lessonSchema) })),
  }),
);

export const courseListSchema = named(
  "CourseList",
  "A page of courses.",
  z.object({ items: z.array(courseSchema), next: nextLink }),
);

export const enrollmentStatusSchema = z.enum(["ACTIVE", "COMPLETED", "CANCELLED", "REFUNDED"]);

export const enrollmentSchema = named(
  "Enrollment",
  "A person's enrolment in a course.",
  z.object({
    id: z.string(),
    status: enrollmentStatusSchema,
    source: z.enum(["FREE", "PURCHASE", "COUPON", "ADMIN"]),
    user: z.object({ id: z.string(), email: z.string(), name: z.string().nullable() }),
    course: z.object({ slug: z.string(), title: z.string() }),
    createdAt: timestamp,
    completedAt: timestamp.nullable(),
  }),
);

export const enrollmentListSchema = named(
  "EnrollmentList",
  "A page of enrolments.",
  z.object({ items: z.array(enrollmentSchema), next: nextLink }),
);

export const progressSchema = named(
  "Progress",
  "A learner's progress through the published lessons of an enrolment's course.",
  z.object({
    enrollmentId: z.string(),
    completed: z.number().int(),
    total: z.number().int(),
    percent: z.number().int(),
    lessons: z.array(z.object({ slug: z.string(), title: z.string(), completedAt: timestamp.nullable() })),
  }),
);

export const certificateSchema = named(
  "Certificate",
  "A certificate of completion, as issued (names are snapshots).",
  z.object({
    id: z.string(),
    recipientName: z.string(),
    courseTitle: z.string(),
    instructorName: z.string(),
    issuedAt: timestamp,
    courseSlug: z.string(),
    verifyUrl: z.string(),
  }),
);

export const certificateListSchema = named(
  "CertificateList",
  "A page of certificates.",
  z.object({ items: z.array(certificateSchema), next: nextLink }),
);

export const bookingSchema = named(
  "Booking",
  "A career consultation booking.",
  z.object({
    id: z.string(),
    status: z.enum(["CONFIRMED", "CANCELLED", "COMPLETED", "NO_SHOW"]),
    startsAt: timestamp,
    endsAt: timestamp,
    topic: z.enum(["CAREER_CHANGE", "INTERVIEW_PREP", "CHOOSING_COURSE", "OTHER"]),
    name: z.string(),
    email: z.string(),
    timeZone: z.string(),
    advisorName: z.string().nullable(),
    createdAt: timestamp,
  }),
);

export const bookingListSchema = named(
  "BookingList",
  "A page of bookings.",
  z.object({ items: z.array(bookingSchema), next: nextLink }),
);

export const PAYMENT_STATUSES = [
  "PENDING",
  "PROCESSING",
  "PAID",
  "PARTIALLY_REFUNDED",
  "REFUNDED",
  "FAILED",
  "EXPIRED",
] as const;

export const refundSchema = named(
  "Refund",
  "Money returned on a payment.",
  z.object({ id: z.string(), amountCents: z.number().int(), reason: z.string().nullable(), createdAt: timestamp }),
);

export const paymentSchema = named(
  "Payment",
  "A course purchase, its amounts in the smallest unit of its currency, and its refunds.",
  z.object({
    id: z.string(),
    status: z.enum(PAYMENT_STATUSES),
    amountCents: z.number().int(),
    listPriceCents: z.number().int(),
    discountCents: z.number().int(),
    refundedCents: z.number().int(),
    currency: z.string(),
    userId: z.string(),
    email: z.string(),
    courseSlug: z.string(),
    createdAt: timestamp,
    paidAt: timestamp.nullable(),
    refunds: z.array(refundSchema),
  }),
);

export const paymentListSchema = named(
  "PaymentList",
  "A page of payments.",
  z.object({ items: z.array(paymentSchema), next: nextLink }),
);

export const USER_ROLES = ["LEARNER", "INSTRUCTOR", "ADVISOR", "ADMIN"] as const;

export const userSchema = named(
  "User",
  "An account: who it is and what it may do.",
  z.object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: z.enum(USER_ROLES),
    disabled: z.boolean(),
    emailVerified: z.boolean(),
    createdAt: timestamp,
  }),
);

export const userListSchema = named(
  "UserList",
  "A page of accounts.",
  z.object({ items: z.array(userSchema), next: nextLink }),
);
