import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustProxy } from "./client-address.cjs";

describe("clientAddress", () => {
  it("takes the socket's address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress("198.51.100.7", "1.2.3.4", parseTrustProxy(undefined))).toBe("198.51.100.7");
    expect(clientAddress("::ffff:198.51.100.7", "1.2.3.4", parseTrustProxy("0"))).toBe("198.51.100.7");
  });

  it("with one trusted hop takes the right-most entry (the one nginx appended), never the left-most", () => {
    const trust = parseTrustProxy("1");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7", trust)).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", undefined, trust)).toBe("127.0.0.1");
  });

  it("with a list of proxies takes the first address that is not one of them", () => {
    const trust = parseTrustProxy("loopback, 10.0.0.0/8");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.7, 10.1.2.3", trust)).toBe("198.51.100.7");
    // Not from a trusted proxy: the header is the client's own word.
    expect(clientAddress("203.0.113.9", "6.6.6.6", trust)).toBe("203.0.113.9");
  });

  it("stops at an entry that is not an address", () => {
    expect(clientAddress("127.0.0.1", "garbage", parseTrustProxy("1"))).toBe("127.0.0.1");
  });

  it("refuses a TRUST_PROXY it cannot read, naming the bad part", () => {
    expect(() => parseTrustProxy("10.0.0.0/99")).toThrow(/10.0.0.0\/99/);
    expect(() => parseTrustProxy("nginx")).toThrow(/"nginx" is not an IP address/);
    expect(() => parseTrustProxy("50")).toThrow(/at most 10/);
  });
});
