import { describe, expect, it } from "vitest";
import { absoluteUrl } from "../site";
import { organizationPageFields } from "./organization-pages";

describe("the organization's page links", () => {
  it("points each property at the page with that purpose", () => {
    const fields = organizationPageFields([
      { slug: "about", purpose: "about" },
      { slug: "contact", purpose: "contact" },
      { slug: "policies/editorial", purpose: "editorial" },
      { slug: "policies/corrections", purpose: "corrections" },
      { slug: "policies/privacy", purpose: "privacy" },
      { slug: "careers", purpose: null },
    ]);
    expect(fields).toEqual({
      masthead: absoluteUrl("/about"),
      publishingPrinciples: absoluteUrl("/policies/editorial"),
      ethicsPolicy: absoluteUrl("/policies/editorial"),
      correctionsPolicy: absoluteUrl("/policies/corrections"),
      contactPoint: { "@type": "ContactPoint", contactType: "newsroom", url: absoluteUrl("/contact") },
    });
  });

  it("prefers a separate ethics page and leaves out what has no page", () => {
    const fields = organizationPageFields([
      { slug: "policies/editorial", purpose: "editorial" },
      { slug: "policies/ethics", purpose: "ethics" },
    ]);
    expect(fields).toEqual({
      publishingPrinciples: absoluteUrl("/policies/editorial"),
      ethicsPolicy: absoluteUrl("/policies/ethics"),
    });
    expect(organizationPageFields([])).toEqual({});
  });
});
