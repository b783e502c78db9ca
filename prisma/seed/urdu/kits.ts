// The Urdu story kits the Urdu generator (generate-urdu.ts) draws from, one
// per section, in the shape of the English kits (../kits/) plus translations.
import type { CategorySlug } from "../newsroom";
import { business, pakistan, world } from "./kits-a";
import { education, entertainment, health, opinion } from "./kits-b";
import { sports, technology } from "./kits-c";

export type UrduKit = {
  /** key: Latin words for the story's slug; en: the English kit template this title translates. */
  titles: { key: string; ur: string; en?: string }[];
  standfirsts: { ur: string; en?: string }[];
  paragraphs: string[];
  quotes: string[];
  subheads: string[];
  topics: string[];
};

export const URDU_KITS: Record<CategorySlug, UrduKit> = {
  pakistan,
  world,
  business,
  sports,
  technology,
  entertainment,
  health,
  opinion,
  education,
};
