// Deterministic Urdu story generator for the demo's Urdu desk, in the style of
// ../generate-articles.ts: same seed, same stories; times relative to `now`.
// Some stories translate English demo stories: their headline and standfirst
// come from the Urdu twin of the English kit template, with the English
// story's place and numbers.
import { slugify } from "@/app/_lib/content/slug";
import { rng, type GeneratedArticle } from "../generate-articles";
import { CATEGORIES, type CategorySlug } from "../newsroom";
import { AGENCIES_UR, MONTHS_UR, PEOPLE_UR, PLACE_UR, PLACES_UR, URDU_AUTHORS } from "./desk";
import { URDU_KITS } from "./kits";
import { SPECIAL_STORY } from "./special-story";

export type UrduArticle = GeneratedArticle & {
  language: "ur";
  /** Slug of the English story this one translates. */ translationOf: string | null;
};

type Rng = ReturnType<typeof rng>;
/** exact: n was read from an English story, so {n:MIN-MAX} takes it as it is. */
type Slots = { place?: string; n?: string; m?: string; pct?: string; month?: string; exact?: boolean };

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const AGENCY_UR: Record<string, string> = { APP: "اے پی پی", MNA: "ایم این اے", "Staff Report": "نمائندہ خصوصی" };

const text = (t: string) => ({ type: "text", text: t });
const paragraph = (t: string) => ({ type: "paragraph", content: [text(t)] });

/** Fills slots like the English generator: values drawn (or given, for translations), {n:MIN-MAX} kept in range. */
function fill(template: string, s: Slots): string {
  return template
    .replaceAll("{place}", s.place ?? "")
    .replace(/\{n:(\d+)-(\d+)\}/g, (_, min: string, max: string) =>
      s.exact
        ? (s.n ?? min)
        : s.n && /^\d+$/.test(s.n)
          ? String(Number(min) + (Number(s.n) % (Number(max) - Number(min) + 1)))
          : min,
    )
    .replaceAll("{n}", s.n ?? "")
    .replaceAll("{m}", s.m ?? "")
    .replaceAll("{pct}", s.pct ?? "")
    .replaceAll("{month}", s.month ?? "");
}

function drawSlots(r: Rng, place: string): Slots {
  return {
    place,
    n: String(r.pick([12, 18, 24, 35, 40, 56, 72, 85, 120, 150, 240, 310, 460, 525, 640, 880])),
    m: String(r.int(2, 9)),
    pct: `${r.int(1, 3)}.${r.int(1, 9)}`,
    month: r.pick(MONTHS_UR),
  };
}

/** The slot values of an English text made from `template`, or null when it was not made from it. */
export function parseEnglish(template: string, english: string): Slots | null {
  const names: Exclude<keyof Slots, "exact">[] = [];
  const pattern = template.replace(
    /\{(place|n(?::\d+-\d+)?|m|pct|month)\}|[.*+?^$()|[\]\\{}]/g,
    (token: string, slot?: string) => {
      if (!slot) return `\\${token}`;
      const name = slot.split(":")[0] as Exclude<keyof Slots, "exact">;
      names.push(name);
      return name === "place" ? "(.+?)" : name === "month" ? "([A-Za-z]+)" : "([\\d.]+)";
    },
  );
  const match = new RegExp(`^${pattern}$`).exec(english);
  if (!match) return null;
  const slots: Slots = { exact: true };
  names.forEach((name, i) => (slots[name] = match[i + 1]));
  if (slots.place) slots.place = PLACE_UR[slots.place] ?? slots.place;
  if (slots.month) slots.month = MONTHS_UR[MONTHS_EN.indexOf(slots.month)] ?? slots.month;
  return slots;
}

function body(category: CategorySlug, r: Rng, s: Slots): { type: "doc"; content: unknown[] } {
  const kit = URDU_KITS[category];
  const [person, role] = r.pick(PEOPLE_UR);
  const paras = r.sample(kit.paragraphs, r.int(4, 5)).map((p) => fill(p, s));
  const quote = r.pick(kit.quotes);
  const closing = kit.paragraphs.map((p) => fill(p, s)).find((p) => !paras.includes(p)) ?? paras[0];
  const said =
    category === "opinion"
      ? `${person}، جو ${role} ہیں، نے ایک حالیہ نشست میں بجا طور پر کہا تھا: “${quote}”`
      : `${person}، جو ${role} ہیں، نے ${s.place} میں صحافیوں سے گفتگو کرتے ہوئے کہا: “${quote}”`;
  return {
    type: "doc",
    content: [
      paragraph(paras[0]),
      paragraph(said),
      paragraph(paras[1]),
      { type: "heading", attrs: { level: 2 }, content: [text(r.pick(kit.subheads))] },
      ...paras.slice(2).map(paragraph),
      { type: "blockquote", content: [paragraph(quote), paragraph(`${person}، ${role}`)] },
      paragraph(closing),
    ],
  };
}

function authorsFor(category: CategorySlug, r: Rng): string[] {
  const beat = URDU_AUTHORS.filter((a) => (a.beat as readonly string[]).includes(category));
  return [r.pick(beat.length ? beat : URDU_AUTHORS).slug];
}

function ageMinutes(i: number, total: number, r: Rng): number {
  const recent = [7, 19, 38, 52];
  if (i < recent.length) return recent[i];
  const span = 30 * 24 * 60 - 90;
  return 75 + Math.floor(((i - recent.length) / Math.max(1, total - recent.length)) * span) + r.int(0, 40);
}

export type UrduOptions = {
  published: number;
  translations: number;
  now: Date;
  english: GeneratedArticle[];
  seed?: number;
};

export function generateUrduArticles(opts: UrduOptions): UrduArticle[] {
  const r = rng(opts.seed ?? 20261206);
  const out: UrduArticle[] = [];
  const used = new Set(opts.english.map((a) => a.slug));
  const uniqueSlug = (base: string) => {
    let slug = base;
    for (let k = 2; used.has(slug); k++) slug = `${base}-${k}`;
    used.add(slug);
    return slug;
  };

  // Translations of English stories that an Urdu template translates, spread over the month.
  const candidates = opts.english.flatMap((en) => {
    if (en.status !== "published" || !en.publishedAt) return [];
    const kit = URDU_KITS[en.categorySlug];
    for (const t of kit.titles) {
      const slots = t.en ? parseEnglish(t.en, en.title) : null;
      if (slots) return [{ en, t, slots }];
    }
    return [];
  });
  const step = Math.max(1, Math.floor(candidates.length / opts.translations));
  for (let k = 0; k < opts.translations && k * step < candidates.length; k++) {
    const { en, t, slots } = candidates[k * step];
    const kit = URDU_KITS[en.categorySlug];
    const standfirst = kit.standfirsts
      .map((sf) => (sf.en ? { sf, s: parseEnglish(sf.en, en.standfirst) } : null))
      .find((x) => x?.s);
    const place = PLACE_UR[en.datelinePlace] ?? en.datelinePlace;
    const filled: Slots = { ...drawSlots(r, place), ...slots, place };
    // The Urdu desk files its translation a little after the English story.
    const lag = Math.min(25 * 60_000, (opts.now.getTime() - en.publishedAt!.getTime()) / 2);
    out.push({
      ...en,
      slug: uniqueSlug(`${en.slug}-urdu`),
      title: fill(t.ur, filled),
      standfirst: standfirst
        ? fill(standfirst.sf.ur, { ...filled, ...standfirst.s })
        : fill(kit.standfirsts[0].ur, filled),
      bodyDoc: body(en.categorySlug, r, filled),
      authorSlugs: authorsFor(en.categorySlug, r),
      datelinePlace: place,
      sourceAgency: en.sourceAgency ? (AGENCY_UR[en.sourceAgency] ?? r.pick(AGENCIES_UR)) : "",
      publishedAt: new Date(en.publishedAt!.getTime() + lag),
      isBreaking: false,
      language: "ur",
      translationOf: en.slug,
    });
  }

  // Stories of the Urdu desk's own, every section in turn.
  const titles = new Set(out.map((a) => a.title));
  const own = opts.published - out.length;
  for (let i = 0; i < own; i++) {
    const at = new Date(opts.now.getTime() - ageMinutes(i, own, r) * 60_000);
    if (i === 3) {
      out.push({
        ...SPECIAL_STORY,
        slug: uniqueSlug(SPECIAL_STORY.slug),
        status: "published",
        publishedAt: at,
        language: "ur",
        translationOf: null,
      });
      continue;
    }
    const category = CATEGORIES[i % CATEGORIES.length].slug;
    const kit = URDU_KITS[category];
    let [placeEn, place] = r.pick(PLACES_UR[category]);
    let t = r.pick(kit.titles);
    let slots = drawSlots(r, place);
    // Re-roll a headline the desk has already used, a few times at most.
    for (let tries = 0; tries < 12 && titles.has(fill(t.ur, slots)); tries++) {
      [placeEn, place] = r.pick(PLACES_UR[category]);
      t = r.pick(kit.titles);
      slots = drawSlots(r, place);
    }
    titles.add(fill(t.ur, slots));
    out.push({
      slug: uniqueSlug(slugify(`${t.key} ${t.ur.includes("{place}") ? placeEn : ""}`)),
      title: fill(t.ur, slots),
      standfirst: fill(r.pick(kit.standfirsts).ur, slots),
      bodyDoc: body(category, r, slots),
      categorySlug: category,
      topicSlugs: r.sample(kit.topics, r.int(2, Math.min(4, kit.topics.length))),
      authorSlugs: authorsFor(category, r),
      datelinePlace: place,
      sourceAgency: category === "opinion" ? "" : r.pick(AGENCIES_UR),
      status: "published",
      publishedAt: at,
      // The freshest Urdu story is breaking news on the Urdu front page.
      isBreaking: i === 0,
      imageIndex: r.next() < 0.85 ? i % 3 : null,
      language: "ur",
      translationOf: null,
    });
  }
  return out;
}
