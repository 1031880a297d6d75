import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";

const unique = () => randomBytes(4).toString("hex");

export async function createUser(db: Db, overrides: { role?: Role; email?: string; name?: string } = {}) {
  return db.user.create({
    data: {
      email: overrides.email ?? `user-${unique()}@example.test`,
      name: overrides.name ?? "Test User",
      role: overrides.role ?? "LEARNER",
      emailVerified: new Date(),
    },
  });
}
