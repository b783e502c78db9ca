// Story kit for the demo section "health" (invented text; slots in kits/index.ts).
import type { Kit } from "./index";

export const health: Kit = {
  titles: [
    "Polio vaccination drive to reach {n:10-45} million children this week",
    "{place} hospital opens new cardiac unit with {m} beds",
    "Dengue cases rise in {place} as health department steps up spraying",
    "Study finds one in {m} children in surveyed districts is stunted",
    "Government expands free treatment scheme to {n:4-30} more districts",
    "Doctors warn of heat-related illness as temperatures soar in {place}",
  ],
  standfirsts: [
    "Health workers will go door to door, and parents have been urged to cooperate with the teams.",
    "The unit is expected to cut waiting times for patients who previously travelled to other cities for treatment.",
    "Experts say better nutrition in the first thousand days of life is the key to reversing the trend.",
  ],
  paragraphs: [
    "More than {n} thousand health workers have been trained for the campaign, which will run for {m} days in the targeted union councils.",
    "Hospital administrators said the new equipment had been purchased through a grant and that specialist staff had been recruited from across the country.",
    "Officials said most cases had been reported from densely populated neighbourhoods where standing water collects after rain.",
    "The study, conducted by researchers from two universities, surveyed households in rural and urban areas over a period of {m} months.",
    "Doctors advised people to drink plenty of water, avoid direct sun in the afternoon and watch for signs of heatstroke in children and the elderly.",
    "The health department said free testing and treatment were available at all district headquarters hospitals.",
  ],
  quotes: [
    "Every child missed is a door left open for the virus.",
    "Patients no longer need to travel for hours for treatment they can now get here.",
    "The first thousand days decide so much of a child's future. We cannot afford to miss them.",
  ],
  subheads: ["On the ground", "Advice for families", "What the data shows"],
  topics: ["vaccination", "hospitals", "nutrition", "mental-health", "climate", "women"],
};
