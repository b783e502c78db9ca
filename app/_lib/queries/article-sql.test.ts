// The story and card reads written as single SQL statements must give exactly
// what Prisma's typed reads give (the rows toFull/toCard shape), on whichever
// database the suite runs: SQLite under test:unit, Postgres under test:pg,
// where the JSON aggregates and the column types differ.
import "@/test/helpers/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/app/_lib/db";
import { selectCards, selectPublicStory } from "./article-sql";
import { cardSelect, fullSelect, publicWhere } from "./shapes";

const day = (n: number) => new Date(Date.UTC(2025, 0, n, 12, 30, 15, 250));
const later = new Date(Date.now() + 86_400_000);
const ids: Record<string, number> = {};

beforeAll(async () => {
  const world = await db.category.create({ data: { slug: "world", name: "World" } });
  const sport = await db.category.create({ data: { slug: "sport", name: "Sport & Games" } });
  const picture = await db.media.create({
    data: {
      file: "2025/01/hero.webp",
      mimeType: "image/webp",
      width: 1600,
      height: 900,
      sizeBytes: 1000,
      alt: "Library alt",
      caption: "Library caption",
      credit: "Library credit",
      variants: JSON.stringify([{ width: 320, height: 180, file: "2025/01/hero-320.webp" }]),
    },
  });
  const [a, b, c] = await Promise.all(["Floods", "Élections", "Trade"].map((name, i) => db.topic.create({ data: { slug: `topic-${i}`, name } })));
  const first = await db.author.create({ data: { slug: "first", name: "First Writer", bio: 'Says "hello" \\ goodbye', xHandle: "first" } });
  const second = await db.author.create({
    data: { slug: "second", name: "Second Writer", facebookUrl: "https://facebook.com/second", instagramHandle: "second", linkedinUrl: "https://linkedin.com/in/second", websiteUrl: "https://second.example" },
  });

  const story = async (slug: string, data: Record<string, unknown>, topicIds: number[] = [], authorIds: number[] = []) => {
    const status = (data.status as string) ?? "published";
    const publishedAt = (data.publishedAt as Date | null | undefined) === undefined ? day(3) : (data.publishedAt as Date | null);
    const row = await db.article.create({
      data: {
        slug,
        title: `Title of ${slug}`,
        categoryId: world.id,
        status,
        publishedAt,
        ...data,
        // Positions given in reverse of creation, so order by position is not order by id.
        topics: { create: topicIds.map((topicId, i) => ({ topicId, position: topicIds.length - i, status, publishedAt })) },
        authors: { create: authorIds.map((authorId, i) => ({ authorId, position: authorIds.length - i, status, publishedAt })) },
      },
    });
    ids[slug] = row.id;
  };
  await story(
    "full",
    {
      standfirst: "A standfirst with 'quotes' and ümlauts",
      bodyHtml: "<p>Body</p>",
      heroMediaId: picture.id,
      heroAlt: "Own alt",
      isBreaking: true,
      firstPublishedAt: day(2),
      contentUpdatedAt: day(4),
      datelinePlace: "Karachi",
      sourceAgency: "APP",
      language: "ur",
      seoTitle: "SEO title",
      seoDescription: "SEO description",
      correctionNote: "An earlier version misspelt a name.",
    },
    [a.id, b.id, c.id],
    [first.id, second.id],
  );
  await story("bare", { categoryId: sport.id, firstPublishedAt: null });
  await story("one-author", { heroMediaId: picture.id }, [c.id], [second.id]);
  await story("scheduled-due", { status: "scheduled", publishedAt: day(5) }, [a.id]);
  await story("draft", { status: "draft", publishedAt: null }, [a.id], [first.id]);
  await story("in-review", { status: "review", publishedAt: day(3) });
  await story("archived", { status: "archived", publishedAt: day(3) });
  await story("not-yet", { status: "scheduled", publishedAt: later }, [b.id]);
});

const publicSlugs = ["full", "bare", "one-author", "scheduled-due"];
const hiddenSlugs = ["draft", "in-review", "archived", "not-yet"];

describe("selectPublicStory", () => {
  it.each(publicSlugs)("reads %s exactly as Prisma's findFirst with fullSelect does", async (slug) => {
    const now = new Date();
    const expected = await db.article.findFirst({ where: { slug, ...publicWhere(now) }, select: fullSelect });
    expect(expected).not.toBeNull();
    expect(await selectPublicStory(slug, now)).toEqual(expected);
  });

  it("keeps byline and topics in their editors' order, with every profile field", async () => {
    const story = await selectPublicStory("full");
    expect(story?.authors.map((a) => a.author.slug)).toEqual(["second", "first"]);
    expect(story?.authors[1].author.bio).toBe('Says "hello" \\ goodbye');
    expect(story?.topics.map((t) => t.topic.name)).toEqual(["Trade", "Élections", "Floods"]);
    expect(story?.heroMedia?.variants).toContain("hero-320.webp");
    expect(story?.isBreaking).toBe(true);
  });

  it.each(hiddenSlugs)("does not give readers %s", async (slug) => {
    expect(await selectPublicStory(slug)).toBeNull();
  });

  it("finds nothing at an unknown address", async () => {
    expect(await selectPublicStory("no-such-story")).toBeNull();
  });
});

describe("selectCards", () => {
  const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((x, y) => x.id - y.id);

  it("reads cards exactly as Prisma's findMany with cardSelect does", async () => {
    const all = Object.values(ids);
    const expected = await db.article.findMany({ where: { id: { in: all } }, select: cardSelect });
    expect(expected).toHaveLength(all.length);
    expect(byId(await selectCards(all))).toEqual(byId(expected));
  });

  it("keeps only what readers may see when asked to", async () => {
    const now = new Date();
    const expected = await db.article.findMany({ where: { id: { in: Object.values(ids) }, ...publicWhere(now) }, select: cardSelect });
    const cards = await selectCards(Object.values(ids), { publicAt: now });
    expect(byId(cards)).toEqual(byId(expected));
    expect(cards.map((c) => c.slug).sort()).toEqual([...publicSlugs].sort());
  });

  it("asks nothing for no ids", async () => {
    expect(await selectCards([])).toEqual([]);
  });
});
