// One prospect's mailbox however the address is spelled: letter case and a "+tag" reach the same inbox, so
// x+1@example.com counts as x@example.com for the open-bookings cap and the per-address limit.

export type Mailbox = { local: string; domain: string; canonical: string };

export function mailboxOf(email: string): Mailbox {
  const at = email.lastIndexOf("@");
  const domain = email.slice(at + 1).toLowerCase();
  const local = email.slice(0, at).toLowerCase().split("+")[0]!;
  return { local, domain, canonical: `${local}@${domain}` };
}
