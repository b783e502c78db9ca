// Story kit for the demo section "world" (invented text; slots in kits/index.ts).
import type { Kit } from "./index";

export const world: Kit = {
  titles: [
    "Talks in {place} end with pledge to meet again within {m} weeks",
    "Foreign ministers gather in {place} as regional tensions ease",
    "{place} announces new visa rules for skilled workers",
    "Heatwave grips {place} as temperatures climb past {n:44-51} degrees",
    "UN agency appeals for funds as crisis deepens near {place}",
    "Leaders meeting in {place} agree on framework for trade corridor",
    "Election officials in {place} begin counting after record turnout",
  ],
  standfirsts: [
    "Diplomats described the atmosphere as constructive, but said major differences remained on several points.",
    "The announcement is expected to affect thousands of people, including many from South Asia.",
    "Aid groups warn that the situation could worsen sharply without fresh funding in the coming weeks.",
  ],
  paragraphs: [
    "Delegations from {n:8-60} countries attended the meeting, which was held behind closed doors at a government guest house on the edge of the city.",
    "A joint statement issued after the session said the parties had agreed to set up working groups on security, trade and the return of displaced people.",
    "Analysts cautioned that similar pledges had been made before and that implementation had often stalled once the cameras left.",
    "The foreign office in Islamabad said it was following developments closely and that the embassy had been instructed to assist Pakistani nationals in the area.",
    "Local media reported long queues at polling stations and at fuel pumps, while public transport ran on a reduced schedule for most of the day.",
    "Officials said the measures would be reviewed after {m} months, depending on how conditions on the ground develop.",
    "The secretary-general's spokesperson told reporters that the organisation stood ready to support any process agreed by the parties themselves.",
  ],
  quotes: [
    "Dialogue is the only road that leads anywhere. Everything else is a detour.",
    "We have taken a step, a modest one, but a step in the right direction.",
    "The numbers are stark, and behind every number is a family.",
  ],
  subheads: ["Regional reaction", "Pakistan's position", "A fragile calm"],
  topics: ["diplomacy", "united-nations", "elections", "climate", "trade", "energy", "tourism", "remittances"],
};
