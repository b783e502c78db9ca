import { describe, expect, it } from "vitest";
import { isBlockedAddress, webhookUrlProblem } from "./address-policy";

describe("webhook address policy", () => {
  it("blocks loopback, private, link-local, metadata and mapped addresses, IPv4 and IPv6", () => {
    for (const ip of ["127.0.0.1", "10.2.3.4", "172.20.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "::", "fe80::1", "fd00:ec2::254", "fc00::1", "::ffff:127.0.0.1", "[::ffff:7f00:1]", "64:ff9b::a00:1"]) {
      expect(isBlockedAddress(ip), ip).toBe(true);
    }
    for (const ip of ["93.184.215.14", "8.8.8.8", "2606:4700::1111", "[2a00:1450:4001::200e]"]) {
      expect(isBlockedAddress(ip), ip).toBe(false);
    }
  });

  it("refuses URLs that name or resolve to such an address, and accepts public ones", async () => {
    const dns = { "rebind.example.com": ["93.184.215.14", "10.0.0.7"], "news-partner.example.com": ["93.184.215.14"], "v6.example.com": ["fd12::3"] } as Record<string, string[]>;
    const resolve = async (host: string) => {
      if (!dns[host]) throw new Error("ENOTFOUND");
      return dns[host];
    };
    const opts = { allowPrivate: false, resolve };
    for (const url of [
      "http://127.0.0.1:8080/hook",
      "http://2130706433/hook", // 127.0.0.1 written as a number
      "http://0x7f.1/hook",
      "http://[::1]/hook",
      "http://[::ffff:127.0.0.1]/hook",
      "http://169.254.169.254/latest/meta-data",
      "https://localhost/hook",
      "https://api.localhost/hook",
      "http://metadata.google.internal/computeMetadata/v1",
      "http://intranet/hook",
      "https://rebind.example.com/hook",
      "https://v6.example.com/hook",
    ]) {
      expect(await webhookUrlProblem(url, opts), url).toMatch(/public address/);
    }
    expect(await webhookUrlProblem("https://news-partner.example.com/hook", opts)).toBeNull();
    expect(await webhookUrlProblem("https://93.184.215.14/hook", opts)).toBeNull();
    // Not resolvable now: accepted; delivery checks the address again when it connects.
    expect(await webhookUrlProblem("https://not-yet.example.net/hook", opts)).toBeNull();
    // The local-testing override.
    expect(await webhookUrlProblem("http://127.0.0.1:8080/hook", { allowPrivate: true, resolve })).toBeNull();
  });
});
