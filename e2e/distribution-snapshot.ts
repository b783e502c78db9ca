// Prints the published-content facts the distribution specs check the portal
// against, as JSON. Run with tsx (Playwright's loader cannot load the
// generated Prisma client): `tsx e2e/distribution-snapshot.ts <database url>`.
import { createPrismaClient } from "@/app/_lib/db-adapter";

async function main() {
  // SQLite or Postgres client, as the URL says.
  const db = createPrismaClient(process.argv[2]);
  try {
    const articles = await db.article.findMany({
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        standfirst: true,
        seoDescription: true,
        language: true,
        publishedAt: true,
        firstPublishedAt: true,
        contentUpdatedAt: true,
        datelinePlace: true,
        sourceAgency: true,
        category: { select: { slug: true, name: true } },
        heroMedia: { select: { file: true } },
        topics: { orderBy: { position: "asc" }, select: { topic: { select: { slug: true, name: true } } } },
        authors: { orderBy: { position: "asc" }, select: { author: { select: { slug: true, name: true, xHandle: true } } } },
      },
    });
    const categories = await db.category.findMany({ select: { slug: true, name: true } });
    process.stdout.write(
      JSON.stringify({
        articles: articles.map((a) => ({
          ...a,
          heroFile: a.heroMedia?.file ?? null,
          topics: a.topics.map((t) => t.topic),
          authors: a.authors.map((x) => x.author),
        })),
        categories,
      }),
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
