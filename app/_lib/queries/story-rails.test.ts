// The rails under a story ("More Stories From <section>", "Related Stories")
// and the article read with its byline profiles, on whichever database the
// suite runs (SQLite under test:unit, Postgres under test:pg: the related
// candidates are one raw UNION ALL statement, so both must agree).
import "@/test/helpers/test-db";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/app/_lib/db";
import { getPublicArticle } from "./articles";
import { getStoryRails } from "./story-rails";

// Outside a Next server there is no data cache: reads run their queries directly.
vi.mock("next/cache", () => ({ unstable_cache: <T>(read: T) => read }));

const day = (n: number) => new Date(Date.UTC(2025, 0, n, 12));
let ids: Record<string, number> = {};
let world: { id: number };
let topics: Record<"a" | "b" | "c", number>;

async function story(slug: string, categoryId: number, publishedAt: Date, topicIds: number[], status = "published") {
  const row = await db.article.create({
    data: {
      slug,
      title: slug,
      status,
      publishedAt,
      categoryId,
      topics: { create: topicIds.map((topicId, position) => ({ topicId, position, status, publishedAt })) },
    },
  });
  ids[slug] = row.id;
  return row;
}

beforeAll(async () => {
  ids = {};
  world = await db.category.create({ data: { slug: "world", name: "World" } });
  const business = await db.category.create({ data: { slug: "business", name: "Business" } });
  const [a, b, c] = await Promise.all(["a", "b", "c"].map((t) => db.topic.create({ data: { slug: `topic-${t}`, name: `Topic ${t}` } })));
  topics = { a: a.id, b: b.id, c: c.id };
  const reader = await story("reader", world.id, day(3), [a.id, b.id]);
  await story("both-old", business.id, day(2), [a.id, b.id]);
  await story("a-newest", business.id, day(9), [a.id]);
  await story("b-newer", business.id, day(8), [b.id]);
  await story("world-a", world.id, day(7), [a.id]);
  await story("world-plain", world.id, day(6), []);
  await story("world-oldest", world.id, day(1), []);
  await story("c-only", business.id, day(10), [c.id]);
  await story("draft-both", business.id, day(11), [a.id, b.id], "draft");
  await story("later-both", business.id, new Date(Date.now() + 86_400_000), [a.id, b.id], "scheduled");
  await story("archived-both", business.id, day(12), [a.id, b.id], "archived");
  await story("world-draft", world.id, day(13), [a.id], "draft");
  await story("world-later", world.id, new Date(Date.now() + 86_400_000), [], "scheduled");
  const first = await db.author.create({ data: { slug: "first", name: "First Writer", bio: "Covers the coast.", xHandle: "first" } });
  const second = await db.author.create({ data: { slug: "second", name: "Second Writer", websiteUrl: "https://second.example" } });
  await db.articleAuthor.createMany({
    data: [
      { articleId: reader.id, authorId: second.id, position: 1, status: "published", publishedAt: day(3) },
      { articleId: reader.id, authorId: first.id, position: 0, status: "published", publishedAt: day(3) },
    ],
  });
});

const slugs = (cards: { slug: string }[]) => cards.map((c) => c.slug);
const reader = () => ({ id: ids.reader, categoryId: world.id, topicIds: [topics.a, topics.b] });

const everyStory = (r: { more: { slug: string }[]; related: { slug: string }[] }) => [...slugs(r.more), ...slugs(r.related)];

describe("getStoryRails", () => {
  it("ranks stories sharing more topics first, then the newest, then fills from the section", async () => {
    // The section's stories are in More (world-a too, though it shares a topic): Related has the rest.
    const { related } = await getStoryRails(reader(), 5);
    expect(slugs(related)).toEqual(["both-old", "a-newest", "b-newer"]);
    // A story sharing a topic that More already shows (reader) is not offered again.
    const shown = [ids["world-a"], ids["world-plain"], ids["world-oldest"]];
    const other = await getStoryRails({ id: ids["a-newest"], categoryId: world.id, topicIds: [topics.a] }, 5, shown);
    expect([slugs(other.more), slugs(other.related)]).toEqual([["reader"], ["both-old"]]);
  });

  it("never offers the story itself, drafts, stories not yet live or archived ones", async () => {
    const { related, more } = await getStoryRails(reader(), 10);
    for (const hidden of ["reader", "draft-both", "later-both", "archived-both", "world-draft", "world-later"]) {
      expect(slugs(related)).not.toContain(hidden);
      expect(slugs(more)).not.toContain(hidden);
    }
  });

  it("stops at the limit, topic matches before section fill", async () => {
    const { related } = await getStoryRails(reader(), 2);
    expect(slugs(related)).toEqual(["both-old", "a-newest"]);
  });

  it("shows the section's newest stories in More Stories, without the story itself", async () => {
    const { more } = await getStoryRails(reader(), 4);
    expect(slugs(more)).toEqual(["world-a", "world-plain", "world-oldest"]);
  });

  it("keeps the rail full when the section's newest rows are drafts or not yet live", async () => {
    const { more } = await getStoryRails(reader(), 1);
    expect(slugs(more)).toEqual(["world-a"]);
  });

  it("never shows a story in both rails: Related skips what More shows and takes the next-best", async () => {
    // world-a is both the section's newest and a topic match: More keeps it.
    const rails = await getStoryRails(reader(), 2);
    expect(slugs(rails.more)).toEqual(["world-a", "world-plain"]);
    expect(slugs(rails.related)).toEqual(["both-old", "a-newest"]);
    const all = everyStory(await getStoryRails(reader(), 4));
    expect(new Set(all).size).toBe(all.length);
  });

  it("skips the stories the page already lists (Recent Stories) and fills with the next ones", async () => {
    const rails = await getStoryRails(reader(), 2, [ids["world-a"], ids["both-old"], ids.reader]);
    expect(slugs(rails.more)).toEqual(["world-plain", "world-oldest"]);
    expect(slugs(rails.related)).toEqual(["a-newest", "b-newer"]);
  });

  it("falls back on the section alone for a story without topics, never repeating More", async () => {
    const rails = await getStoryRails({ id: ids["world-plain"], categoryId: world.id, topicIds: [] }, 2);
    expect(slugs(rails.more)).toEqual(["world-a", "reader"]);
    expect(slugs(rails.related)).toEqual(["world-oldest"]);
  });
});

describe("getPublicArticle", () => {
  it("carries the byline's profiles in byline order", async () => {
    const article = await getPublicArticle("reader");
    expect(article?.authors.map((a) => [a.name, a.bio, a.xHandle, a.websiteUrl])).toEqual([
      ["First Writer", "Covers the coast.", "first", null],
      ["Second Writer", "", null, "https://second.example"],
    ]);
    expect(article?.topics.map((t) => t.name)).toEqual(["Topic a", "Topic b"]);
  });
});
