import { describe, expect, it } from "vitest";
import { checkAddress, parseIpv6 } from "@/lib/webhooks/address-guard";

const strict = { allowLoopback: false };
const loopbackAllowed = { allowLoopback: true };

describe("checkAddress", () => {
  it.each([
    "127.0.0.1",
    "127.255.0.9",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.100.100.200",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "::",
    "::1",
    "fc00::1",
    "fd00:ec2::254",
    "fe80::1",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:10.0.0.1",
    "::ffff:a9fe:a9fe",
    "::10.0.0.1",
    "64:ff9b::a00:1",
  ])("refuses %s", (ip) => {
    expect(checkAddress(ip, strict).allowed).toBe(false);
  });

  it.each(["8.8.8.8", "172.32.0.1", "93.184.215.14", "2606:4700::1111", "::ffff:8.8.8.8"])("allows %s", (ip) => {
    expect(checkAddress(ip, strict)).toEqual({ allowed: true });
  });

  it("lets loopback through only when allowed, and nothing else with it", () => {
    for (const ip of ["127.0.0.1", "::1", "::ffff:127.0.0.1"])
      expect(checkAddress(ip, loopbackAllowed).allowed).toBe(true);
    for (const ip of ["10.0.0.1", "169.254.169.254", "0.0.0.0", "fe80::1"])
      expect(checkAddress(ip, loopbackAllowed).allowed).toBe(false);
  });

  it("refuses what is not an address", () => {
    expect(checkAddress("localhost", loopbackAllowed)).toMatchObject({ allowed: false });
  });
});

describe("parseIpv6", () => {
  it("expands :: and a dotted tail, and refuses malformed text", () => {
    expect([...parseIpv6("::ffff:1.2.3.4")!]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4]);
    expect(parseIpv6("1:2:3:4:5:6:7:8:9")).toBeNull();
    expect(parseIpv6("1::2::3")).toBeNull();
    expect(parseIpv6("g::1")).toBeNull();
  });
});
