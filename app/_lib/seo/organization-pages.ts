// The organization's transparency links in its structured data
// (schema.org NewsMediaOrganization): which publisher page is the masthead,
// the contact, the publishing principles, the ethics and corrections
// policies. Google News and other aggregators read these to judge a
// publisher. A page says what it is by its purpose (set in the newsroom), so
// renaming or moving a page keeps the links right.
import type { NewsMediaOrganizationLeaf } from "schema-dts";
import type { PagePurpose } from "../pages/page-paths";
import { pagePath } from "../pages/page-paths";
import { absoluteUrl } from "../site";

type Linked = { slug: string; purpose: PagePurpose | null };

export type OrganizationPageFields = Pick<
  NewsMediaOrganizationLeaf,
  "masthead" | "publishingPrinciples" | "ethicsPolicy" | "correctionsPolicy" | "contactPoint"
>;

export function organizationPageFields(pages: Linked[]): OrganizationPageFields {
  const url = (purpose: PagePurpose) => {
    const page = pages.find((p) => p.purpose === purpose);
    return page ? absoluteUrl(pagePath(page.slug)) : undefined;
  };
  const editorial = url("editorial");
  const contact = url("contact");
  const fields: OrganizationPageFields = {
    masthead: url("about"),
    publishingPrinciples: editorial,
    // A newsroom whose ethics are part of its editorial policy has no separate page.
    ethicsPolicy: url("ethics") ?? editorial,
    correctionsPolicy: url("corrections"),
    contactPoint: contact ? { "@type": "ContactPoint", contactType: "newsroom", url: contact } : undefined,
  };
  // Leave out what has no page rather than writing empty properties.
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as OrganizationPageFields;
}
