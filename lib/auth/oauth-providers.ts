import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { Provider } from "next-auth/providers/index";
import { env } from "../env";

export type OAuthProviderId = "github" | "google";

/** GitHub and Google appear only when both their client id and secret are configured. */
export function configuredOAuthProviders(): { id: OAuthProviderId; label: string }[] {
  const config = env();
  const providers: { id: OAuthProviderId; label: string }[] = [];
  if (config.GITHUB_ID && config.GITHUB_SECRET) providers.push({ id: "github", label: "GitHub" });
  if (config.GOOGLE_ID && config.GOOGLE_SECRET) providers.push({ id: "google", label: "Google" });
  return providers;
}

export function oauthProviders(): Provider[] {
  const config = env();
  const providers: Provider[] = [];
  if (config.GITHUB_ID && config.GITHUB_SECRET)
    providers.push(GitHubProvider({ clientId: config.GITHUB_ID, clientSecret: config.GITHUB_SECRET }));
  if (config.GOOGLE_ID && config.GOOGLE_SECRET)
    providers.push(GoogleProvider({ clientId: config.GOOGLE_ID, clientSecret: config.GOOGLE_SECRET }));
  return providers;
}
