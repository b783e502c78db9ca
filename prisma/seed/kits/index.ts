// The story kits the demo article generator (generate-articles.ts) draws from,
// one per section (a file each): titles, standfirsts, paragraphs, quotes,
// subheads and the topics its stories carry. All text is invented for this project.
//
// Slots: {place} {person} {role} {n} {m} {pct} {month} {thing}; {n:MIN-MAX} is a
// number that must stay plausible (a temperature, a run margin), MIN to MAX.
import type { CategorySlug } from "../newsroom";
import { pakistan } from "./pakistan";
import { world } from "./world";
import { business } from "./business";
import { sports } from "./sports";
import { technology } from "./technology";
import { entertainment } from "./entertainment";
import { health } from "./health";
import { opinion } from "./opinion";
import { education } from "./education";

export type Kit = {
  titles: string[];
  standfirsts: string[];
  paragraphs: string[];
  quotes: string[];
  subheads: string[];
  topics: string[];
};

export const KITS: Record<CategorySlug, Kit> = {
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
