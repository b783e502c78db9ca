// What the demo seed contains, derived from the same deterministic generator
// the seed uses (prisma/seed), so reader tests know which stories exist without
// reading the database. Published stories are generated newest first.
import { generateArticles } from "../prisma/seed/generate-articles";

const all = generateArticles({ published: 170, withUnpublished: true, imageCount: 27 });

export const seeded = {
  published: all.filter((a) => a.status === "published"),
  unpublished: all.filter((a) => a.status !== "published"),
};

/** The newest story: breaking, a few minutes old. */
export const leadStory = seeded.published[0];
/** The seed adds a correction note to the 8th newest and an update to the 9th. */
export const correctedStory = seeded.published[7];
export const updatedStory = seeded.published[8];

export const UNPUBLISHED_PREFIXES = ["Draft:", "In review:", "Scheduled:", "Archived:"];

export const RELATIVE = /^(just now|\d+ minutes? ago|\d+ hours? ago|\d+ days? ago|\d+ months? ago)$/;

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
