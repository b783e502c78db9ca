// One story as the feeds receive it, for the feed tests (build-feed.test.ts,
// feed-safety.test.ts); a test changes only the fields it is about.
import type { DistributedArticle } from "../queries/distribution/article";

export const storyFixture: DistributedArticle = {
  id: 42,
  slug: "river-rises",
  title: "River rises after heavy rain",
  standfirst: "Officials warn of flooding downstream.",
  language: "en",
  publishedAt: "2026-03-01T10:00:00.000Z",
  firstPublishedAt: "2026-03-01T10:00:00.000Z",
  modifiedAt: "2026-03-01T11:00:00.000Z",
  datelinePlace: "Sukkur",
  sourceAgency: "APP",
  isBreaking: false,
  correctionNote: "",
  category: { id: 1, slug: "pakistan", name: "Pakistan" },
  topics: [{ id: 2, slug: "monsoon", name: "Monsoon" }],
  authors: [{ id: 3, slug: "sara-qureshi", name: "Sara Qureshi", xHandle: "saraq" }],
  hero: null,
  bodyHtml: '<p>The <a href="/topic/monsoon">monsoon</a> <img src="/media/a.webp" srcset="/media/a-400.webp 400w, /media/a-800.webp 800w" alt="">.</p><script>alert(1)</script>',
};
