// Query plans and timings of the listing queries on the large database, straight
// in SQLite (no server): page 1 against a deep page, so an OFFSET that scans or a
// sort over a whole section shows up as a plan line and as milliseconds.
// The SQL is what Prisma sends for the query functions in app/_lib/queries for
// the English edition (taken from Prisma's query log, QUERY_LOG, on 2026-12-07:
// every listing filters by the edition's language, the topic and author ones
// on the link table's own copy of it), with the same parameters. The search is
// searchSqlite's in app/_lib/queries/search.ts.
import { createRequire } from "node:module";
import path from "node:path";
import { HIDDEN_STATUSES, PUBLIC_STATUSES } from "@/app/_lib/domain";
import { ftsMatchExpression, searchTerms } from "@/app/_lib/queries/search-query";

type Statement = { all(...params: unknown[]): unknown[]; get(...params: unknown[]): unknown };
type SqliteDb = { prepare(sql: string): Statement; close(): void };
const Database = createRequire(path.join(process.cwd(), "package.json"))("better-sqlite3") as new (
  file: string,
  opts?: { readonly?: boolean },
) => SqliteDb;

export type PlanRow = { name: string; plan: string; ms: number };

const list = (values: string[]) => values.map((v) => `'${v}'`).join(", ");
// As the listings write it for Article: the edition, then publicWhere (app/_lib/queries/shapes.ts).
const PUBLIC = `language = ? AND status NOT IN (${list(HIDDEN_STATUSES)}) AND publishedAt <= ?`;
// Topic and author listings: the link table's copies of language, status and
// publishedAt (publicLinkWhere), so Article is not read (Prisma's query log, 2026-12-07).
const linkPublic = (table: string) =>
  `FROM "${table}" l WHERE (l.${table === "ArticleTopic" ? "topicId" : "authorId"} = ? ` +
  `AND l.language = ? AND l.status IN (${list(PUBLIC_STATUSES)}) AND l.publishedAt <= ?)`;
const EDITION = "en";
const CARD = `id, slug, title, standfirst, publishedAt, isBreaking, heroAlt, heroCaption, heroCredit, categoryId, heroMediaId`;
// The reader's PAGE_SIZE (app/_lib/queries/articles.ts).
const PAGE = 12;

function median(values: number[]) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function explainListings(file: string, opts: { deepPage: number; searchWord: string }): PlanRow[] {
  const db = new Database(file, { readonly: true });
  const now = new Date().toISOString().replace("Z", "+00:00");
  const one = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).get(...p) as T;
  const category = one<{ id: number; slug: string }>(`SELECT id, slug FROM "Category" WHERE slug = 'world'`) ?? one<{ id: number; slug: string }>(`SELECT id, slug FROM "Category" LIMIT 1`);
  const topic = one<{ topicId: number }>(`SELECT topicId FROM "ArticleTopic" GROUP BY topicId ORDER BY count(*) DESC LIMIT 1`);
  const author = one<{ authorId: number }>(`SELECT authorId FROM "ArticleAuthor" GROUP BY authorId ORDER BY count(*) DESC LIMIT 1`);
  const offset = (opts.deepPage - 1) * PAGE;
  const fts = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'`)
    .all() as { name: string }[];

  const queries: { name: string; sql: string; params: unknown[] }[] = [
    { name: "front: latest 17", sql: `SELECT ${CARD} FROM "Article" WHERE ${PUBLIC} ORDER BY publishedAt DESC, id DESC LIMIT 17`, params: [EDITION, now] },
    { name: "front: one section's 4", sql: `SELECT ${CARD} FROM "Article" WHERE categoryId = ? AND ${PUBLIC} ORDER BY publishedAt DESC, id DESC LIMIT 4`, params: [category.id, EDITION, now] },
    { name: "category page 1", sql: `SELECT id FROM "Article" WHERE categoryId = ? AND ${PUBLIC} ORDER BY publishedAt DESC, id DESC LIMIT ${PAGE} OFFSET 0`, params: [category.id, EDITION, now] },
    { name: `category page ${opts.deepPage}`, sql: `SELECT id FROM "Article" WHERE categoryId = ? AND ${PUBLIC} ORDER BY publishedAt DESC, id DESC LIMIT ${PAGE} OFFSET ${offset}`, params: [category.id, EDITION, now] },
    { name: "category count", sql: `SELECT COUNT(*) FROM (SELECT id FROM "Article" WHERE categoryId = ? AND ${PUBLIC})`, params: [category.id, EDITION, now] },
    { name: "topic page 1", sql: `SELECT l.articleId ${linkPublic("ArticleTopic")} ORDER BY l.publishedAt DESC, l.articleId DESC LIMIT ${PAGE} OFFSET 0`, params: [topic.topicId, EDITION, now] },
    { name: `topic page ${opts.deepPage}`, sql: `SELECT l.articleId ${linkPublic("ArticleTopic")} ORDER BY l.publishedAt DESC, l.articleId DESC LIMIT ${PAGE} OFFSET ${offset}`, params: [topic.topicId, EDITION, now] },
    { name: "topic count", sql: `SELECT COUNT(*) FROM (SELECT l.articleId ${linkPublic("ArticleTopic")})`, params: [topic.topicId, EDITION, now] },
    { name: "author page 1", sql: `SELECT l.articleId ${linkPublic("ArticleAuthor")} ORDER BY l.publishedAt DESC, l.articleId DESC LIMIT ${PAGE} OFFSET 0`, params: [author.authorId, EDITION, now] },
    { name: `author page ${opts.deepPage}`, sql: `SELECT l.articleId ${linkPublic("ArticleAuthor")} ORDER BY l.publishedAt DESC, l.articleId DESC LIMIT ${PAGE} OFFSET ${offset}`, params: [author.authorId, EDITION, now] },
    { name: "latest, page " + opts.deepPage, sql: `SELECT ${CARD} FROM "Article" WHERE ${PUBLIC} ORDER BY publishedAt DESC, id DESC LIMIT ${PAGE} OFFSET ${offset}`, params: [EDITION, now] },
  ];
  if (fts.length) {
    // The reader's search (searchSqlite in app/_lib/queries/search.ts): the
    // edition and the words inside the index, the few stories readers may not
    // see excluded by id; a count and a ranked page.
    const t = fts[0].name;
    const match = `language : "${EDITION}" AND {title standfirst searchText} : (${ftsMatchExpression(searchTerms(opts.searchWord))})`;
    const hidden = `SELECT id FROM "Article" WHERE status IN (${list(HIDDEN_STATUSES)})
      UNION ALL SELECT id FROM "Article" WHERE status IN (${list(PUBLIC_STATUSES)}) AND publishedAt > ?
      UNION ALL SELECT id FROM "Article" WHERE status IN (${list(PUBLIC_STATUSES)}) AND publishedAt IS NULL`;
    queries.push({
      name: `search count "${opts.searchWord}"`,
      sql: `SELECT count(*) FROM "${t}" WHERE "${t}" MATCH ? AND rowid NOT IN (${hidden})`,
      params: [match, now],
    });
    queries.push({
      name: `search page 1 "${opts.searchWord}"`,
      sql: `SELECT rowid AS id, highlight("${t}", 0, '[', ']') AS title, snippet("${t}", 2, '[', ']', '…', 28) AS snippet
            FROM "${t}" WHERE "${t}" MATCH ? AND rowid NOT IN (${hidden})
            ORDER BY bm25("${t}", 10.0, 4.0, 1.0, 0.0), rowid DESC LIMIT 10`,
      params: [match, now],
    });
  } else {
    queries.push({ name: "search (no FTS table: LIKE scan)", sql: `SELECT id FROM "Article" WHERE searchText LIKE ? AND ${PUBLIC} ORDER BY publishedAt DESC LIMIT ${PAGE}`, params: [`%${opts.searchWord}%`, EDITION, now] });
  }

  const rows: PlanRow[] = [];
  for (const q of queries) {
    let plan: string;
    try {
      plan = (db.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[]).map((r) => r.detail).join("; ");
    } catch (err) {
      rows.push({ name: q.name, plan: `error: ${(err as Error).message}`, ms: NaN });
      continue;
    }
    const st = db.prepare(q.sql);
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      st.all(...q.params);
      times.push(performance.now() - t);
    }
    rows.push({ name: q.name, plan, ms: median(times) });
  }
  db.close();
  return rows;
}
