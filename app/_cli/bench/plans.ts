// Which URLs the bench measures, picked from the data (and the routes that
// exist on this build), and how a URL is warmed before it is hammered.
import { sqliteFile } from "../prepare-database";
import type { BenchServer } from "./server";
import { config } from "./config";
import { Database } from "./dataset";

/** headers/expectStatus: sent with (and expected of) every cached request, for a conditional one. */
export type Plan = { name: string; cached?: string; uncached?: string[]; note?: string; headers?: Record<string, string>; expectStatus?: number };

/** Which URLs to measure, from the data (and the routes that exist on this build). */
export async function planTargets(server: BenchServer): Promise<{ plans: Plan[]; articlePath: string }> {
  const file = sqliteFile(config.url)!;
  const db = new Database(file, { readonly: true });
  const now = new Date().toISOString().replace("Z", "+00:00");
  const all = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as T[];
  // The English edition's pages: an Urdu story's /news/ address redirects to /ur/news/.
  const PUBLIC = `status IN ('published','scheduled') AND publishedAt <= ? AND language = 'en'`;
  const article = all<{ slug: string }>(`SELECT slug FROM "Article" WHERE ${PUBLIC} AND heroMediaId IS NOT NULL ORDER BY publishedAt DESC LIMIT 1 OFFSET 2`, now)[0].slug;
  const articleSlugs = all<{ slug: string }>(`SELECT slug FROM "Article" WHERE ${PUBLIC} AND id % 20 = 0 ORDER BY id`, now).map((r) => r.slug);
  const categories = all<{ slug: string; n: number }>(
    `SELECT c.slug, count(a.id) AS n FROM "Category" c JOIN "Article" a ON a.categoryId = c.id WHERE a.${PUBLIC.replace("publishedAt", "a.publishedAt").replace("language", "a.language")} GROUP BY c.id ORDER BY n DESC`,
    now,
  );
  const topics = all<{ slug: string; n: number }>(
    `SELECT t.slug, count(*) AS n FROM "Topic" t JOIN "ArticleTopic" at ON at.topicId = t.id JOIN "Article" a ON a.id = at.articleId AND a.language = 'en' WHERE at.status IN ('published','scheduled') AND at.publishedAt <= ? GROUP BY t.id ORDER BY n DESC`,
    now,
  );
  const authors = all<{ slug: string; n: number }>(
    `SELECT au.slug, count(*) AS n FROM "Author" au JOIN "ArticleAuthor" aa ON aa.authorId = au.id JOIN "Article" a ON a.id = aa.articleId AND a.language = 'en' WHERE aa.status IN ('published','scheduled') AND aa.publishedAt <= ? GROUP BY au.id ORDER BY n DESC`,
    now,
  );
  db.close();

  const pages = (n: number) => Math.max(1, Math.ceil(n / 20));
  const deep = (n: number) => Math.max(2, Math.min(config.deepPage, pages(n)));
  // Distinct deep pages: the last 40% of each listing's pages, interleaved.
  const deepList = (items: { slug: string; n: number }[], prefix: string) => {
    const out: string[] = [];
    for (let k = 0; out.length < 3000 && k < 1000; k++) {
      for (const it of items) {
        const last = pages(it.n);
        const page = Math.floor(last * 0.6) + k;
        if (page >= 2 && page <= last) out.push(`${prefix}/${it.slug}/page/${page}`);
      }
    }
    return out;
  };

  const status = async (p: string) => {
    try {
      const res = await fetch(server.url + p, { redirect: "manual" });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  };
  const firstExisting = async (candidates: string[]) => {
    for (const c of candidates) if ((await status(c)) === 200) return c;
    return undefined;
  };

  const plans: Plan[] = [];
  plans.push({ name: "front page", cached: "/", uncached: ["/"] });
  plans.push({ name: "article", cached: `/news/${article}`, uncached: articleSlugs.map((s) => `/news/${s}`) });

  const cat = categories[0];
  const catBase = `/category/${cat.slug}`;
  plans.push({ name: "category, page 1", cached: catBase, uncached: categories.map((c) => `/category/${c.slug}`) });
  const catDeep = `${catBase}/page/${deep(cat.n)}`;
  if ((await status(catDeep)) === 200) plans.push({ name: `category, page ${deep(cat.n)}`, cached: catDeep, uncached: deepList(categories, "/category") });
  else plans.push({ name: "category, deep page", note: `${catDeep} is not a route on this build` });

  const topic = topics[0];
  const topicPrefix = topic ? await firstExisting([`/topic/${topic.slug}`, `/topics/${topic.slug}`]) : undefined;
  if (topic && topicPrefix) {
    const prefix = topicPrefix.slice(0, topicPrefix.lastIndexOf("/"));
    plans.push({ name: "topic, page 1", cached: topicPrefix, uncached: topics.map((t) => `${prefix}/${t.slug}`) });
    const topicDeep = `${topicPrefix}/page/${deep(topic.n)}`;
    if ((await status(topicDeep)) === 200) plans.push({ name: `topic, page ${deep(topic.n)}`, cached: topicDeep, uncached: deepList(topics, prefix) });
    else plans.push({ name: "topic, deep page", note: `${topicDeep} is not a route on this build` });
  } else {
    plans.push({ name: "topic pages", note: "no /topic/<slug> route on this build" });
  }

  const author = authors[0];
  const authorPath = author ? await firstExisting([`/author/${author.slug}`, `/authors/${author.slug}`]) : undefined;
  if (author && authorPath) {
    const prefix = authorPath.slice(0, authorPath.lastIndexOf("/"));
    plans.push({ name: "author, page 1", cached: authorPath, uncached: authors.map((a) => `${prefix}/${a.slug}`) });
  } else plans.push({ name: "author page", note: "no /author/<slug> route on this build" });

  const words = ["monsoon", "cricket", "inflation", "vaccination", "election", "Karachi", "budget", "startups", "heatwave", "scholarship", "embankments", "remittances", "textile", "dengue", "curriculum", "satellite", "festival", "turnout", "tournament", "exports"];
  if ((await status(`/search?q=monsoon`)) === 200) {
    // Distinct queries (one, two and three words: 1,350), more than a miss run
    // asks for, so no query is asked twice and found in the data cache.
    const pairs = words.flatMap((a, i) => words.slice(i + 1).map((b) => [a, b]));
    const triples = pairs.flatMap(([a, b]) => words.slice(words.indexOf(b) + 1).map((c) => [a, b, c]));
    const queries = [...words, ...pairs.map((w) => w.join(" ")), ...triples.map((w) => w.join(" "))];
    plans.push({ name: "search", cached: "/search?q=monsoon", uncached: queries.map((q) => `/search?q=${encodeURIComponent(q)}`) });
  } else plans.push({ name: "search", note: "no /search route on this build" });

  const rss = await firstExisting(["/feed.xml", "/rss.xml", "/feed", "/rss", "/feeds/latest.xml", "/rss/latest.xml"]);
  if (rss) {
    plans.push({ name: "RSS feed", cached: rss, uncached: [rss] });
    // What most feed traffic is: a reader polling with the ETag it holds.
    const res = await fetch(server.url + rss, { headers: { "accept-encoding": "gzip" } });
    await res.arrayBuffer();
    const etag = res.headers.get("etag");
    if (etag) plans.push({ name: "RSS feed, polled with its ETag (304)", cached: rss, headers: { "if-none-match": etag }, expectStatus: 304 });
    else plans.push({ name: "RSS feed, polled with its ETag (304)", note: `${rss} sends no ETag on this build` });
  } else plans.push({ name: "RSS feed", note: "no RSS route on this build" });

  return { plans, articlePath: `/news/${article}` };
}


export async function warm(server: BenchServer, p: string) {
  for (let i = 0; i < 5; i++) {
    const res = await fetch(server.url + p, { headers: { "accept-encoding": "gzip" } });
    await res.arrayBuffer();
  }
}

