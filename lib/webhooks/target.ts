// Where a webhook may go: an https URL (http too outside production) whose host resolves only to addresses the
// guard allows. Checked when an endpoint is saved (with a message for the form) and again at every delivery,
// where the checked address is the one connected to (lib/webhooks/send.ts), so a second DNS answer cannot
// swap it.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { env } from "../env";
import { checkAddress } from "./address-guard";

export type ResolvedAddress = { address: string; family: number };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export type TargetPolicy = { production: boolean; allowLoopback: boolean; resolve: Resolver };

export const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** The policy the settings give: https only and no loopback in production. */
export function targetPolicy(resolve: Resolver = systemResolver): TargetPolicy {
  const settings = env();
  const production = settings.APP_ENV === "production";
  return { production, allowLoopback: !production && settings.WEBHOOK_ALLOW_LOOPBACK === "true", resolve };
}

export class TargetRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TargetRefused";
  }
}

/** The URL parsed, or a refusal saying what to change; no DNS yet. */
export function parseTargetUrl(text: string, policy: Pick<TargetPolicy, "production">): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new TargetRefused("Enter a full address, such as https://example.com/webhooks.");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && !policy.production)) {
    throw new TargetRefused("Use an https:// address.");
  }
  if (url.username || url.password) throw new TargetRefused("Leave the user name and password out of the address.");
  return url;
}

/** Every address the host resolves to, each checked; the first is the one to connect to. */
export async function resolveTarget(hostname: string, policy: TargetPolicy): Promise<ResolvedAddress> {
  const bare = hostname.replace(/^\[|\]$/g, "");
  let addresses: ResolvedAddress[];
  if (isIP(bare)) {
    addresses = [{ address: bare, family: isIP(bare) }];
  } else {
    try {
      addresses = await policy.resolve(bare);
    } catch {
      throw new TargetRefused(`${bare} could not be found (DNS). Check the address.`);
    }
  }
  if (addresses.length === 0) throw new TargetRefused(`${bare} has no address (DNS).`);
  for (const { address } of addresses) {
    const verdict = checkAddress(address, { allowLoopback: policy.allowLoopback });
    if (!verdict.allowed) {
      throw new TargetRefused(`Webhooks cannot be sent to ${bare}: ${verdict.reason}. Use a public address.`);
    }
  }
  return addresses[0]!;
}

/** The save-time check: the URL's form, then its host's addresses. */
export async function checkTarget(text: string, policy: TargetPolicy): Promise<URL> {
  const url = parseTargetUrl(text, policy);
  await resolveTarget(url.hostname, policy);
  return url;
}
