// Definitions of the public account forms; served as JSON endpoints under /api/auth (see app/api/auth).
import type { ActionDefinition } from "../actions/run-action";
import { confirmEmailToken, requestPasswordReset, resendVerification, resetPassword, signUp } from "./account-service";
import { existingSignUpBrowserKey, signUpBrowserKey } from "./sign-up-browser-cookie";
import { emailOnlySchema, resetPasswordSchema, signUpSchema, tokenSchema } from "./schema";

export const signUpDefinition = {
  schema: signUpSchema,
  auth: "public",
  rateLimit: (_input, ctx) => [["sign-up-ip", ctx.ip]],
  handler: async (input, ctx) => signUp(input, ctx.ip, ctx.defer, await signUpBrowserKey()),
} satisfies ActionDefinition<typeof signUpSchema, "public", { email: string }>;

export const forgotPasswordDefinition = {
  schema: emailOnlySchema,
  auth: "public",
  rateLimit: (input, ctx) => [
    ["password-reset-ip", ctx.ip],
    ["password-reset-email", input.email],
  ],
  handler: (input, ctx) => requestPasswordReset(input.email, ctx.ip, new Date(), ctx.defer),
} satisfies ActionDefinition<typeof emailOnlySchema, "public", { email: string }>;

export const resetPasswordDefinition = {
  schema: resetPasswordSchema,
  auth: "public",
  rateLimit: (_input, ctx) => [["password-reset-ip", ctx.ip]],
  handler: (input, ctx) => resetPassword(input, ctx.ip),
} satisfies ActionDefinition<typeof resetPasswordSchema, "public", { email: string }>;

export const confirmEmailDefinition = {
  schema: tokenSchema,
  auth: "public",
  rateLimit: (_input, ctx) => [["verify-email-ip", ctx.ip]],
  handler: async (input, ctx) => confirmEmailToken(input.token, ctx.ip, new Date(), await existingSignUpBrowserKey()),
} satisfies ActionDefinition<typeof tokenSchema, "public", { kind: "verified" | "changed" }>;

export const resendVerificationDefinition = {
  schema: emailOnlySchema,
  auth: "public",
  rateLimit: (_input, ctx) => [["verify-email-ip", ctx.ip]],
  handler: async (input) => resendVerification(input.email, await signUpBrowserKey()),
} satisfies ActionDefinition<typeof emailOnlySchema, "public", { email: string }>;
