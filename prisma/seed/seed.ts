// Seeds the demo newsroom into an empty database: sections, topics, authors,
// staff users (one per role), generated images and 170 articles.
// Refuses to touch a database that already has articles.
//   npm run db:seed            seed an empty database
//   npm run db:seed -- --reset delete all content first (local use only)
import { mkdir } from "node:fs/promises";
import type { PrismaClient } from "@/app/_generated/prisma/client";
import { createPrismaClient } from "@/app/_lib/db-adapter";
import { bodyText, renderBodyHtml } from "@/app/_lib/content/body";
import { hashPassword } from "@/app/_lib/auth/password";
import { AUTHORS, CATEGORIES, DEMO_PASSWORD, DEMO_USERS, TOPICS } from "./newsroom";
import { generateArticles } from "./generate-articles";
import { drawImage } from "./images";
import { seedPages } from "./pages";
import { seedWire } from "./wire";
import { seedUrdu } from "./urdu/seed-urdu";

try {
  process.loadEnvFile?.(".env");
} catch {
  /* no .env */
}

const PUBLISHED_COUNT = 170;

export async function resetContent(db: PrismaClient) {
  // Children first; every table the seed fills.
  await db.$transaction([
    db.pageRevision.deleteMany(),
    db.page.deleteMany(),
    db.translationLink.deleteMany(),
    db.categoryLocale.deleteMany(),
    db.topicLocale.deleteMany(),
    db.wireItem.deleteMany(),
    db.wireSource.deleteMany(),
    db.webhookDelivery.deleteMany(),
    db.webhook.deleteMany(),
    db.articleViewDaily.deleteMany(),
    db.articleViewer.deleteMany(),
    db.revision.deleteMany(),
    db.articleTopic.deleteMany(),
    db.articleAuthor.deleteMany(),
    db.article.deleteMany(),
    db.redirect.deleteMany(),
    db.auditLog.deleteMany(),
    db.session.deleteMany(),
    db.loginAttempt.deleteMany(),
    db.apiToken.deleteMany(),
    db.user.deleteMany(),
    db.author.deleteMany(),
    db.media.deleteMany(),
    db.topic.deleteMany(),
    db.category.deleteMany(),
    db.siteSetting.deleteMany(),
  ]);
}

export async function seedDemo(db: PrismaClient, now = new Date()) {
  const MEDIA_DIR = process.env.MEDIA_DIR ?? "./data/media";
  await mkdir(MEDIA_DIR, { recursive: true });

  for (const [i, c] of CATEGORIES.entries()) {
    await db.category.create({ data: { slug: c.slug, name: c.name, description: c.description, menuOrder: i + 1, inMenu: true } });
  }
  await db.topic.createMany({ data: TOPICS });

  // Section images: three per section.
  const images: number[] = [];
  for (const [i, c] of CATEGORIES.entries()) {
    for (let k = 0; k < 3; k++) {
      const img = await drawImage(1000 + i * 10 + k, c.color, MEDIA_DIR);
      const media = await db.media.upsert({
        where: { file: img.file },
        update: {},
        create: {
          ...img,
          variants: JSON.stringify(img.variants),
          alt: `Abstract illustration in ${c.name.toLowerCase()} section colours`,
          caption: `${c.name}: file illustration.`,
          credit: "Meridian News graphics desk",
        },
      });
      images.push(media.id);
    }
  }

  for (const [i, a] of AUTHORS.entries()) {
    const avatar = await drawImage(5000 + i, CATEGORIES[i % CATEGORIES.length].color, MEDIA_DIR, 400, 400);
    const media = await db.media.upsert({
      where: { file: avatar.file },
      update: {},
      create: { ...avatar, variants: JSON.stringify(avatar.variants), alt: `Portrait placeholder for ${a.name}`, credit: "Meridian News" },
    });
    await db.author.create({
      data: { slug: a.slug, name: a.name, bio: a.bio, xHandle: a.xHandle, avatarMediaId: media.id },
    });
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const authorIds = new Map((await db.author.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));
  for (const u of DEMO_USERS) {
    await db.user.create({
      data: {
        email: u.email,
        name: u.name,
        role: u.role,
        passwordHash,
        passwordIsDefault: true,
        authorId: u.authorSlug ? authorIds.get(u.authorSlug) : null,
      },
    });
  }

  const categoryIds = new Map((await db.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const topicIds = new Map((await db.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@meridian.local" }, select: { id: true, name: true } });
  await seedPages(db, now, editor);

  const articles = generateArticles({ published: PUBLISHED_COUNT, now, withUnpublished: true, imageCount: images.length });
  for (const a of articles) {
    const bodyHtml = renderBodyHtml(a.bodyDoc);
    const categoryImages = images.slice(CATEGORIES.findIndex((c) => c.slug === a.categorySlug) * 3).slice(0, 3);
    const heroMediaId = a.imageIndex === null ? null : categoryImages[a.imageIndex % 3];
    await db.article.create({
      data: {
        slug: a.slug,
        title: a.title,
        standfirst: a.standfirst,
        bodyJson: JSON.stringify(a.bodyDoc),
        bodyHtml,
        searchText: [a.title, a.standfirst, bodyText(a.bodyDoc)].join("\n"),
        status: a.status,
        publishedAt: a.publishedAt,
        firstPublishedAt: a.status === "published" || a.status === "archived" ? a.publishedAt : null,
        datelinePlace: a.datelinePlace,
        sourceAgency: a.sourceAgency,
        language: "en",
        categoryId: categoryIds.get(a.categorySlug)!,
        heroMediaId,
        isBreaking: a.isBreaking,
        createdById: editor.id,
        topics: {
          create: a.topicSlugs.map((slug, position) => ({
            topicId: topicIds.get(slug)!,
            position,
            status: a.status,
            publishedAt: a.publishedAt,
            language: "en",
          })),
        },
        authors: {
          create: a.authorSlugs.map((slug, position) => ({
            authorId: authorIds.get(slug)!,
            position,
            status: a.status,
            publishedAt: a.publishedAt,
            language: "en",
          })),
        },
        revisions: {
          create: {
            version: 1,
            userId: editor.id,
            note: "Imported by the demo seed",
            snapshot: JSON.stringify({ title: a.title, standfirst: a.standfirst, bodyJson: a.bodyDoc }),
          },
        },
      },
    });
  }

  // A correction and an update on two published stories, so readers see both.
  const [corrected, updated] = await db.article.findMany({
    where: { status: "published", language: "en" },
    orderBy: { publishedAt: "desc" },
    skip: 7,
    take: 2,
    select: { id: true, publishedAt: true },
  });
  await db.article.update({
    where: { id: corrected.id },
    data: { correctionNote: "An earlier version of this story misstated the number of districts covered. It has been corrected." },
  });
  await db.article.update({
    where: { id: updated.id },
    data: { contentUpdatedAt: new Date(updated.publishedAt!.getTime() + 40 * 60_000) },
  });

  const sections = Object.fromEntries((await db.category.findMany({ select: { slug: true, id: true } })).map((c) => [c.slug, c.id]));
  await seedWire(db, { world: sections.world, business: sections.business });

  // The Urdu desk last, so the English newsroom above stays exactly as it was.
  const urdu = await seedUrdu(db, { now, editorId: editor.id, images, english: articles, mediaDir: MEDIA_DIR });

  return { articles: articles.length + urdu.published, published: PUBLISHED_COUNT + urdu.published };
}

async function main() {
  const reset = process.argv.includes("--reset");
  const db = createPrismaClient(process.env.DATABASE_URL ?? "file:./data/portal.db");
  try {
    const existing = await db.article.count();
    if (existing > 0 && !reset) {
      console.log(`Database already has ${existing} articles; not seeding (use --reset to start over).`);
      return;
    }
    if (reset) await resetContent(db);
    const started = Date.now();
    const result = await seedDemo(db);
    console.log(`Seeded ${result.articles} articles (${result.published} published) in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("seed.ts")) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
