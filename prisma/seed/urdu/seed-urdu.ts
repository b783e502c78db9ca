// Seeds the demo's Urdu desk after the English newsroom: Urdu names of the
// sections and topics (CategoryLocale/TopicLocale, Latin slugs = English
// slugs), Urdu-desk writers, 65 published Urdu stories, 15 of them linked as
// translations of English stories (TranslationLink, groupId = English id).
// Articles are written exactly like the English seed's (body HTML, search text,
// status/publishedAt copies on the topic and author links).
import type { PrismaClient } from "@/app/_generated/prisma/client";
import { bodyText, renderBodyHtml } from "@/app/_lib/content/body";
import type { GeneratedArticle } from "../generate-articles";
import { CATEGORIES, TOPICS } from "../newsroom";
import { drawImage } from "../images";
import { CATEGORY_NAMES_UR, TOPIC_NAMES_UR, URDU_AUTHORS, URDU_ONLY_TOPICS } from "./desk";
import { generateUrduArticles } from "./generate-urdu";

export const URDU_PUBLISHED = 65;
export const URDU_TRANSLATIONS = 15;

type Context = { now: Date; editorId: number; images: number[]; english: GeneratedArticle[]; mediaDir: string };

export async function seedUrdu(db: PrismaClient, ctx: Context) {
  const categoryIds = new Map(
    (await db.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]),
  );
  await db.categoryLocale.createMany({
    data: CATEGORIES.map((c) => ({
      categoryId: categoryIds.get(c.slug)!,
      language: "ur",
      slug: c.slug,
      ...CATEGORY_NAMES_UR[c.slug],
    })),
  });

  await db.topic.createMany({
    data: URDU_ONLY_TOPICS.map(({ slug, name, description }) => ({ slug, name, description })),
  });
  const topicIds = new Map((await db.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  await db.topicLocale.createMany({
    data: [
      ...TOPICS.map((t) => ({
        topicId: topicIds.get(t.slug)!,
        language: "ur",
        slug: t.slug,
        name: TOPIC_NAMES_UR[t.slug] ?? t.name,
      })),
      ...URDU_ONLY_TOPICS.map((t) => ({
        topicId: topicIds.get(t.slug)!,
        language: "ur",
        slug: t.slug,
        name: t.ur,
        description: t.urDescription,
      })),
    ],
  });

  const authorIds = new Map<string, number>();
  for (const [i, a] of URDU_AUTHORS.entries()) {
    const avatar = await drawImage(5100 + i, CATEGORIES[(i * 2) % CATEGORIES.length].color, ctx.mediaDir, 400, 400);
    const media = await db.media.upsert({
      where: { file: avatar.file },
      update: {},
      create: {
        ...avatar,
        variants: JSON.stringify(avatar.variants),
        alt: `${a.name} کی تصویر کی جگہ`,
        credit: "Meridian News",
      },
    });
    const author = await db.author.create({
      data: { slug: a.slug, name: a.name, bio: a.bio, xHandle: a.xHandle, avatarMediaId: media.id },
    });
    authorIds.set(a.slug, author.id);
  }

  const englishIds = new Map(
    (await db.article.findMany({ where: { language: "en" }, select: { id: true, slug: true } })).map((a) => [
      a.slug,
      a.id,
    ]),
  );
  const stories = generateUrduArticles({
    published: URDU_PUBLISHED,
    translations: URDU_TRANSLATIONS,
    now: ctx.now,
    english: ctx.english,
  });
  for (const a of stories) {
    const sectionImages = ctx.images.slice(CATEGORIES.findIndex((c) => c.slug === a.categorySlug) * 3).slice(0, 3);
    const article = await db.article.create({
      data: {
        slug: a.slug,
        title: a.title,
        standfirst: a.standfirst,
        bodyJson: JSON.stringify(a.bodyDoc),
        bodyHtml: renderBodyHtml(a.bodyDoc),
        searchText: [a.title, a.standfirst, bodyText(a.bodyDoc)].join("\n"),
        status: a.status,
        publishedAt: a.publishedAt,
        firstPublishedAt: a.publishedAt,
        datelinePlace: a.datelinePlace,
        sourceAgency: a.sourceAgency,
        language: "ur",
        categoryId: categoryIds.get(a.categorySlug)!,
        heroMediaId: a.imageIndex === null ? null : sectionImages[a.imageIndex % 3],
        isBreaking: a.isBreaking,
        createdById: ctx.editorId,
        topics: {
          create: a.topicSlugs.map((slug, position) => ({
            topicId: topicIds.get(slug)!,
            position,
            status: a.status,
            publishedAt: a.publishedAt,
            language: "ur",
          })),
        },
        authors: {
          create: a.authorSlugs.map((slug, position) => ({
            authorId: authorIds.get(slug)!,
            position,
            status: a.status,
            publishedAt: a.publishedAt,
            language: "ur",
          })),
        },
        revisions: {
          create: {
            version: 1,
            userId: ctx.editorId,
            note: "Imported by the demo seed",
            snapshot: JSON.stringify({ title: a.title, standfirst: a.standfirst, bodyJson: a.bodyDoc }),
          },
        },
      },
      select: { id: true },
    });
    const englishId = a.translationOf ? englishIds.get(a.translationOf) : undefined;
    if (englishId) {
      await db.translationLink.createMany({
        data: [
          { articleId: englishId, groupId: englishId, language: "en" },
          { articleId: article.id, groupId: englishId, language: "ur" },
        ],
      });
    }
  }
  return { published: stories.length, translations: stories.filter((s) => s.translationOf).length };
}
