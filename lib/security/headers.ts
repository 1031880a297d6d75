// Security headers for every response. Pages rendered per request get a fresh CSP nonce; the cached
// public pages (the same bytes for every visitor) cannot carry one, see `nonce: null` below.

export type HeaderOptions = {
  /** A fresh nonce for a page rendered for this request, or null for a cached page served as is. */
  nonce: string | null;
  production: boolean;
  development: boolean;
  oauthOrigins?: string[];
};

function scriptSources(nonce: string | null, development: boolean): string[] {
  const dev = development ? ["'unsafe-eval'"] : [];
  // 'wasm-unsafe-eval' is for the in-browser SQL and code exercises; React needs 'unsafe-eval' only in development.
  // With a nonce, 'strict-dynamic' lets Next's nonce-carrying scripts load their chunks and nothing else runs.
  if (nonce) return ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'wasm-unsafe-eval'", ...dev];
  // A cached page holds Next's inline bootstrap scripts with no nonce, so inline scripts must be allowed.
  // These pages reflect nothing from the request (no query, cookie or header reaches their HTML) and their
  // only stored content is sanitized Markdown; scripts still load only from this origin.
  return ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'", ...dev];
}

export function contentSecurityPolicy({ nonce, production, development, oauthOrigins = [] }: HeaderOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": scriptSources(nonce, development),
    // Shiki highlights lesson code with inline style attributes.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": [
      "'self'",
      "data:",
      "blob:",
      "https://avatars.githubusercontent.com",
      "https://lh3.googleusercontent.com",
    ],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "media-src": ["'self'", "https:"],
    "frame-src": ["'self'", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    // OAuth sign-in posts to our own endpoint, which then redirects to the provider.
    "form-action": ["'self'", ...oauthOrigins],
    "frame-ancestors": ["'none'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(" ")}`);
  if (production) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

export function securityHeaders(options: HeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(self)",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (options.production) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains; preload";
  return headers;
}

/**
 * Files we serve that a user uploaded (app/uploads/[key]/route.ts) answer with their own policy: nothing may
 * load or run in them. The proxy's page policy must not replace it (ownsContentSecurityPolicy).
 */
export const UPLOADED_FILE_CSP = "default-src 'none'; sandbox";

/** Paths whose route sets a stricter Content-Security-Policy of its own than the pages' one. */
export function ownsContentSecurityPolicy(pathname: string): boolean {
  return pathname.startsWith("/uploads/");
}

export function createNonce(): string {
  return Buffer.from(crypto.randomUUID()).toString("base64");
}
