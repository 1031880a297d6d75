// Admins make and switch off coupons; each change writes its audit row in the same transaction.
import { recordAudit } from "../audit/record-audit";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/constraint-errors";
import { PaymentError } from "./errors";
import type { createCouponSchema } from "./schema";
import type { z } from "zod";

export type NewCoupon = z.output<typeof createCouponSchema>;

export async function createCoupon(adminId: string, coupon: NewCoupon, ip: string, now: Date = new Date()) {
  if (coupon.expiresAt && coupon.expiresAt <= now)
    throw new PaymentError("That date has passed.", { expiresOn: ["Choose a date from today on."] });
  try {
    return await db.$transaction(async (tx) => {
      if (coupon.courseId) {
        const course = await tx.course.findUnique({ where: { id: coupon.courseId }, select: { priceCents: true } });
        if (!course) throw new PaymentError("That course does not exist.", { courseId: ["Choose a course."] });
        if (course.priceCents === 0)
          throw new PaymentError("That course is free.", { courseId: ["Choose a paid course, or all courses."] });
      }
      const created = await tx.coupon.create({ data: coupon, select: { id: true, code: true } });
      await recordAudit(
        {
          actorId: adminId,
          action: "coupon.created",
          targetType: "coupon",
          targetId: created.id,
          ip,
          meta: { code: created.code },
        },
        tx,
      );
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new PaymentError("That code is taken.", {
        code: [`A coupon ${coupon.code} already exists. Choose another code.`],
      });
    throw error;
  }
}

export async function setCouponActive(adminId: string, couponId: string, active: boolean, ip: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.coupon.updateMany({ where: { id: couponId }, data: { active } });
    if (count === 0) throw new PaymentError("That coupon does not exist.");
    await recordAudit(
      {
        actorId: adminId,
        action: active ? "coupon.enabled" : "coupon.disabled",
        targetType: "coupon",
        targetId: couponId,
        ip,
      },
      tx,
    );
    return { couponId, active };
  });
}
