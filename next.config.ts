import type { NextConfig } from "next";
import { PROXY_FREE_ROUTES, SEARCH_CACHE_CONTROL, SHARED_PAGES } from "./lib/security/proxy-free";
import { securityHeaders } from "./lib/security/headers";

// Headers for what the proxy does not see (lib/security/proxy-free.ts): the same for every
// request, so they are fixed here, at build time. `npm start` rebuilds when APP_ENV's production-ness changes.
const staticHeaders = Object.entries(
  securityHeaders({
    nonce: null,
    production: process.env.APP_ENV === "production",
    development: process.env.NODE_ENV === "development",
  }),
).map(([key, value]) => ({ key, value }));

// Server actions accept a POST only when its Origin is the host it was sent to, or the public host named
// by APP_URL (the one a browser shows behind a proxy that rewrites Host); never any other site.
const appHost = new URL(process.env.APP_URL || "http://localhost:3000").host;

const nextConfig: NextConfig = {
  // Native or WASM packages that must be loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "@prisma/schema-engine-wasm",
    "shiki",
  ],
  poweredByHeader: false,
  // Next hashes the whole body of every cached page on every request to make an ETag (an eighth of the
  // CPU of serving a lesson page); the pages are small and change on publish, so we go without.
  generateEtags: false,
  // forbidden() answers refused pages with a real HTTP 403. Cached lesson pages live in memory only:
  // a restart (and a fresh seed, with new ids) starts them afresh.
  experimental: { authInterrupts: true, isrFlushToDisk: false, serverActions: { allowedOrigins: [appHost] } },
  reactStrictMode: true,
  // `npm test` types the whole project with `tsc --noEmit` (the same tsconfig.json) beside this build: it asks the
  // build not to type it a second time. Every other build (npm start, npm run build) still checks its types.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPES_CHECKED_BESIDE === "1" },
  async headers() {
    // A Cache-Control set here wins over the one Next gives a page rendered per request (send-payload.js).
    return PROXY_FREE_ROUTES.flatMap((source) => {
      const cacheControl = SHARED_PAGES[source];
      if (!cacheControl) return [{ source, headers: staticHeaders }];
      const search = [{ type: "query" as const, key: "q" }];
      return [
        { source, missing: search, headers: [...staticHeaders, { key: "Cache-Control", value: cacheControl }] },
        { source, has: search, headers: [...staticHeaders, { key: "Cache-Control", value: SEARCH_CACHE_CONTROL }] },
      ];
    });
  },
};

export default nextConfig;
