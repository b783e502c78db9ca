// The demo newsroom's publisher pages: sensible first drafts (original text)
// of what a news site must publish about itself. Published in the demo so the
// footer, the pages sitemap and the organization's structured data have them.
import type { PrismaClient } from "@/app/_generated/prisma/client";
import type { BodyDoc } from "@/app/_lib/content/body";
import { renderBodyHtml } from "@/app/_lib/content/body";
import type { PagePurpose } from "@/app/_lib/pages/page-paths";

type Block =
  string | { h: string } | { list: string[] } | { link: [before: string, label: string, href: string, after: string] };

const text = (t: string) => ({ type: "text", text: t });
const block = (b: Block) => {
  if (typeof b === "string") return { type: "paragraph", content: [text(b)] };
  if ("h" in b) return { type: "heading", attrs: { level: 2 }, content: [text(b.h)] };
  if ("list" in b)
    return {
      type: "bulletList",
      content: b.list.map((item) => ({ type: "listItem", content: [{ type: "paragraph", content: [text(item)] }] })),
    };
  const [before, label, href, after] = b.link;
  return {
    type: "paragraph",
    content: [text(before), { type: "text", text: label, marks: [{ type: "link", attrs: { href } }] }, text(after)],
  };
};
export const pageDoc = (blocks: Block[]): BodyDoc => ({ type: "doc", content: blocks.map(block) });

export const DEMO_PAGES: { slug: string; title: string; summary: string; purpose: PagePurpose; blocks: Block[] }[] = [
  {
    slug: "about",
    title: "About us",
    purpose: "about",
    summary: "Who we are, who edits us and how we are paid for.",
    blocks: [
      "Meridian News is an independent news site reporting on Pakistan and the world, in English and, soon, in Urdu. Our reporters work from Islamabad, Karachi and Lahore, and we carry wire reports from agencies we name on every story.",
      { h: "Who is responsible" },
      {
        list: [
          "Editor: Sara Qureshi (foreign desk and final say on corrections)",
          "Business editor: Bilal Rana",
          "Publisher: Asad Karim",
        ],
      },
      { h: "How we are funded" },
      "We are funded by advertising shown beside our stories and by our readers. Advertisers never see a story before it is published and have no say in what we cover.",
      {
        link: [
          "How we choose, check and correct stories is set out in our ",
          "editorial policy",
          "/policies/editorial",
          ".",
        ],
      },
    ],
  },
  {
    slug: "contact",
    title: "Contact",
    purpose: "contact",
    summary: "How to reach the newsroom, send a tip or ask for a correction.",
    blocks: [
      "We read every message. Tell us what you saw, where and when, and how we can reach you; we never publish a reader's name without asking.",
      { h: "Newsroom" },
      {
        link: ["News tips and press releases: ", "newsroom@meridian.example", "mailto:newsroom@meridian.example", "."],
      },
      { h: "Corrections" },
      {
        link: [
          "If we got something wrong, write to ",
          "corrections@meridian.example",
          "mailto:corrections@meridian.example",
          " with the story's address and what is wrong. Our corrections policy explains what happens next.",
        ],
      },
      { h: "Advertising" },
      {
        link: [
          "Advertising enquiries: ",
          "ads@meridian.example",
          "mailto:ads@meridian.example",
          ". Advertising staff are not part of the newsroom.",
        ],
      },
    ],
  },
  {
    slug: "policies/editorial",
    title: "Editorial policy",
    purpose: "editorial",
    summary: "How we decide what to publish, how we check it and how we deal with sources.",
    blocks: [
      "Our job is to tell readers what happened, accurately and fairly, and to say how we know. These principles apply to everyone who writes or edits for Meridian News.",
      { h: "Accuracy" },
      "Every fact is checked against a source we can name to our editors. Figures come with their source and date. Wire reports carry the agency's name in the dateline.",
      { h: "Fairness" },
      "People we write about critically are given a real chance to respond before publication, and their answer is reported in the story.",
      { h: "Sources" },
      "We name our sources. When a source must stay anonymous to be safe, at least one editor knows who they are and the story says why they were not named.",
      { h: "Independence and ethics" },
      "Staff do not accept gifts or paid travel from the people they cover, and declare any interest in a story to their editor. Opinion pieces are labelled as opinion.",
    ],
  },
  {
    slug: "policies/corrections",
    title: "Corrections policy",
    purpose: "corrections",
    summary: "What we do when we get something wrong.",
    blocks: [
      "When we make a mistake we correct it openly and quickly. We do not quietly change a published story to hide an error.",
      { h: "How a correction appears" },
      "A corrected story carries a note at the top saying what was wrong and what is right. Spelling fixes that do not change meaning are made without a note.",
      { h: "How to ask for one" },
      {
        link: [
          "Use the address on our ",
          "contact page",
          "/contact",
          ". An editor who did not work on the story reviews every request and replies within two working days.",
        ],
      },
    ],
  },
  {
    slug: "policies/privacy",
    title: "Privacy policy",
    purpose: "privacy",
    summary: "What we record about readers and why.",
    blocks: [
      "Reading Meridian News needs no account. We do not use third-party tracking scripts or advertising cookies.",
      { h: "What we record" },
      "To count readers for our Most Read list we keep, for one day, a salted hash of your address and browser, never the address itself. Our servers keep ordinary access logs for up to thirty days to fight abuse.",
      { h: "Your choices" },
      {
        link: [
          "To ask what we hold about you, write to ",
          "privacy@meridian.example",
          "mailto:privacy@meridian.example",
          ".",
        ],
      },
    ],
  },
  {
    slug: "policies/terms",
    title: "Terms of use",
    purpose: "terms",
    summary: "The rules for using and sharing our journalism.",
    blocks: [
      "You are welcome to read, link to and share our stories. Quoting a short extract with a link back is fine; republishing a whole story needs our written permission.",
      "Photographs and graphics belong to the photographers and agencies credited with them.",
      "We work hard to be accurate, but our stories are news reports, not professional advice. These terms are governed by the laws of Pakistan.",
    ],
  },
];

export async function seedPages(db: PrismaClient, now: Date, editor: { id: number; name: string }) {
  for (const [i, p] of DEMO_PAGES.entries()) {
    const bodyDoc = pageDoc(p.blocks);
    const page = await db.page.create({
      data: {
        slug: p.slug,
        title: p.title,
        summary: p.summary,
        purpose: p.purpose,
        position: i + 1,
        language: "en",
        bodyJson: JSON.stringify(bodyDoc),
        bodyHtml: renderBodyHtml(bodyDoc),
        status: "published",
        publishedAt: now,
      },
      select: {
        id: true,
        slug: true,
        title: true,
        summary: true,
        purpose: true,
        position: true,
        language: true,
        status: true,
        version: true,
      },
    });
    await db.pageRevision.create({
      data: {
        pageId: page.id,
        version: 1,
        note: "Imported by the demo seed",
        userId: editor.id,
        userName: editor.name,
        snapshot: JSON.stringify({ ...page, bodyJson: bodyDoc, publishedAt: now.toISOString() }),
      },
    });
  }
  return DEMO_PAGES.length;
}
