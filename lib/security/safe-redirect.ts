// The one check every redirect target from a request goes through (callbackUrl on sign-in and sign-up,
// next-auth's redirect callback, the verification link's return path).

// C0 controls, DEL and the backslash: browsers strip or rewrite them, so "/\t/evil.example" becomes "//evil.example".
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/**
 * A same-origin path (with query and fragment) for `target`, or `fallback` when it is missing, carries a
 * control character or a backslash, or resolves to any other origin than `appUrl`'s.
 */
export function safeRedirectPath(target: string | null | undefined, appUrl: string, fallback = "/"): string {
  if (!target || target.length > 2048 || UNSAFE.test(target)) return fallback;
  let base: URL;
  let resolved: URL;
  try {
    base = new URL(appUrl);
    resolved = new URL(target, base);
  } catch {
    return fallback;
  }
  if (resolved.origin !== base.origin) return fallback;
  // A relative target must be a path: "evil.example" or "?x" alone would resolve against the base's path.
  if (!target.startsWith("/") && !/^https?:\/\//i.test(target)) return fallback;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  return path.startsWith("//") ? fallback : path;
}
