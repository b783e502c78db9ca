// Share links must hand each network the story's exact address and headline,
// whatever characters they hold: an Urdu headline, an Urdu slug (percent-encoded
// in the canonical URL), and the characters that end a query (&, #, ?, +).
import { describe, expect, it } from "vitest";
import { shareTargets } from "./share-links";

const urduTitle = "کراچی میں بارش: سڑکیں زیرِ آب، ٹریفک جام & اسکول بند؟ #موسم +1";
const canonical = new URL("/news/کراچی-میں-بارش", "https://news.example").href;

const target = (key: string) => new URL(shareTargets(canonical, urduTitle).find((t) => t.key === key)!.href);

describe("shareTargets", () => {
  it("percent-encodes an Urdu slug in the canonical URL and keeps it intact in every link", () => {
    expect(canonical).toBe(
      "https://news.example/news/%DA%A9%D8%B1%D8%A7%DA%86%DB%8C-%D9%85%DB%8C%DA%BA-%D8%A8%D8%A7%D8%B1%D8%B4",
    );
    expect(target("x").searchParams.get("url")).toBe(canonical);
    expect(target("facebook").searchParams.get("u")).toBe(canonical);
    expect(target("linkedin").searchParams.get("url")).toBe(canonical);
  });

  it("carries the headline whole, its &, #, ? and + included", () => {
    expect(target("x").searchParams.get("text")).toBe(urduTitle);
    expect(target("x").hash).toBe("");
    expect(target("whatsapp").searchParams.get("text")).toBe(`${urduTitle} ${canonical}`);
    const mail = target("email");
    expect(mail.protocol).toBe("mailto:");
    expect(mail.searchParams.get("subject")).toBe(urduTitle);
    expect(mail.searchParams.get("body")).toBe(`${urduTitle}\n\n${canonical}`);
  });

  it("points only at the networks' own share pages, over https", () => {
    const hosts = shareTargets(canonical, urduTitle)
      .filter((t) => t.key !== "email")
      .map((t) => new URL(t.href).origin);
    expect(hosts).toEqual(["https://x.com", "https://www.facebook.com", "https://wa.me", "https://www.linkedin.com"]);
  });
});
