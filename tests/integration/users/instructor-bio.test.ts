// The instructor's bio: written in profile settings (instructors and admins only), plain text with a length
// limit, kept by the database's own CHECK too, and shown on the public instructor page at once.
import { beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/run-action";
import { getInstructorProfileOrNull } from "@/lib/catalog/instructors";
import { updateProfileAction } from "@/lib/users/actions";
import { getProfile } from "@/lib/users/queries";
import { USER_BIO_MAX_LENGTH } from "@/lib/users/schema";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { claimsOf, scopeFor } from "../auth/helpers";
import { createCourse } from "../learning/fixtures";

let t: TestDatabase;
let made: Awaited<ReturnType<typeof createCourse>>;

beforeAll(async () => {
  t = await useTestDatabase();
  made = await createCourse(t.db, { lessons: [{ kind: "ARTICLE" }] });
}, 120_000);

const save = (user: { id: string; sessionVersion: number }, input: Record<string, string>) =>
  runAction(updateProfileAction.definition, input, scopeFor(claimsOf(user)));

describe("instructor bio", () => {
  it("an instructor writes it in profile settings and the public page shows it, tidied, without waiting", async () => {
    const instructor = await t.db.user.findUniqueOrThrow({ where: { id: made.course.instructorId } });
    // Read once, so the page is memoised without a bio: the save must drop that copy.
    expect((await getInstructorProfileOrNull(instructor.id))?.bio).toBe("");

    const written = "  I build payment APIs.\r\n\r\n\r\n\r\nAsk me about <b>idempotency</b> keys.  ";
    expect(await save(instructor, { name: "Ines Instructor", timeZone: "Europe/Berlin", bio: written })).toEqual({
      ok: true,
      data: { name: "Ines Instructor", timeZone: "Europe/Berlin" },
    });
    const stored = "I build payment APIs.\n\nAsk me about <b>idempotency</b> keys.";
    expect((await getProfile(instructor.id)).bio).toBe(stored);
    expect(await getInstructorProfileOrNull(instructor.id)).toMatchObject({ bio: stored, name: "Ines Instructor" });

    // A form without the field (another tab, an old page) leaves the bio alone.
    await save(instructor, { name: "Ines Instructor", timeZone: "Europe/Berlin" });
    expect((await getProfile(instructor.id)).bio).toBe(stored);
  });

  it("refuses a bio over the limit with a field error, and the database refuses one too", async () => {
    const instructor = await t.db.user.findUniqueOrThrow({ where: { id: made.course.instructorId } });
    const tooLong = "x".repeat(USER_BIO_MAX_LENGTH + 1);
    expect(await save(instructor, { name: "Ines Instructor", timeZone: "UTC", bio: tooLong })).toMatchObject({
      ok: false,
      fieldErrors: { bio: [expect.stringMatching(/600 characters or fewer/)] },
    });
    expect(
      (await save(instructor, { name: "Ines Instructor", timeZone: "UTC", bio: "x".repeat(USER_BIO_MAX_LENGTH) })).ok,
    ).toBe(true);
    await expect(t.db.user.update({ where: { id: instructor.id }, data: { bio: tooLong } })).rejects.toThrow();
    expect((await getProfile(instructor.id)).bio).toHaveLength(USER_BIO_MAX_LENGTH);
  });

  it("a control character in the bio is refused, and a learner's bio is not kept (they have no public page)", async () => {
    const instructor = await t.db.user.findUniqueOrThrow({ where: { id: made.course.instructorId } });
    const nul = await save(instructor, { name: "Ines Instructor", timeZone: "UTC", bio: "bad\u0000byte" });
    expect(nul.ok).toBe(false);

    const learner = await t.db.user.create({
      data: { email: `bio-learner-${Date.now()}@example.test`, name: "Lena Learner", emailVerified: new Date() },
    });
    expect((await save(learner, { name: "Lena Learner", timeZone: "UTC", bio: "Hello" })).ok).toBe(true);
    const profile = await getProfile(learner.id);
    expect(profile).toMatchObject({ bio: "", hasPublicProfile: false });
    expect((await getProfile(instructor.id)).hasPublicProfile).toBe(true);
  });
});
