// Deterministic article generator for the demo newsroom and the large benchmark
// dataset. Same seed, same newsroom; times are relative to `now`.
import { AGENCIES, AUTHORS, CATEGORIES, MONTHS, PEOPLE, PLACES, type CategorySlug } from "./newsroom";
import { KITS } from "./kits";
import { slugify } from "@/app/_lib/content/slug";

export type GeneratedArticle = {
  slug: string;
  title: string;
  standfirst: string;
  bodyDoc: { type: "doc"; content: unknown[] };
  categorySlug: CategorySlug;
  topicSlugs: string[];
  authorSlugs: string[];
  datelinePlace: string;
  sourceAgency: string;
  status: "draft" | "review" | "scheduled" | "published" | "archived";
  publishedAt: Date | null;
  isBreaking: boolean;
  imageIndex: number | null;
};

export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    sample: <T>(list: readonly T[], n: number): T[] => {
      const copy = [...list];
      const out: T[] = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
}

const text = (t: string) => ({ type: "text", text: t });
const paragraph = (t: string) => ({ type: "paragraph", content: [text(t)] });

function fill(template: string, r: ReturnType<typeof rng>, place: string): string {
  const n = r.pick([12, 18, 24, 35, 40, 56, 72, 85, 120, 150, 240, 310, 460, 525, 640, 880]);
  return template
    .replaceAll("{place}", place)
    // {n:MIN-MAX} from the same draw as {n}, so the other stories stay as they were.
    .replace(/\{n:(\d+)-(\d+)\}/g, (_, min: string, max: string) => String(Number(min) + (n % (Number(max) - Number(min) + 1))))
    .replaceAll("{n}", String(n))
    .replaceAll("{m}", String(r.int(2, 9)))
    .replaceAll("{pct}", `${r.int(1, 3)}.${r.int(1, 9)}`)
    .replaceAll("{month}", r.pick(MONTHS));
}

/** Minutes before `now` for the i-th published article: several in the last hour, the rest over `spanDays` (30). */
function ageMinutes(i: number, total: number, r: ReturnType<typeof rng>, spanDays = 30): number {
  const recent = [4, 11, 25, 33, 47, 58];
  if (i < recent.length) return recent[i];
  const span = spanDays * 24 * 60 - 90;
  const fraction = (i - recent.length) / Math.max(1, total - recent.length);
  return 70 + Math.floor(fraction * span) + r.int(0, 40);
}

export type GenerateOptions = {
  published: number;
  seed?: number;
  now?: Date;
  withUnpublished?: boolean;
  imageCount?: number;
  /** Days the published articles spread over (30); the large archive uses years. */
  spanDays?: number;
  /** Slugs already taken (slug -> times used), shared so a second run never repeats one. */
  usedSlugs?: Map<string, number>;
  /** Extra datelines per section, for variety in large datasets (the demo uses PLACES only). */
  extraPlaces?: Partial<Record<CategorySlug, readonly string[]>>;
};

export function generateArticles(opts: GenerateOptions): GeneratedArticle[] {
  return [...iterateArticles(opts)];
}

/** The same articles as generateArticles, one at a time, so 100,000 need not sit in memory. */
export function* iterateArticles(opts: GenerateOptions): Generator<GeneratedArticle> {
  const r = rng(opts.seed ?? 20250113);
  const now = opts.now ?? new Date();
  const seenSlugs = opts.usedSlugs ?? new Map<string, number>();
  const placesFor = (category: CategorySlug): readonly string[] =>
    opts.extraPlaces?.[category] ? [...PLACES[category], ...opts.extraPlaces[category]] : PLACES[category];

  const make = (i: number, status: GeneratedArticle["status"], publishedAt: Date | null): GeneratedArticle => {
    const category = CATEGORIES[i % CATEGORIES.length].slug;
    const kit = KITS[category];
    const places = placesFor(category);
    let place = r.pick(places);
    let title = fill(r.pick(kit.titles), r, place);
    // Re-roll a headline the newsroom has already used, a few times at most.
    for (let tries = 0; tries < 8 && seenSlugs.has(slugify(title)); tries++) {
      place = r.pick(places);
      title = fill(r.pick(kit.titles), r, place);
    }
    let slug = slugify(title);
    const n = seenSlugs.get(slug) ?? 0;
    if (n > 0) {
      // Numbered like "headline-2"; skip numbers another run already took.
      let k = n + 1;
      while (seenSlugs.has(`${slug}-${k}`)) k++;
      seenSlugs.set(slug, k);
      slug = `${slug}-${k}`;
      seenSlugs.set(slug, 1);
    } else {
      seenSlugs.set(slug, 1);
    }

    const [person, role] = r.pick(PEOPLE);
    const paras = r.sample(kit.paragraphs, r.int(4, 6)).map((p) => fill(p, r, place));
    const quote = r.pick(kit.quotes);
    const unused = kit.paragraphs.filter((p) => !paras.includes(fill(p, rng(0), place)));
    const content: unknown[] = [
      paragraph(paras[0]),
      // A quote that ends a sentence takes a comma before the attribution: "…direction," said X.
      paragraph(`"${quote.replace(/\.$/, ",")}" said ${person}, ${role}, speaking to reporters in ${place}.`),
      paragraph(paras[1]),
      { type: "heading", attrs: { level: 2 }, content: [text(r.pick(kit.subheads))] },
      ...paras.slice(2).map(paragraph),
      { type: "blockquote", content: [paragraph(quote), paragraph(`${person}, ${role}`)] },
      paragraph(fill(r.pick(unused.length ? unused : kit.paragraphs), r, place)),
    ];

    const authorsForBeat = AUTHORS.filter((a) => (a.beat as readonly string[]).includes(category));
    const authorCount = r.next() < 0.15 ? 2 : 1;
    const authorSlugs = r.sample(authorsForBeat.length ? authorsForBeat : AUTHORS, authorCount).map((a) => a.slug);
    if (authorSlugs.length < authorCount) authorSlugs.push(r.pick(AUTHORS.filter((a) => !authorSlugs.includes(a.slug))).slug);

    return {
      slug,
      title,
      standfirst: fill(r.pick(kit.standfirsts), r, place),
      bodyDoc: { type: "doc", content },
      categorySlug: category,
      topicSlugs: r.sample(kit.topics, r.int(2, Math.min(6, kit.topics.length))),
      authorSlugs,
      datelinePlace: place,
      sourceAgency: category === "opinion" ? "" : r.pick(AGENCIES),
      status,
      publishedAt,
      isBreaking: false,
      imageIndex: opts.imageCount ? (r.next() < 0.85 ? i % opts.imageCount : null) : null,
    };
  };

  for (let i = 0; i < opts.published; i++) {
    const at = new Date(now.getTime() - ageMinutes(i, opts.published, r, opts.spanDays) * 60_000);
    const article = make(i, "published", at);
    // Two of the freshest stories are breaking news.
    article.isBreaking = i === 0 || i === 2;
    yield article;
  }

  if (opts.withUnpublished) {
    const base = opts.published;
    const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
    const extra: [GeneratedArticle["status"], Date | null][] = [
      ["draft", null],
      ["draft", null],
      ["draft", null],
      ["draft", null],
      ["review", null],
      ["review", null],
      ["review", null],
      ["scheduled", hours(2)],
      ["scheduled", hours(26)],
      ["scheduled", hours(72)],
      ["archived", new Date(now.getTime() - 40 * 86_400_000)],
      ["archived", new Date(now.getTime() - 45 * 86_400_000)],
    ];
    for (const [k, [status, at]] of extra.entries()) {
      const a = make(base + k, status, at);
      // Unpublished titles say what they are, so tests and editors can tell them apart.
      const label = { draft: "Draft", review: "In review", scheduled: "Scheduled", archived: "Archived", published: "" }[status];
      a.title = `${label}: ${a.title}`;
      a.slug = slugify(a.title);
      yield a;
    }
  }
}
