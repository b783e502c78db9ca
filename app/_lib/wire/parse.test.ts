import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseAgencyDateline } from "./agency-dateline";
import { parseWire } from "./parse";
import { WireParseError } from "./types";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../../../test/fixtures/wire", name), "utf8");
const en = { language: "en" };

describe("agency datelines", () => {
  it("splits place and agency from the opening words, English and Urdu", () => {
    expect(parseAgencyDateline("ISLAMABAD, Nov 19 (APP): The cabinet met.")).toEqual({ place: "Islamabad", agency: "APP", rest: "The cabinet met." });
    expect(parseAgencyDateline("KARACHI (AFP) - Shares rose.")).toMatchObject({ place: "Karachi", agency: "AFP", rest: "Shares rose." });
    expect(parseAgencyDateline("DERA ISMAIL KHAN, Nov 19 (APP): Rain.")).toMatchObject({ place: "Dera Ismail Khan", agency: "APP" });
    expect(parseAgencyDateline("Moscow, (APP - Site - 13th Jan, 2025) Talks")).toBeNull();
    expect(parseAgencyDateline("Moscow, (APP - Site - 13th Jan, 2025): Talks")).toMatchObject({ place: "Moscow", agency: "APP" });
    expect(parseAgencyDateline("اسلام آباد، 19 نومبر (اے پی پی): کابینہ")).toMatchObject({ place: "اسلام آباد", agency: "اے پی پی", rest: "کابینہ" });
  });

  it("leaves ordinary opening sentences alone", () => {
    expect(parseAgencyDateline("The minister (PML-N) said: no.")).toBeNull();
    expect(parseAgencyDateline("Prices rose on Thursday.")).toBeNull();
  });
});

describe("each format becomes the same normalised item", () => {
  it("RSS 2.0: content:encoded as body, description as standfirst, dateline lifted", () => {
    const { items, skipped } = parseWire("rss", fixture("national-rss.xml"), en);
    expect(skipped).toEqual([]);
    expect(items).toHaveLength(3);
    const first = items[0];
    expect(first).toMatchObject({ guid: "nat-20261119-0001", datelinePlace: "Islamabad", agency: "NAT", byline: "Staff Reporter", keywords: ["water", "economy"], language: "en" });
    expect(first.standfirst).toMatch(/ten-year plan/);
    expect(first.bodyHtml).toMatch(/^<p>The federal cabinet on Thursday/);
    expect(JSON.parse(first.bodyJson).type).toBe("doc");
    expect(first.originalUrl).toBe("https://agency.example.com/stories/nat-20261119-0001");
  });

  it("Atom in Urdu: right-to-left text kept, Urdu dateline parsed", () => {
    const { items } = parseWire("atom", fixture("urdu-atom.xml"), en);
    expect(items[0]).toMatchObject({ language: "ur", datelinePlace: "اسلام آباد", agency: "قومی", byline: "نامہ نگار" });
    expect(items[0].bodyHtml).toMatch(/^<p>وفاقی کابینہ/);
    expect(items[1].bodyHtml).toContain("کتاب میلہ");
  });

  it("ninjs 2.x: urgency, subjects, embargo; an item without headline is skipped with the reason", () => {
    const { items, skipped } = parseWire("ninjs", fixture("ninjs-2.json"), en);
    expect(items.map((i) => i.guid)).toEqual(["urn:wire-example:ninjs:1001", "urn:wire-example:ninjs:1002"]);
    expect(items[0]).toMatchObject({ urgency: 2, subjects: ["medtop:04000000"], datelinePlace: "Karachi", agency: "WXA" });
    expect(items[1].embargoUntil?.toISOString()).toBe("2030-01-01T00:00:00.000Z");
    expect(skipped).toEqual([{ index: 2, guid: "urn:wire-example:ninjs:1003", reason: expect.stringMatching(/headline/) }]);
  });

  it("ninjs 3.x: headlines[] and bodies[], a canceled item is a kill", () => {
    const { items } = parseWire("ninjs", fixture("ninjs-3.json"), en);
    expect(items[0]).toMatchObject({ title: "یہ خبر واپس لے لی گئی ہے", pubStatus: "canceled", language: "ur", byline: "نامہ نگار" });
  });

  it("NewsML-G2: correction signal with its note, embargo, kill; entities decoded without expansion", () => {
    const { items } = parseWire("newsml-g2", fixture("newsml-g2.xml"), en);
    expect(items[0]).toMatchObject({ datelinePlace: "Gwadar", urgency: 4, keywords: ["ports", "trade & shipping"], correctionNote: expect.stringMatching(/chairman/) });
    expect(items[0].bodyHtml).toContain("next year &amp; double capacity");
    expect(items[0].bodyHtml).not.toContain("onclick");
    expect(items[0].raw).toMatch(/^<newsItem guid="urn:newsml:wire.example.com:20261119:g2-01"/);
    expect(items[1].embargoUntil?.toISOString()).toBe("2030-06-01T04:00:00.000Z");
    const kill = parseWire("newsml-g2", fixture("newsml-kill.xml"), en).items[0];
    expect(kill).toMatchObject({ guid: items[0].guid, pubStatus: "canceled" });
  });
});

describe("hostile and broken input gets a clear error or a skipped item, never a crash", () => {
  const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${items}</channel></rss>`;

  it("billion laughs is refused without expanding anything", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>`;
    for (const format of ["rss", "atom", "newsml-g2"] as const) {
      expect(() => parseWire(format, `${lol}<rss><channel><item><title>&lol3;</title></item></channel></rss>`, en)).toThrow(/declares XML entities/);
    }
  });

  it("external entities (XXE) are refused, never fetched", () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><newsItem guid="x"><contentMeta><headline>&xxe;</headline></contentMeta></newsItem>`;
    expect(() => parseWire("newsml-g2", xxe, en)).toThrow(WireParseError);
    expect(() => parseWire("rss", xxe.replace("newsItem", "rss"), en)).toThrow(/entities/);
  });

  it("truncated XML and HTML pages say what is wrong", () => {
    expect(() => parseWire("newsml-g2", fixture("newsml-g2.xml").slice(0, 900), en)).toThrow(/not well-formed/);
    expect(() => parseWire("rss", "<!DOCTYPE html><html><body>Login</body></html>", en)).toThrow(/HTML page, not a feed/);
    expect(() => parseWire("ninjs", "<html><body>502</body></html>", en)).toThrow(/not ninjs JSON/);
    expect(() => parseWire("ninjs", '{"uri": "a", ', en)).toThrow(/not valid JSON/);
    expect(() => parseWire("atom", "", en)).toThrow(/empty/);
  });

  it("a truncated RSS feed is an error or yields only whole items", () => {
    const text = fixture("national-rss.xml");
    let result: ReturnType<typeof parseWire> | null = null;
    try {
      result = parseWire("rss", text.slice(0, text.indexOf("nat-20261119-0003")), en);
    } catch (err) {
      expect(err).toBeInstanceOf(WireParseError);
    }
    for (const item of result?.items ?? []) expect(item.title).toBeTruthy();
  });

  it("items without a GUID get a stable one from link and headline", () => {
    const feed = rss("<item><title>No guid here</title><link>https://a.example/x</link><description>Body.</description></item>");
    const [a] = parseWire("rss", feed, en).items;
    const [b] = parseWire("rss", feed, en).items;
    expect(a.guid).toMatch(/^sha256:/);
    expect(a.guid).toBe(b.guid);
    expect(parseWire("rss", rss("<item><description>no title</description></item>"), en).skipped[0].reason).toMatch(/no headline/);
  });

  it("scripts, iframes from unknown hosts, event handlers and javascript: links are removed from bodies", () => {
    const body = `<p>Text<script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">link</a><iframe src="https://evil.example/"></iframe></p>`;
    const [item] = parseWire("rss", rss(`<item><guid>s</guid><title>Hostile &lt;b&gt;</title><description><![CDATA[${body}]]></description></item>`), en).items;
    expect(item.bodyHtml).not.toMatch(/script|onerror|javascript:|iframe|evil/i);
    expect(item.bodyHtml).toContain("Text");
    expect(item.title).toBe("Hostile");
  });

  it("a feed of 10,000 items parses whole", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `<item><guid>g-${i}</guid><title>Item ${i}</title><description>KARACHI, Nov 19 (NAT): Body ${i}.</description></item>`).join("");
    const { items, skipped } = parseWire("rss", rss(many), en);
    expect(items).toHaveLength(10_000);
    expect(skipped).toEqual([]);
    expect(items[9_999]).toMatchObject({ guid: "g-9999", datelinePlace: "Karachi", bodyHtml: "<p>Body 9999.</p>" });
  }, 300_000);
});
