import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The claims getCurrentUser checks against the database on every request. */
    claims: { sub: string; sv: number; authTime: number } | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
    authTime?: number;
  }
}
