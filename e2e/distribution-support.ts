// Shared helpers of the distribution specs: the e2e database (the truth the
// portal's output is checked against), XML schema validation and JSON-LD.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Page } from "@playwright/test";

// The same database app/_cli/e2e-server.ts serves.
export const databaseUrl = process.env.E2E_DATABASE_URL ?? `file:./data/e2e/portal-${process.env.E2E_PORT}.db`;

export type SnapshotArticle = {
  id: number;
  slug: string;
  title: string;
  status: string;
  standfirst: string;
  seoDescription: string;
  language: string;
  publishedAt: string | null;
  firstPublishedAt: string | null;
  contentUpdatedAt: string | null;
  datelinePlace: string;
  sourceAgency: string;
  category: { slug: string; name: string };
  heroFile: string | null;
  topics: { slug: string; name: string }[];
  authors: { slug: string; name: string; xHandle: string | null }[];
};
export type Snapshot = { articles: SnapshotArticle[]; categories: { slug: string; name: string }[] };

/**
 * What the database holds right now, newest articles first. Read through a
 * tsx child process because Playwright's loader cannot load the Prisma client.
 */
export function portalSnapshot(): Snapshot {
  const out = execFileSync(path.resolve("node_modules/.bin/tsx"), ["e2e/distribution-snapshot.ts", databaseUrl], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.toString()) as Snapshot;
}

/** Whether readers may see the article now (the portal's publicWhere()). */
export const isPublic = (a: SnapshotArticle, now = Date.now()) =>
  ["published", "scheduled"].includes(a.status) && a.publishedAt !== null && new Date(a.publishedAt).getTime() <= now;

export const SCHEMAS = {
  urlset: path.resolve("node_modules/sitemap/schema/sitemap.xsd"),
  sitemapIndex: path.resolve("e2e/schemas/siteindex.xsd"),
  news: path.resolve("e2e/schemas/news-sitemap.xsd"),
  /** A urlset with xhtml:link hreflang alternates (the article sitemaps). */
  hreflang: path.resolve("e2e/schemas/hreflang-sitemap.xsd"),
};

/** Validates XML with xmllint (Debian libxml2-utils); throws with its message when invalid. */
export function validateXml(xml: string, schema: string): void {
  try {
    execFileSync("xmllint", ["--noout", "--schema", schema, "-"], { input: xml, stdio: ["pipe", "pipe", "pipe"] });
  } catch (err) {
    const e = err as { stderr?: Buffer };
    throw new Error(`XML does not validate against ${path.basename(schema)}:\n${e.stderr?.toString().slice(0, 2000)}`);
  }
}

/** Every <loc> of a sitemap, as a path (the e2e server's SITE_URL is not its own address). */
export function locPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

// JSON-LD is free-form; tests read it like a crawler would, field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonLdNode = Record<string, any>;

/** All JSON-LD nodes of the page, flattened (a script may hold an array). */
export async function jsonLdNodes(page: Page): Promise<JsonLdNode[]> {
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return texts.flatMap((t) => {
    const parsed = JSON.parse(t) as JsonLdNode | JsonLdNode[];
    return Array.isArray(parsed) ? parsed : [parsed];
  });
}

export async function metaContent(page: Page, attr: "name" | "property", key: string): Promise<string[]> {
  return page.locator(`head meta[${attr}="${key}"]`).evaluateAll((els) => els.map((e) => e.getAttribute("content") ?? ""));
}

/** The node of the given @type; fails the test when missing. */
export function ldNode(nodes: JsonLdNode[], type: string): JsonLdNode {
  const node = nodes.find((n) => n["@type"] === type);
  if (!node) throw new Error(`No ${type} JSON-LD on the page (found: ${nodes.map((n) => n["@type"]).join(", ")})`);
  return node;
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(buf: Buffer): { width: number; height: number } {
  if (buf.subarray(1, 4).toString() !== "PNG") throw new Error("not a PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
