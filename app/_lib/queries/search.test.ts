// Reader search through searchArticles, on whichever database the suite runs:
// SQLite (FTS5) under `npm run test:unit`, Postgres (tsvector) under
// `npm run test:pg`. Both engines must give readers the same answers.
import "@/test/helpers/test-db";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/app/_lib/db";
import { searchArticles, SEARCH_PAGE_SIZE, type HighlightPart } from "./search";

// Outside a Next server there is no data cache: reads run their queries directly.
vi.mock("next/cache", () => ({ unstable_cache: <T>(read: T) => read }));

const marked = (parts: HighlightPart[]) => parts.filter((p) => p.match).map((p) => p.text.toLowerCase());
const titles = async (q: string, page = 1) => (await searchArticles(q, page)).hits.map((h) => h.article.title);

beforeAll(async () => {
  const world = await db.category.create({ data: { slug: "world", name: "World" } });
  const day = (n: number) => new Date(Date.UTC(2025, 0, n));
  const add = (
    slug: string,
    title: string,
    standfirst: string,
    body: string,
    extra: { status?: string; publishedAt?: Date | null; language?: string } = {},
  ) =>
    db.article.create({
      data: {
        slug,
        title,
        standfirst,
        searchText: `${title}\n${standfirst}\n${body}`,
        status: extra.status ?? "published",
        publishedAt: extra.publishedAt === undefined ? day(slug.length) : extra.publishedAt,
        categoryId: world.id,
        language: extra.language ?? "en",
      },
    });
  // A body that repeats the word many times must still rank below one headline mention.
  await add(
    "body-only",
    "Port reopens after storm",
    "Ships return",
    "Flood water receded. Flood barriers held. Flood, flood, flood.",
  );
  await add("standfirst", "Markets steady in Karachi", "Flood insurance claims rise", "Insurers paid out.");
  await add("headline", "Floods close the Karachi port", "Monsoon rain", "Ships waited offshore.");
  await add("urdu", "کراچی میں سیلاب", "", "بارش");
  await add("accents", "São Paulo fair opens", "Crème brûlée stalls", "Visitors queued.");
  await add("plain", "Jose Marti square rebuilt", "", "");
  await add("draft", "Flood draft not for readers", "", "", { status: "draft", publishedAt: null });
  await add("later", "Flood story scheduled later", "", "", {
    status: "scheduled",
    publishedAt: new Date(Date.now() + 86_400_000),
  });
  await add("archived", "Flood story archived", "", "", { status: "archived" });
  // The Urdu edition: vocalised, Eastern digits, Arabic letter forms.
  const ur = { language: "ur" };
  await add(
    "ur-quaid",
    "قائدِ اعظم مُحَمَّد علی جناح کی یاد میں تقریبات",
    "پاکستان کے 13 شہروں میں",
    "طلبہ نے، اساتذہ کے ساتھ، بانیِ پاکستان کو یاد کیا۔",
    ur,
  );
  await add("ur-digits", "کراچی میں ۱۳ نئے اسکول", "", "کام شروع ہو گیا۔", ur);
  await add("ur-arabic", "كتاب مدرسه صلوة مصطفى علي", "", "٠١٢٣٤٥٦٧٨٩ ۹۸۷۶۵۴۳۲۱۰ تطـويل", ur);
  await add("ur-mixed", "Flood relief: سیلاب زدگان کے لیے امداد", "", "", ur);
  for (let i = 0; i < 12; i++)
    await add(`common-${String(i).padStart(2, "0")}`, `Council meeting number ${i}`, "Agenda", "The council met.");
});

describe("searchArticles", () => {
  it("ranks headline matches over standfirst over body, with prefixes matched", async () => {
    expect(await titles("flood")).toEqual([
      "Floods close the Karachi port",
      "Markets steady in Karachi",
      "Port reopens after storm",
    ]);
  });

  it("requires every word, in any case and any script", async () => {
    expect(await titles("KARACHI port")).toEqual(["Floods close the Karachi port"]);
    expect(await titles("کراچی")).toEqual(["کراچی میں سیلاب"]);
    expect(await titles("zzqxjvwk")).toEqual([]);
  });

  it("folds accents both ways, as readers type them, and still marks the accented word", async () => {
    expect(await titles("sao paulo")).toEqual(["São Paulo fair opens"]);
    expect(await titles("creme brulee")).toEqual(["São Paulo fair opens"]);
    expect(await titles("JOSÉ")).toEqual(["Jose Marti square rebuilt"]);
    const { hits } = await searchArticles("sao", 1);
    expect(marked(hits[0].title)).toEqual(["são"]);
  });

  it("highlights the matched words in the headline and snippet with the engine's marks", async () => {
    const { hits } = await searchArticles("flood karachi", 1);
    expect(hits.map((h) => h.article.title)).toEqual(["Floods close the Karachi port", "Markets steady in Karachi"]);
    expect(marked(hits[0].title)).toEqual(["floods", "karachi"]);
    expect(hits[0].title.map((p) => p.text).join("")).toBe("Floods close the Karachi port");
    const body = await searchArticles("insurers", 1);
    expect(marked(body.hits[0].snippet)).toEqual(["insurers"]);
  });

  it("never shows drafts, scheduled-for-later or archived stories", async () => {
    const all = await titles("story");
    expect(all).toEqual([]);
    expect((await searchArticles("flood", 1)).total).toBe(3);
  });

  it("pages through results without repeats, newest first among equals", async () => {
    const one = await searchArticles("council", 1);
    expect(one.total).toBe(12);
    expect(one.totalPages).toBe(2);
    expect(one.hits).toHaveLength(SEARCH_PAGE_SIZE);
    const two = await searchArticles("council", 2);
    expect(two.hits.map((h) => h.article.title)).toEqual(["Council meeting number 1", "Council meeting number 0"]);
    expect(one.hits[0].article.title).toBe("Council meeting number 11");
  });

  it("finds Urdu stories however readers type the words, in the Urdu edition only", async () => {
    const ur = async (q: string) => (await searchArticles(q, 1, "ur")).hits.map((h) => h.article.slug);
    expect(await ur("محمد")).toEqual(["ur-quaid"]);
    expect(await ur("مُحَمَّد")).toEqual(["ur-quaid"]);
    expect(await ur("پاكستان")).toEqual(["ur-quaid"]);
    expect((await ur("۱۳")).sort()).toEqual(["ur-digits", "ur-quaid"]);
    expect((await ur("13")).sort()).toEqual(["ur-digits", "ur-quaid"]);
    expect(await ur("کتاب مدرسہ صلوۃ مصطفی علی")).toEqual(["ur-arabic"]);
    expect(await ur("كتاب")).toEqual(["ur-arabic"]);
    expect(await ur("0123456789 9876543210 تطویل")).toEqual(["ur-arabic"]);
    // Each edition lists its own stories: "flood" is English and Urdu here.
    expect(await ur("flood")).toEqual(["ur-mixed"]);
    expect(await titles("flood")).not.toContain("Flood relief: سیلاب زدگان کے لیے امداد");
    expect(await titles("محمد")).toEqual([]);
  });

  it("marks whole Urdu words in the story's own spelling", async () => {
    const { hits } = await searchArticles("محمد", 1, "ur");
    expect(hits[0].title.map((p) => p.text).join("")).toBe("قائدِ اعظم مُحَمَّد علی جناح کی یاد میں تقریبات");
    expect(marked(hits[0].title)).toEqual(["مُحَمَّد"]);
    const body = await searchArticles("اساتذہ", 1, "ur");
    expect(marked(body.hits[0].snippet)).toEqual(["اساتذہ"]);
    expect(body.hits[0].snippet.map((p) => p.text).join("")).toContain("طلبہ نے، اساتذہ کے ساتھ، بانیِ پاکستان");
  });

  it("follows a story that changes edition or leaves", async () => {
    const story = await db.article.findUniqueOrThrow({ where: { slug: "ur-digits" } });
    await db.article.update({ where: { id: story.id }, data: { language: "en" } });
    expect((await searchArticles("۱۳", 1, "ur")).hits.map((h) => h.article.slug)).toEqual(["ur-quaid"]);
    expect((await searchArticles("۱۳", 1, "en")).hits.map((h) => h.article.slug)).toEqual(["ur-digits"]);
    await db.article.update({
      where: { id: story.id },
      data: { language: "ur", title: "کراچی میں نئے اسکول", searchText: "کراچی میں نئے اسکول" },
    });
    expect((await searchArticles("13", 1, "ur")).hits.map((h) => h.article.slug)).toEqual(["ur-quaid"]);
    expect((await searchArticles("اسکول", 1, "ur")).hits.map((h) => h.article.slug)).toEqual(["ur-digits"]);
    await db.article.delete({ where: { id: story.id } });
    expect((await searchArticles("اسکول", 1, "ur")).hits).toEqual([]);
  });

  it("treats query syntax of either engine as plain words", async () => {
    for (const q of [
      '"',
      "a & b",
      "!flood",
      "flood:*",
      '\'; DROP TABLE "Article"; --',
      "NEAR(a b)",
      "x".repeat(500),
      "中国 经济",
      "\\",
      "́",
    ]) {
      await expect(searchArticles(q, 1), q).resolves.toMatchObject({ page: 1 });
    }
    expect(await titles("flood | storm")).toEqual(["Port reopens after storm"]);
  });
});
