import type { NextAuthOptions } from "next-auth";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { cookies, headers } from "next/headers";
import { db } from "../db/client";
import { env } from "../env";
import { recordAudit } from "../audit/record-audit";
import { enqueue } from "../outbox/enqueue";
import { kickOutbox } from "../outbox/kick";
import { magicLinkMail } from "../email/templates";
import { clientIpFrom } from "../auth/client-ip";
import { secureCookies, sessionCookieName, sessionCookieOptions } from "../auth/session/cookies";
import { setSignedInHint } from "../auth/session/signed-in-hint";
import { oauthProviders } from "../auth/oauth-providers";
import { getAuthSecret } from "../auth/secret";
import { readSessionClaims, SESSION_IDLE_SECONDS } from "../auth/session/policy";
import { safeRedirectPath } from "../security/safe-redirect";
import { createSignInSession } from "../auth/session/sign-in-sessions";
import { endSignInSession } from "../auth/session/sign-out";
import { authenticateWithPassword, dropUnprovenPassword, SignInRefused } from "./sign-in-service";
import { signInWithConfirmation } from "./confirm-sign-in";
import { browserKeyFromCookieHeader } from "./sign-up-browser";
import { signUpBrowserKey } from "./sign-up-browser-cookie";

/** Signs a new account in from its sign-up confirmation link (lib/accounts/confirm-sign-in.ts). */
export const CONFIRMATION_PROVIDER_ID = "email-confirmation";

export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

let options: NextAuthOptions | undefined;

/** Built on first use: nothing here may read settings or the database at import (next build). */
export function getAuthOptions(): NextAuthOptions {
  if (options) return options;
  const config = env();
  // next-auth builds callback and magic-link URLs from NEXTAUTH_URL; never from the Host header.
  process.env.NEXTAUTH_URL ??= config.APP_URL;

  options = {
    secret: getAuthSecret(),
    // The adapter is typed against the Prisma 5 client it was written for; ours (7) has the same model methods.
    adapter: PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]),
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
    jwt: { maxAge: SESSION_IDLE_SECONDS },
    useSecureCookies: secureCookies(),
    cookies: { sessionToken: { name: sessionCookieName(), options: sessionCookieOptions() } },
    pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in/check-email" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const result = await authenticateWithPassword({
            email: String(credentials?.email ?? ""),
            password: String(credentials?.password ?? ""),
            ip: clientIpFrom(request.headers ?? {}),
            browserKey: await signUpBrowserKey(),
          });
          if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
          if (result.reason === "INVALID") return null;
          // Only reached with the right password (or a limit), so the reason reveals nothing new.
          throw new SignInRefused(result.reason);
        },
      }),
      CredentialsProvider({
        id: CONFIRMATION_PROVIDER_ID,
        name: "Email confirmation link",
        credentials: { token: { label: "Token", type: "text" } },
        authorize: (credentials, request) =>
          signInWithConfirmation(
            String(credentials?.token ?? ""),
            clientIpFrom(request.headers ?? {}),
            new Date(),
            browserKeyFromCookieHeader(request.headers?.cookie),
          ),
      }),
      EmailProvider({
        from: config.MAIL_FROM,
        maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
        server: {},
        async sendVerificationRequest({ identifier, url }) {
          const user = await db.user.findUnique({
            where: { email: identifier.toLowerCase() },
            select: { disabledAt: true },
          });
          // Same answer either way: a disabled account simply gets no link.
          if (user?.disabledAt) return;
          await db.$transaction((tx) =>
            enqueue(tx, "mail", { to: identifier, kind: "magic-link", ...magicLinkMail(url) }),
          );
          await kickOutbox();
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      async signIn({ user, email, account }) {
        if (email?.verificationRequest) return true;
        const address = user.email?.toLowerCase();
        if (!address) return false;
        const existing = await db.user.findUnique({ where: { email: address }, select: { disabledAt: true } });
        if (existing?.disabledAt) return false;
        // The confirmation link proves the address the password was set with: nothing to drop then.
        if (account && account.provider !== "credentials" && account.provider !== CONFIRMATION_PROVIDER_ID)
          await dropUnprovenPassword(address, clientIpFrom(await headers()));
        return true;
      },
      redirect({ url, baseUrl }) {
        return new URL(safeRedirectPath(url, baseUrl), baseUrl).toString();
      },
      async jwt({ token, user }) {
        if (!user) return token;
        const row = await db.user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
        const request = await headers();
        const sid = await createSignInSession(user.id, {
          userAgent: request.get("user-agent") ?? "",
          ip: clientIpFrom(request),
        });
        // Only what getCurrentUser needs; name, email and role are read fresh from the database.
        return { sub: user.id, sv: row?.sessionVersion ?? 0, sid, authTime: Math.floor(Date.now() / 1000) };
      },
      session({ session, token }) {
        const claims = readSessionClaims(token);
        return { expires: session.expires, user: { id: claims?.sub ?? "" }, claims };
      },
    },
    events: {
      async signOut({ token }) {
        const claims = readSessionClaims(token);
        if (claims) await endSignInSession(claims.sub, claims.sid, clientIpFrom(await headers()), "auth.sign_out");
      },
      async signIn({ user, account }) {
        // Cached pages are not seen by the proxy: tell them at once that this browser is signed in.
        setSignedInHint(await cookies(), secureCookies());
        if (!account || account.provider === "credentials") return; // recorded with the IP by authenticateWithPassword
        // next-auth runs inside the route's request, so its headers carry the address serve.ts decided on.
        const ip = clientIpFrom(await headers());
        await recordAudit({
          actorId: user.id,
          action: "auth.sign_in",
          targetType: "User",
          targetId: user.id,
          ip,
          meta: { provider: account.provider },
        });
      },
    },
  };
  return options;
}
