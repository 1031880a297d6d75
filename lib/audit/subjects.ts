// Names what each audit row is about (an account, a review and its course, a coupon, an advisor, a payment,
// a course), looked up in one query per kind for a page of rows. A subject deleted since falls back to what
// the row itself recorded.
import { db } from "../db/client";

type Row = { id: string; targetType: string | null; targetId: string | null; meta: unknown };

const ids = (rows: Row[], type: string) => [
  ...new Set(rows.filter((r) => r.targetType?.toLowerCase() === type && r.targetId).map((r) => r.targetId!)),
];

function metaOf(row: Row): Record<string, unknown> {
  return row.meta && typeof row.meta === "object" && !Array.isArray(row.meta)
    ? (row.meta as Record<string, unknown>)
    : {};
}

function reviewSubject(rating: unknown, author: unknown, course: unknown): string {
  const stars = typeof rating === "number" ? `${rating}-star review` : "Review";
  return `${stars} by ${String(author ?? "a learner")} on “${String(course ?? "a deleted course")}”`;
}

export async function auditSubjects(rows: Row[]): Promise<Map<string, string>> {
  const [users, reviews, courses, coupons, advisors, payments] = await Promise.all([
    db.user.findMany({ where: { id: { in: ids(rows, "user") } }, select: { id: true, email: true } }),
    db.review.findMany({
      where: { id: { in: ids(rows, "review") } },
      select: {
        id: true,
        rating: true,
        user: { select: { name: true, email: true } },
        course: { select: { title: true } },
      },
    }),
    db.course.findMany({ where: { id: { in: ids(rows, "course") } }, select: { id: true, title: true } }),
    db.coupon.findMany({ where: { id: { in: ids(rows, "coupon") } }, select: { id: true, code: true } }),
    db.advisor.findMany({
      where: { id: { in: ids(rows, "advisor") } },
      select: { id: true, user: { select: { name: true, email: true } } },
    }),
    db.payment.findMany({
      where: { id: { in: ids(rows, "payment") } },
      select: { id: true, user: { select: { email: true } }, course: { select: { title: true } } },
    }),
  ]);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
  const [u, r, c, cp, a, p] = [
    byId(users),
    byId(reviews),
    byId(courses),
    byId(coupons),
    byId(advisors),
    byId(payments),
  ];

  const subjects = new Map<string, string>();
  for (const row of rows) {
    const meta = metaOf(row);
    const id = row.targetId ?? "";
    const type = row.targetType?.toLowerCase();
    let subject: string | null = null;
    if (type === "user")
      subject = u.get(id)?.email ?? (typeof meta.email === "string" ? meta.email : "A deleted account");
    else if (type === "review") {
      const review = r.get(id);
      subject = review
        ? reviewSubject(review.rating, review.user.name?.trim() || review.user.email, review.course.title)
        : reviewSubject(meta.rating, meta.author, meta.course);
    } else if (type === "course") subject = `Course “${c.get(id)?.title ?? "deleted"}”`;
    else if (type === "coupon") subject = `Coupon ${cp.get(id)?.code ?? String(meta.code ?? "(deleted)")}`;
    else if (type === "advisor") {
      const advisor = a.get(id);
      subject = `Advisor ${advisor ? advisor.user.name?.trim() || advisor.user.email : "(deleted)"}`;
    } else if (type === "payment") {
      const payment = p.get(id);
      subject = payment ? `Payment by ${payment.user.email} for “${payment.course.title}”` : "A deleted payment";
    } else if (type === "signinsession") subject = "One signed-in browser";
    else if (type === "path") subject = `Pages under ${id}`;
    else if (typeof meta.email === "string") subject = meta.email;
    if (subject) subjects.set(row.id, subject);
  }
  return subjects;
}

/** Detail keys the subject already says, per kind of subject. */
export const NAMED_BY_SUBJECT: Record<string, readonly string[]> = {
  review: ["course", "rating", "author"],
  coupon: ["code"],
  user: ["email"],
};
