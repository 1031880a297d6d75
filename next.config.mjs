/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native or WASM packages that must be loaded by Node at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "@prisma/schema-engine-wasm", "shiki"],
  poweredByHeader: false,
  // forbidden() answers refused pages with a real HTTP 403.
  // Cached lesson pages live in memory only: a restart (and a fresh seed, with new ids) starts them afresh.
  experimental: { authInterrupts: true, isrFlushToDisk: false },
  reactStrictMode: true,
};

export default nextConfig;
