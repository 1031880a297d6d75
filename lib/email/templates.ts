// Plain-text first; the HTML version is the same words with one button.
export type MailContent = { subject: string; text: string; html: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function layout(paragraphs: string[], action?: { label: string; url: string }): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(p)}</p>`).join("");
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#4f46e5;color:#fff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p><p style="margin:0 0 16px;font-size:13px;color:#475569">Or paste this link into your browser: ${escapeHtml(action.url)}</p>`
    : "";
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:560px;margin:0 auto;padding:24px"><p style="font-weight:700;font-size:18px">Backend Academy</p>${body}${button}<p style="font-size:13px;color:#475569">If you did not ask for this email, you can ignore it.</p></body></html>`;
}

export function compose(subject: string, paragraphs: string[], action?: { label: string; url: string }): MailContent {
  const text = [
    ...paragraphs,
    ...(action ? [`${action.label}: ${action.url}`] : []),
    "If you did not ask for this email, you can ignore it.",
    "— Backend Academy",
  ].join("\n\n");
  return { subject, text, html: layout(paragraphs, action) };
}

export function verifyEmailMail(name: string | null, url: string): MailContent {
  return compose(
    "Confirm your email address",
    [
      `Hi${name ? ` ${name}` : ""},`,
      "Welcome to Backend Academy. Confirm your email address to finish creating your account. The link works for 24 hours.",
    ],
    { label: "Confirm email address", url },
  );
}

export function accountExistsMail(signInUrl: string, resetUrl: string): MailContent {
  return compose("You already have a Backend Academy account", [
    "Someone (hopefully you) tried to create a Backend Academy account with this email address, but an account already exists.",
    `Sign in at ${signInUrl}. If you have forgotten your password, reset it at ${resetUrl}.`,
  ]);
}

export function passwordResetMail(url: string): MailContent {
  return compose(
    "Reset your password",
    [
      "We received a request to reset the password for your Backend Academy account. The link works once, for 30 minutes.",
    ],
    { label: "Choose a new password", url },
  );
}

export function passwordChangedMail(resetUrl: string): MailContent {
  return compose("Your password was changed", [
    "The password for your Backend Academy account was just changed, and every other device was signed out.",
    `If this wasn't you, reset your password now: ${resetUrl}`,
  ]);
}

export function magicLinkMail(url: string): MailContent {
  return compose("Your sign-in link", ["Use this link to sign in to Backend Academy. It works once, for 15 minutes."], {
    label: "Sign in",
    url,
  });
}

export function unverifiedPasswordRemovedMail(signInUrl: string): MailContent {
  return compose(
    "We removed a password from your account",
    [
      "Someone created your Backend Academy account with a password before you had confirmed this email address. You have now signed in with a link sent to this address, so we removed that password and ended every other session, in case it was not you who set it.",
      "You can keep signing in with email links, or set a password of your own on your profile.",
    ],
    { label: "Go to your profile", url: signInUrl },
  );
}

export function emailChangeMail(url: string): MailContent {
  return compose(
    "Confirm your new email address",
    ["Confirm this address to make it the email for your Backend Academy account. The link works for 1 hour."],
    { label: "Confirm new email", url },
  );
}

export function emailChangedNoticeMail(newEmail: string): MailContent {
  return compose("Your email address was changed", [
    `The email address for your Backend Academy account was changed to ${newEmail}. If this wasn't you, contact support right away.`,
  ]);
}

export function certificateMail(name: string | null, courseTitle: string, url: string): MailContent {
  return compose(
    `Your certificate: ${courseTitle}`,
    [
      `Congratulations${name ? `, ${name}` : ""}!`,
      `You finished every lesson of ${courseTitle}, and your certificate has been issued. Its page is public, so anyone you share the link with can check it; you can also print it or save it as a PDF from there.`,
    ],
    { label: "View your certificate", url },
  );
}
