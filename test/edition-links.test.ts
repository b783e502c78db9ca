// An edition's topic and author pages and a story's related rail read the link
// tables alone: each link keeps a copy of its story's status, publishedAt and
// language (syncLinks). Through the real route handlers and a real database,
// the copy follows the story's language when it is written and when it changes.
import "./helpers/test-db";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/app/_lib/db";
import { getAuthorListing, getTopicListing } from "@/app/_lib/queries/listings";
import { getStoryRails } from "@/app/_lib/queries/story-rails";
import { api, doc } from "./helpers/api";
import { seedFixture, sessionCookie, type Fixture } from "./helpers/fixtures";

// Outside a Next server there is no data cache: reads run their queries directly.
vi.mock("next/cache", async (actual) => ({ ...(await actual<typeof import("next/cache")>()), unstable_cache: <T>(read: T) => read }));

let fx: Fixture;
let editor: { cookie: string };
const URDU_CLIMATE = "mausam";

type Story = { id: number; slug: string; version: number };

async function published(language: "en" | "ur", title: string, topicIds: number[], categoryId = fx.categories.world.id): Promise<Story> {
  const created = await api.create(editor, { title, language, categoryId, topicIds, bodyJson: doc("Text.") });
  expect(created.status).toBe(201);
  const { article } = (await created.json()) as { article: Story };
  const live = await api.publish(editor, article.id, { version: article.version });
  expect(live.status).toBe(200);
  return (await live.json()).article as Story;
}

const linkLanguages = async (articleId: number) => [
  ...(await db.articleTopic.findMany({ where: { articleId }, select: { language: true } })),
  ...(await db.articleAuthor.findMany({ where: { articleId }, select: { language: true } })),
].map((l) => l.language);

const slugs = (found: { listing: { articles: { slug: string }[] } } | null) => found!.listing.articles.map((a) => a.slug);

beforeAll(async () => {
  fx = await seedFixture();
  editor = { cookie: await sessionCookie(fx.users.editor.id) };
  await db.topicLocale.create({ data: { topicId: fx.topics.climate.id, language: "ur", name: "موسم", slug: URDU_CLIMATE } });
});

describe("a story's links and its edition", () => {
  it("carry the story's language, list it in its own edition only, and follow a change of language", async () => {
    const story = await published("ur", "ساحلی علاقوں میں شدید گرمی", [fx.topics.climate.id]);
    expect(await linkLanguages(story.id)).toEqual(["ur", "ur"]);
    const byline = (await db.author.findUniqueOrThrow({ where: { id: fx.users.editor.authorId } })).slug;
    expect(slugs(await getTopicListing(URDU_CLIMATE, 1, "ur"))).toContain(story.slug);
    expect(slugs(await getAuthorListing(byline, 1, "ur"))).toContain(story.slug);
    expect(slugs(await getTopicListing("climate", 1, "en"))).not.toContain(story.slug);
    expect(slugs(await getAuthorListing(byline, 1, "en"))).not.toContain(story.slug);

    // Filed in the wrong edition: the editor moves it to English, and its pages move with it.
    const moved = await api.update(editor, story.id, { version: story.version, language: "en" });
    expect(moved.status).toBe(200);
    expect(await linkLanguages(story.id)).toEqual(["en", "en"]);
    expect(slugs(await getTopicListing("climate", 1, "en"))).toContain(story.slug);
    expect(slugs(await getAuthorListing(byline, 1, "en"))).toContain(story.slug);
    expect(slugs(await getTopicListing(URDU_CLIMATE, 1, "ur"))).not.toContain(story.slug);
    expect(slugs(await getAuthorListing(byline, 1, "ur"))).not.toContain(story.slug);
  });

  it("an Urdu story's related rail finds the Urdu stories of its topic, however many newer English ones the topic has", async () => {
    // In another section, so only the topic can bring it to the rail.
    const older = await published("ur", "تجارتی خسارے میں کمی", [fx.topics.trade.id], fx.categories.business.id);
    const story = await published("ur", "برآمدات میں اضافہ", [fx.topics.trade.id]);
    // 60 newer English stories of the same topic (written directly: only their links matter here).
    for (let i = 0; i < 60; i++) {
      const publishedAt = new Date();
      await db.article.create({
        data: {
          slug: `trade-wire-${i}`,
          title: `Trade wire ${i}`,
          status: "published",
          publishedAt,
          language: "en",
          categoryId: fx.categories.business.id,
          topics: { create: [{ topicId: fx.topics.trade.id, position: 0, status: "published", publishedAt, language: "en" }] },
        },
      });
    }
    const rails = await getStoryRails({ id: story.id, categoryId: fx.categories.world.id, topicIds: [fx.topics.trade.id], language: "ur" });
    expect(rails.related.map((c) => c.slug)).toContain(older.slug);
    expect(rails.related.every((c) => !c.slug.startsWith("trade-wire-"))).toBe(true);
  });
});
