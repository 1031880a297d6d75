// Which addresses a webhook may reach: none on this machine, the private networks, link-local (the cloud
// metadata service lives there), multicast or reserved ranges, in IPv4, IPv6, or IPv4 wrapped in IPv6.
// Loopback is let through only when the operator allows it (WEBHOOK_ALLOW_LOOPBACK, never in production).
import { isIP } from "node:net";

type Range = { base: number[]; bits: number; loopback?: boolean };

const v4 = (text: string, bits: number, loopback = false): Range => ({
  base: text.split(".").map(Number),
  bits,
  loopback,
});

const FORBIDDEN_V4: Range[] = [
  v4("0.0.0.0", 8), // "this network"; 0.0.0.0 reaches the local host
  v4("10.0.0.0", 8),
  v4("100.64.0.0", 10), // carrier-grade NAT (and a cloud's metadata address, 100.100.100.200)
  v4("127.0.0.0", 8, true),
  v4("169.254.0.0", 16), // link-local: 169.254.169.254 is the metadata service
  v4("172.16.0.0", 12),
  v4("192.0.0.0", 24),
  v4("192.0.2.0", 24),
  v4("192.168.0.0", 16),
  v4("198.18.0.0", 15),
  v4("198.51.100.0", 24),
  v4("203.0.113.0", 24),
  v4("224.0.0.0", 4), // multicast
  v4("240.0.0.0", 4), // reserved, and 255.255.255.255
];

function v6(text: string, bits: number, loopback = false): Range {
  return { base: [...(parseIpv6(text) ?? [])], bits, loopback };
}

const FORBIDDEN_V6: Range[] = [
  v6("::", 128),
  v6("::1", 128, true),
  v6("fc00::", 7), // unique local (fd00:ec2::254 is a metadata address)
  v6("fe80::", 10), // link-local
  v6("fec0::", 10), // old site-local
  v6("ff00::", 8), // multicast
  v6("2001:db8::", 32), // documentation
  v6("100::", 64), // discard
];

function inRange(bytes: number[], range: Range): boolean {
  let left = range.bits;
  for (let i = 0; left > 0; i += 1, left -= 8) {
    const mask = left >= 8 ? 0xff : (0xff << (8 - left)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((range.base[i] ?? 0) & mask)) return false;
  }
  return true;
}

/** The 16 bytes of an IPv6 address (dotted IPv4 tail allowed), or null when it is not one. */
export function parseIpv6(text: string): Uint8Array | null {
  let address = text.replace(/^\[|\]$/g, "").split("%")[0] ?? "";
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split(".").map(Number);
    address = address.slice(0, -dotted[1].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  const bytes = new Uint8Array(16);
  for (const [i, group] of groups.entries()) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
    const value = parseInt(group, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  }
  return bytes;
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or NAT64 address. */
function embeddedIpv4(bytes: Uint8Array): number[] | null {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);
  const tail = [...bytes.slice(12)];
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return tail;
  if (zeros(0, 12) && !zeros(12, 16) && !(zeros(12, 15) && bytes[15] === 1)) return tail;
  const nat64 = [0x00, 0x64, 0xff, 0x9b];
  if (nat64.every((b, i) => bytes[i] === b) && zeros(4, 12)) return tail;
  return null;
}

export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

/** Whether a webhook may connect to this IP address (not a name: resolve first). */
export function checkAddress(ip: string, options: { allowLoopback: boolean }): AddressVerdict {
  const family = isIP(ip.replace(/^\[|\]$/g, ""));
  let bytes: number[];
  let ranges: Range[];
  if (family === 4) {
    bytes = ip.split(".").map(Number);
    ranges = FORBIDDEN_V4;
  } else if (family === 6) {
    const parsed = parseIpv6(ip);
    if (!parsed) return { allowed: false, reason: `${ip} is not an address` };
    const inner = embeddedIpv4(parsed);
    bytes = inner ?? [...parsed];
    ranges = inner ? FORBIDDEN_V4 : FORBIDDEN_V6;
  } else {
    return { allowed: false, reason: `${ip} is not an address` };
  }
  const hit = ranges.find((range) => inRange(bytes, range));
  if (!hit || (hit.loopback && options.allowLoopback)) return { allowed: true };
  return {
    allowed: false,
    reason: hit.loopback ? `${ip} is this machine (loopback)` : `${ip} is a private, link-local or reserved address`,
  };
}
