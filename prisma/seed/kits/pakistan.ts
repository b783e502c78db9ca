// Story kit for the demo section "pakistan" (invented text; slots in kits/index.ts).
import type { Kit } from "./index";

export const pakistan: Kit = {
  titles: [
    "{place} district administration launches drive to clear encroachments from main markets",
    "Provincial cabinet approves {n} new schools for {place} division",
    "Flood protection embankments near {place} to be completed before monsoon, officials say",
    "Senate committee seeks report on delays in {place} water supply scheme",
    "Traffic plan announced for {place} as road widening work begins",
    "Relief goods dispatched to rain-hit villages around {place}",
    "{place} police set up {n} new facilitation centres for citizens",
    "Assembly passes bill on local government elections after lengthy debate",
  ],
  standfirsts: [
    "Officials say the work will be finished within {m} months, though residents remain sceptical about the timeline.",
    "The decision follows months of complaints from residents and traders about worsening conditions.",
    "The plan, costing an estimated Rs{n} million, is part of a wider programme announced last year.",
  ],
  paragraphs: [
    "The decision was taken at a meeting chaired by the commissioner, where officials from the relevant departments presented a progress report and were told to submit weekly updates.",
    "Residents of the area have long complained that promises made during previous campaigns were never fulfilled, and several of them gathered outside the office to watch the proceedings.",
    "According to official figures, about {n} families in the surrounding union councils are expected to benefit directly once the scheme is fully operational.",
    "The opposition questioned the timing of the announcement, saying the government had ignored the issue for more than a year and was now acting under public pressure.",
    "Officials said funds had already been released for the first phase and that contractors had been told that delays would lead to penalties under the terms of their agreements.",
    "A separate committee has been formed to monitor the work, and its members will visit the sites every fortnight, a notification issued on Monday said.",
    "Civil society groups welcomed the move but urged the authorities to publish the full list of projects and their costs so that citizens could follow the spending.",
  ],
  quotes: [
    "We will not allow any further delay. The people of this district have waited long enough.",
    "Every rupee will be accounted for, and the records will be open to anyone who asks.",
    "This is a beginning, not the end. We need the same energy in every other district.",
  ],
  subheads: ["What happens next", "Residents wait and watch", "A long-standing demand"],
  topics: [
    "parliament",
    "elections",
    "courts",
    "water",
    "monsoon",
    "transport",
    "urban-development",
    "women",
    "youth",
    "climate",
  ],
};
