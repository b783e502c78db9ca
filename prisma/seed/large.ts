// The large dataset for benchmarks and scale checks:
//   npm run seed:large -- --articles 100000 [--db file:./data/large.db] [--media ./data/large-media]
// Always starts from an empty database file (deleted, then migrated). The demo
// newsroom (sections, topics, staff, images, the last 30 days of news) is seeded
// first through the normal seed; the archive behind it (the remaining articles,
// about 100 a day going back years) is bulk-inserted with prepared statements in
// large transactions. Bodies: TipTap rendering costs ~5 ms per article, so a few
// hundred bodies are rendered once and reused with the article's own dateline place.
// The database URL is LARGE_DATABASE_URL (never DATABASE_URL, so a developer's
// portal database is never wiped by accident) or --db.
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { PrismaClient } from "@/app/_generated/prisma/client";
import { createAdapter } from "@/app/_lib/db-adapter";
import { bodyText, renderBodyHtml } from "@/app/_lib/content/body";
import { migrate, sqliteFile } from "@/app/_cli/prepare-database";
import { AUTHORS, CATEGORIES, type CategorySlug } from "./newsroom";
import { slugify } from "@/app/_lib/content/slug";
import { iterateArticles, rng, type GeneratedArticle } from "./generate-articles";
import { seedDemo } from "./seed";
import { progress } from "./progress";

// better-sqlite3 ships no types; the few calls used here.
type RunResult = { lastInsertRowid: number | bigint; changes: number };
type Statement = { run(...params: unknown[]): RunResult; all(...params: unknown[]): unknown[]; get(...params: unknown[]): unknown };
type SqliteDb = {
  prepare(sql: string): Statement;
  exec(sql: string): void;
  pragma(sql: string): unknown;
  transaction<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void;
  close(): void;
};
const Database = createRequire(path.join(process.cwd(), "package.json"))("better-sqlite3") as new (file: string) => SqliteDb;

// The demo seed's published count (seed.ts): the newest 30 days.
const DEMO_PUBLISHED = 170;
const BODIES_PER_SECTION = 24;
const BATCH = 5000;

// More datelines than the demo uses, so headlines in a big archive vary.
const EXTRA_PLACES: Record<CategorySlug, string[]> = {
  pakistan: ["Sukkur", "Bahawalpur", "Sargodha", "Sialkot", "Gujranwala", "Mardan", "Swat", "Gwadar", "Turbat", "Dera Ismail Khan", "Larkana", "Mirpur", "Skardu", "Chitral", "Sahiwal", "Jhelum"],
  world: ["London", "Paris", "Berlin", "Tokyo", "Seoul", "Cairo", "Doha", "Baku", "Tashkent", "Colombo", "Kathmandu", "Dhaka", "Kuala Lumpur", "Addis Ababa", "Washington", "Ottawa", "Canberra", "Brasilia"],
  business: ["Gujranwala", "Hyderabad", "Peshawar", "Multan", "Gwadar", "Shanghai", "Singapore", "London", "Doha"],
  sports: ["Islamabad", "Faisalabad", "Peshawar", "Sydney", "Auckland", "Cape Town", "Birmingham", "Abu Dhabi", "Sharjah", "Chennai", "Kuala Lumpur"],
  technology: ["Peshawar", "Faisalabad", "Bengaluru", "San Francisco", "Shenzhen", "Tallinn", "Riyadh"],
  entertainment: ["Peshawar", "Dubai", "London", "Toronto", "Istanbul", "Berlin", "Venice"],
  health: ["Multan", "Hyderabad", "Faisalabad", "Sukkur", "Bahawalpur", "Rawalpindi", "Abbottabad"],
  opinion: ["Peshawar", "Quetta", "Multan"],
  education: ["Multan", "Faisalabad", "Hyderabad", "Sukkur", "Gilgit", "Bahawalpur", "Jamshoro"],
};

const FIRST_NAMES = ["Amna", "Asim", "Bushra", "Faisal", "Ghazala", "Haris", "Iqra", "Junaid", "Kiran", "Latif", "Mehwish", "Nabeel", "Rabia", "Saad", "Tahira", "Usman", "Waqar", "Yusra", "Zeeshan", "Anam"];
const LAST_NAMES = ["Abbasi", "Bhatti", "Chohan", "Durrani", "Gillani", "Hashmi", "Jatoi", "Khattak", "Lodhi", "Mirza", "Niazi", "Paracha", "Qazi", "Rizvi", "Soomro", "Tareen", "Wattoo", "Yousafzai"];

/** Staff correspondents of the archive years (the demo's ten authors plus these). */
function archiveAuthors(count: number) {
  const r = rng(77);
  const out: { slug: string; name: string; xHandle: string; beat: CategorySlug; bio: string }[] = [];
  const taken = new Set<string>(AUTHORS.map((a) => a.slug));
  while (out.length < count) {
    const name = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
    const slug = slugify(name);
    if (taken.has(slug)) continue;
    taken.add(slug);
    const beat = CATEGORIES[out.length % CATEGORIES.length];
    out.push({
      slug,
      name,
      beat: beat.slug,
      xHandle: slug.replace(/-/g, "_"),
      bio: `${name} reported for the ${beat.name.toLowerCase()} desk from ${EXTRA_PLACES[beat.slug][0]} before moving to the head office.`,
    });
  }
  return out;
}

type Body = { html: string; json: string; text: string; place: string };

function parseArgs(argv: string[]) {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const articles = Number(value("--articles") ?? 100_000);
  if (!Number.isInteger(articles) || articles < DEMO_PUBLISHED) {
    throw new Error(`--articles must be an integer >= ${DEMO_PUBLISHED}`);
  }
  return {
    articles,
    url: value("--db") ?? process.env.LARGE_DATABASE_URL ?? "file:./data/large.db",
    mediaDir: value("--media") ?? process.env.LARGE_MEDIA_DIR ?? "./data/large-media",
  };
}

// Stored the way the Prisma SQLite adapter stores DateTime (ISO 8601 text), so
// the app's comparisons and ordering work on bulk rows exactly as on its own.
const sqlDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

export async function seedLarge(opts: { articles: number; url: string; mediaDir: string }) {
  const file = sqliteFile(opts.url);
  if (!file) throw new Error("seed:large fills an SQLite database (file: URL).");
  const started = Date.now();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  process.stderr.write(`Creating ${path.resolve(file)} ...\n`);
  await migrate(opts.url);

  // 1. The demo newsroom (the newest 30 days), through the normal seed.
  process.env.MEDIA_DIR = opts.mediaDir;
  const now = new Date();
  const prisma = new PrismaClient({ adapter: createAdapter(opts.url) });
  try {
    await seedDemo(prisma, now);
  } finally {
    await prisma.$disconnect();
  }
  process.stderr.write(`Demo newsroom seeded (${((Date.now() - started) / 1000).toFixed(1)}s).\n`);

  // 2. The archive, straight into SQLite.
  const db = new Database(file);
  db.pragma("journal_mode = MEMORY");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  db.pragma("temp_store = MEMORY");

  const ids = (sql: string) => new Map((db.prepare(sql).all() as { id: number; slug: string }[]).map((row) => [row.slug, row.id]));
  const categoryIds = ids(`SELECT id, slug FROM "Category"`);
  const topicIds = ids(`SELECT id, slug FROM "Topic"`);
  const editorId = (db.prepare(`SELECT id FROM "User" WHERE email = 'editor@meridian.local'`).get() as { id: number }).id;
  const usedSlugs = new Map<string, number>((db.prepare(`SELECT slug FROM "Article"`).all() as { slug: string }[]).map((a) => [a.slug, 1]));

  // Section images the demo seed drew (three per section, in section order).
  const sectionImages = new Map<string, number[]>();
  for (const c of CATEGORIES) {
    const rows = db.prepare(`SELECT id FROM "Media" WHERE caption = ? ORDER BY id`).all(`${c.name}: file illustration.`) as { id: number }[];
    sectionImages.set(c.slug, rows.map((row) => row.id));
  }

  const stamp = sqlDate(now);
  const extraAuthors = archiveAuthors(40);
  const insertAuthor = db.prepare(`INSERT INTO "Author" (slug, name, bio, xHandle, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    for (const a of extraAuthors) insertAuthor.run(a.slug, a.name, a.bio, a.xHandle, stamp, stamp);
  })();
  const authorIds = ids(`SELECT id, slug FROM "Author"`);
  const beatAuthors = new Map<string, number[]>();
  for (const a of extraAuthors) beatAuthors.set(a.beat, [...(beatAuthors.get(a.beat) ?? []), authorIds.get(a.slug)!]);

  // Bulk loading with FTS triggers firing row by row is slow; drop the triggers
  // on the article tables while loading and rebuild the full-text indexes after.
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('Article', 'ArticleTopic', 'ArticleAuthor')`)
    .all() as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name}"`);
  // Likewise the secondary indexes: one sort at the end is far cheaper than
  // 100,000 random B-tree inserts into each of them.
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('Article', 'ArticleTopic', 'ArticleAuthor')`)
    .all() as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name}"`);

  const archiveCount = opts.articles - DEMO_PUBLISHED;
  // Ids follow time, as on a real site: the archive takes 1..archiveCount
  // (oldest first) and the demo's newer stories move above it (the link tables
  // follow through ON UPDATE CASCADE).
  db.pragma("foreign_keys = ON");
  const maxId = (db.prepare(`SELECT coalesce(max(id), 0) AS n FROM "Article"`).get() as { n: number }).n;
  db.prepare(`UPDATE "Article" SET id = id + ?`).run(Math.max(archiveCount, maxId));
  const insertArticle = db.prepare(`INSERT INTO "Article"
    (id, slug, title, standfirst, bodyJson, bodyHtml, searchText, status, publishedAt, firstPublishedAt,
     datelinePlace, sourceAgency, language, categoryId, heroMediaId, isBreaking, createdById, createdAt, updatedAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'en', ?, ?, 0, ?, ?, ?)`);
  const insertTopic = db.prepare(`INSERT INTO "ArticleTopic" (articleId, topicId, position, status, publishedAt, language) VALUES (?, ?, ?, ?, ?, 'en')`);
  const insertByline = db.prepare(`INSERT INTO "ArticleAuthor" (articleId, authorId, position, status, publishedAt, language) VALUES (?, ?, ?, ?, ?, 'en')`);

  const bodies = new Map<string, Body[]>();
  const bodyFor = (a: GeneratedArticle, i: number): Body => {
    const pool = bodies.get(a.categorySlug) ?? [];
    bodies.set(a.categorySlug, pool);
    if (pool.length < BODIES_PER_SECTION) {
      const body = { html: renderBodyHtml(a.bodyDoc), json: JSON.stringify(a.bodyDoc), text: bodyText(a.bodyDoc), place: a.datelinePlace };
      pool.push(body);
      return body;
    }
    const b = pool[(i * 7919) % pool.length];
    if (b.place === a.datelinePlace) return b;
    return { html: b.html.replaceAll(b.place, a.datelinePlace), json: b.json.replaceAll(b.place, a.datelinePlace), text: b.text.replaceAll(b.place, a.datelinePlace), place: a.datelinePlace };
  };

  // About 100 stories a day, like a wire desk; the archive ends where the demo's 30 days begin.
  const spanDays = Math.max(30, Math.ceil(archiveCount / 100));
  const archiveNow = new Date(now.getTime() - 30 * 86_400_000 - 3_600_000);
  const generator = iterateArticles({ published: archiveCount, seed: 4242, now: archiveNow, spanDays, usedSlugs, extraPlaces: EXTRA_PLACES, imageCount: 3 });

  const bar = progress("archive", archiveCount, "articles");
  const writeBatch = db.transaction((batch: { a: GeneratedArticle; i: number }[]) => {
    for (const { a, i } of batch) {
      const body = bodyFor(a, i);
      const at = a.publishedAt ? sqlDate(a.publishedAt) : null;
      const images = sectionImages.get(a.categorySlug) ?? [];
      const hero = a.imageIndex === null || images.length === 0 ? null : images[a.imageIndex % images.length];
      // The generator yields the newest story first.
      const articleId = archiveCount - i;
      insertArticle.run(
        articleId,
        a.slug, a.title, a.standfirst, body.json, body.html, `${a.title}\n${a.standfirst}\n${body.text}`,
        a.status, at, at, a.datelinePlace, a.sourceAgency, categoryIds.get(a.categorySlug)!, hero, editorId, at ?? stamp, at ?? stamp,
      );
      a.topicSlugs.forEach((slug, position) => insertTopic.run(articleId, topicIds.get(slug)!, position, a.status, at));
      // Seven in ten archive stories carry a byline of the archive years' staff.
      const byline = a.authorSlugs.map((slug) => authorIds.get(slug)!);
      const desk = beatAuthors.get(a.categorySlug) ?? [];
      if (desk.length && i % 10 < 7) {
        const pick = desk[i % desk.length];
        if (!byline.includes(pick)) byline[0] = pick;
      }
      byline.forEach((authorId, position) => insertByline.run(articleId, authorId, position, a.status, at));
    }
  });

  let batch: { a: GeneratedArticle; i: number }[] = [];
  let done = 0;
  for (const a of generator) {
    batch.push({ a, i: done + batch.length });
    if (batch.length === BATCH) {
      writeBatch(batch);
      done += batch.length;
      batch = [];
      bar.update(done);
    }
  }
  if (batch.length) writeBatch(batch);
  done += batch.length;
  bar.update(done);
  bar.finish();

  db.exec(`UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM "Article") WHERE name = 'Article'`);
  const indexStarted = Date.now();
  for (const ix of indexes) db.exec(ix.sql);
  process.stderr.write(`${indexes.length} indexes rebuilt in ${((Date.now() - indexStarted) / 1000).toFixed(1)}s\n`);
  for (const t of triggers) db.exec(t.sql);
  rebuildFullTextIndexes(db);
  // No ANALYZE: a database the app filled itself has no planner statistics either,
  // and the listing plans must hold without them (see BENCHMARKS.md).
  db.pragma("journal_mode = DELETE");
  const total = (db.prepare(`SELECT count(*) AS n FROM "Article"`).get() as { n: number }).n;
  db.close();
  const seconds = (Date.now() - started) / 1000;
  // CPU time and load say how much of the wall time was this job on a shared machine.
  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  process.stderr.write(
    `Done: ${total.toLocaleString("en-US")} articles in ${seconds.toFixed(1)}s ` +
      `(this process: ${cpuSeconds.toFixed(1)}s CPU; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores) -> ${opts.url} (media: ${opts.mediaDir})\n`,
  );
  return { total, seconds, cpuSeconds };
}

/** Rebuilds every FTS5 index over external content, so search sees the bulk rows. */
function rebuildFullTextIndexes(db: SqliteDb) {
  const tables = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'`).all() as { name: string; sql: string }[];
  for (const t of tables) {
    const started = Date.now();
    if (/content\s*=\s*''/i.test(t.sql)) {
      process.stderr.write(`warning: ${t.name} is contentless; it cannot be rebuilt here and misses the archive rows\n`);
      continue;
    }
    if (/content\s*=/i.test(t.sql)) {
      db.exec(`INSERT INTO "${t.name}"("${t.name}") VALUES ('rebuild')`);
    } else {
      process.stderr.write(`warning: ${t.name} keeps its own content; the archive rows are not in it\n`);
      continue;
    }
    process.stderr.write(`full-text index ${t.name} rebuilt in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
  }
}

if (process.argv[1]?.endsWith("large.ts")) {
  try {
    process.loadEnvFile?.(".env");
  } catch {
    /* no .env */
  }
  seedLarge(parseArgs(process.argv.slice(2))).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
