import { expect, test } from "@playwright/test";
import { seeded, UNPUBLISHED_PREFIXES } from "./reader-seed";

// Drafts, stories in review, scheduled stories before their time and archived
// stories are invisible to readers everywhere.
test.describe("reader: unpublished stories stay invisible", () => {
  test("their pages are 404", async ({ request }) => {
    expect(seeded.unpublished.length).toBeGreaterThan(8);
    for (const a of seeded.unpublished) {
      const res = await request.get(`/news/${a.slug}`);
      expect(res.status(), `${a.status} ${a.slug}`).toBe(404);
    }
  });

  test("no listing shows them", async ({ request }) => {
    test.setTimeout(90_000);
    const paths = new Set<string>(["/", `/news/${seeded.published[0].slug}`]);
    for (const a of seeded.unpublished) {
      paths.add(`/category/${a.categorySlug}`);
      paths.add(`/category/${a.categorySlug}/page/2`);
      paths.add(`/topic/${a.topicSlugs[0]}`);
      paths.add(`/author/${a.authorSlugs[0]}`);
    }
    for (const path of paths) {
      // The server's HTML (text and embedded data): a leak anywhere in it fails.
      const res = await request.get(path);
      if (path.endsWith("/page/2") && res.status() === 404) continue;
      expect(res.status(), path).toBe(200);
      const text = await res.text();
      for (const prefix of UNPUBLISHED_PREFIXES) expect(text, path).not.toContain(prefix);
    }
  });
});
