// Section, topic and author listings: a page of stories newest first, the next
// page the older ones, hidden stories never; and the front page, which reads
// the newest of the site and of each section. On whichever database the suite
// runs (SQLite under test:unit, Postgres under test:pg). The stories are
// created oldest first, so their ids ascend with time: a page that came back
// in id order instead of publication order would be reversed.
import "@/test/helpers/test-db";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/app/_lib/db";
import { getAuthorListing, getCategoryListing, getTopicListing, PAGE_SIZE } from "./listings";
import { getFrontPage } from "./front-page";

// Outside a Next server there is no data cache: reads run their queries directly.
vi.mock("next/cache", () => ({ unstable_cache: <T>(read: T) => read }));

const STORIES = PAGE_SIZE + 3;
const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n, 9));
const slugs = (listing: { articles: { slug: string }[] }) => listing.articles.map((a) => a.slug);
// Newest first: story-14, story-13, ...
const expected = Array.from({ length: STORIES }, (_, i) => `story-${STORIES - 1 - i}`);

beforeAll(async () => {
  const section = await db.category.create({ data: { slug: "section", name: "Section" } });
  const topic = await db.topic.create({ data: { slug: "topic", name: "Topic" } });
  const author = await db.author.create({ data: { slug: "writer", name: "Writer" } });
  const create = async (slug: string, publishedAt: Date | null, status: string) =>
    db.article.create({
      data: {
        slug,
        title: slug,
        status,
        publishedAt,
        categoryId: section.id,
        topics: { create: [{ topicId: topic.id, position: 0, status, publishedAt }] },
        authors: { create: [{ authorId: author.id, position: 0, status, publishedAt }] },
      },
    });
  for (let i = 0; i < STORIES; i++) await create(`story-${i}`, day(i), "published");
  await create("draft", day(40), "draft");
  await create("later", new Date(Date.now() + 86_400_000), "scheduled");
  // For the front page: a picture on the third newest story, an older story in
  // a second section, and a section that has only a draft.
  const picture = await db.media.create({ data: { file: "2025/01/p.webp", mimeType: "image/webp", width: 1600, height: 900, sizeBytes: 1000, alt: "A picture" } });
  await db.article.update({ where: { slug: `story-${STORIES - 3}` }, data: { heroMediaId: picture.id } });
  const second = await db.category.create({ data: { slug: "second", name: "Second", menuOrder: 2 } });
  const quiet = await db.category.create({ data: { slug: "quiet", name: "Quiet", menuOrder: 3 } });
  await db.article.create({ data: { slug: "elsewhere", title: "elsewhere", status: "published", publishedAt: day(-1), categoryId: second.id } });
  await db.article.create({ data: { slug: "quiet-draft", title: "quiet-draft", status: "draft", publishedAt: day(50), categoryId: quiet.id } });
});

describe.each([
  ["section", () => getCategoryListing("section", 1), () => getCategoryListing("section", 2)],
  ["topic", () => getTopicListing("topic", 1), () => getTopicListing("topic", 2)],
  ["author", () => getAuthorListing("writer", 1), () => getAuthorListing("writer", 2)],
])("%s listing", (_, first, second) => {
  it("shows a page of stories newest first, then the older ones, never hidden ones", async () => {
    const one = (await first())!.listing;
    const two = (await second())!.listing;
    expect(slugs(one)).toEqual(expected.slice(0, PAGE_SIZE));
    expect(slugs(two)).toEqual(expected.slice(PAGE_SIZE));
    expect(one.total).toBe(STORIES);
    expect(one.totalPages).toBe(2);
    expect(one.articles[0]).toMatchObject({ title: `story-${STORIES - 1}`, category: { slug: "section", name: "Section" }, hero: null, isBreaking: false });
  });
});

describe("front page", () => {
  it("leads with the newest story that has a picture among the freshest five, then the rest newest first; a section per category with public stories", async () => {
    const front = await getFrontPage();
    const pictured = `story-${STORIES - 3}`;
    const rest = [...expected.filter((slug) => slug !== pictured), "elsewhere"];
    expect(front.lead?.slug).toBe(pictured);
    expect(front.lead?.hero?.alt).toBe("A picture");
    expect(slugs({ articles: front.top })).toEqual(rest.slice(0, 4));
    expect(slugs({ articles: front.latest })).toEqual(rest.slice(4, 16));
    expect(front.sections.map((s) => [s.category.slug, slugs(s)])).toEqual([
      ["section", expected.slice(0, 4)],
      ["second", ["elsewhere"]],
    ]);
    expect(front.sections[1].articles[0]).toMatchObject({ title: "elsewhere", category: { slug: "second", name: "Second" } });
  });
});
