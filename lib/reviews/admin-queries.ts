// The admin reviews page: every review, hidden ones included, with filters, search and pages. Each hidden
// review carries the reason its last hide gave (from the audit log, where the reason is recorded).
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { AdminReviewSearch } from "./schema";

export const ADMIN_REVIEWS_PAGE_SIZE = 20;

function whereOf(search: AdminReviewSearch): Prisma.ReviewWhereInput {
  const where: Prisma.ReviewWhereInput = {};
  if (search.course) where.course = { slug: search.course };
  if (search.rating) where.rating = search.rating;
  if (search.visibility === "hidden") where.hiddenAt = { not: null };
  if (search.visibility === "visible") where.hiddenAt = null;
  if (search.q)
    where.OR = [
      { body: { contains: search.q, mode: "insensitive" } },
      { user: { name: { contains: search.q, mode: "insensitive" } } },
      { user: { email: { contains: search.q, mode: "insensitive" } } },
    ];
  return where;
}

export async function listReviewsForAdmin(search: AdminReviewSearch) {
  const where = whereOf(search);
  const [rows, total, courses] = await Promise.all([
    db.review.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (search.page - 1) * ADMIN_REVIEWS_PAGE_SIZE,
      take: ADMIN_REVIEWS_PAGE_SIZE,
      select: {
        id: true,
        rating: true,
        body: true,
        hiddenAt: true,
        createdAt: true,
        course: { select: { slug: true, title: true } },
        user: { select: { name: true, email: true } },
      },
    }),
    db.review.count({ where }),
    db.course.findMany({
      where: { reviews: { some: {} } },
      orderBy: { title: "asc" },
      select: { slug: true, title: true },
    }),
  ]);
  const hiddenIds = rows.filter((r) => r.hiddenAt).map((r) => r.id);
  const hides = hiddenIds.length
    ? await db.auditLog.findMany({
        where: { action: "review.hidden", targetType: "Review", targetId: { in: hiddenIds } },
        orderBy: { createdAt: "desc" },
        select: { targetId: true, meta: true },
      })
    : [];
  const reasons = new Map<string, string>();
  for (const hide of hides) {
    const reason = (hide.meta as { reason?: unknown } | null)?.reason;
    if (hide.targetId && !reasons.has(hide.targetId))
      reasons.set(hide.targetId, typeof reason === "string" ? reason : "");
  }
  return {
    reviews: rows.map((r) => ({
      id: r.id,
      rating: r.rating,
      body: r.body,
      hidden: r.hiddenAt !== null,
      hiddenAt: r.hiddenAt,
      hideReason: reasons.get(r.id) ?? null,
      createdAt: r.createdAt,
      course: r.course,
      author: r.user.name?.trim() || r.user.email,
    })),
    courses,
    total,
    page: search.page,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_REVIEWS_PAGE_SIZE)),
  };
}
export type AdminReviewRow = Awaited<ReturnType<typeof listReviewsForAdmin>>["reviews"][number];
