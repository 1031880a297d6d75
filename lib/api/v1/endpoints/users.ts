import { z } from "zod";
import { DomainError } from "../../../actions/errors";
import { changeUserRole } from "../../../users/admin-service";
import { createUserByApi, getUserForApi, listUsersPage, type ApiUserRow } from "../../../users/api-service";
import { defineEndpoint } from "../endpoint";
import { decodeCursor, pageOf, pageQuerySchema } from "../pagination";
import { ApiProblem, notFound } from "../problem";
import { USER_ROLES, userListSchema, userSchema } from "../schemas";

const roleSchema = z.enum(USER_ROLES, { message: `Choose a role: ${USER_ROLES.join(", ")}.` });

function toApiUser(row: ApiUserRow) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabled: row.disabledAt !== null,
    emailVerified: row.emailVerified !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

export const listUsers = defineEndpoint({
  operationId: "listUsers",
  method: "GET",
  path: "/users",
  tag: "Users",
  summary: "List accounts (admin)",
  description: "Every account, oldest id first; filter by role.",
  scope: "users:read",
  query: pageQuerySchema.extend({ role: roleSchema.optional() }),
  response: userListSchema,
  problems: [400],
  example: { query: { role: "INSTRUCTOR" } },
  handle: async ({ query, url }) => {
    const rows = await listUsersPage({ role: query.role }, decodeCursor(query.cursor), query.limit + 1);
    const page = pageOf(rows, query.limit, url);
    return { body: { items: page.items.map(toApiUser), next: page.next } };
  },
});

export const createUser = defineEndpoint({
  operationId: "createUser",
  method: "POST",
  path: "/users",
  tag: "Users",
  summary: "Create an account (admin)",
  description:
    "Creates an account for an email with a role (LEARNER unless said). The person signs in with an emailed link, or sets a password with “Forgot password”. An email that already has an account answers 409. Send an `Idempotency-Key` header so a retried request creates once.",
  scope: "users:write",
  body: z.object({
    email: z.email("Give the person's email address.").max(254, "That email address is too long."),
    name: z.string().trim().max(80, "Keep the name to 80 characters or fewer.").default(""),
    role: roleSchema.default("LEARNER"),
  }),
  response: userSchema,
  status: 201,
  problems: [400, 409, 415, 422],
  idempotent: true,
  example: { body: { email: "new.hire@example.com", name: "New Hire", role: "LEARNER" } },
  handle: async ({ body, principal, ip }) => {
    const created = await createUserByApi(principal!.user.id, body, ip);
    if (created === "EXISTS")
      throw new ApiProblem(
        409,
        "conflict",
        "Account exists",
        "That email already has an account. List users to find it.",
      );
    return { status: 201, body: toApiUser(created) };
  },
});

export const setUserRole = defineEndpoint({
  operationId: "setUserRole",
  method: "POST",
  path: "/users/{id}/role",
  tag: "Users",
  summary: "Change an account's role (admin)",
  description:
    "Sets the account's role; its sessions end, so the new role applies from its next sign-in. You cannot change your own role.",
  scope: "users:write",
  params: z.object({ id: z.string().min(1).max(64, "Give the account's id.") }),
  body: z.object({ role: roleSchema }),
  response: userSchema,
  problems: [400, 404, 409, 415],
  example: { params: { id: "USER_ID" }, body: { role: "INSTRUCTOR" } },
  handle: async ({ params, body, principal, ip }) => {
    if (!(await getUserForApi(params.id))) throw notFound("account");
    try {
      await changeUserRole(principal!.user.id, { userId: params.id, role: body.role }, ip);
    } catch (error) {
      if (error instanceof DomainError) throw new ApiProblem(409, "conflict", "Role not changed", error.message);
      throw error;
    }
    return { body: toApiUser((await getUserForApi(params.id))!) };
  },
});
