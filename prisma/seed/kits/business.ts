// Story kit for the demo section "business" (invented text; slots in kits/index.ts).
import type { Kit } from "./index";

export const business: Kit = {
  titles: [
    "Stocks close {pct} percent higher as investors bet on rate cut",
    "Textile exports rise to ${n:1400-1800} million in {month}, trade data shows",
    "Remittances from workers abroad cross ${n:2600-3400} million mark",
    "Central bank keeps policy rate unchanged, cites easing inflation",
    "Fuel prices cut by Rs{m} per litre for the next fortnight",
    "Sialkot exporters seek relief on energy tariffs",
    "Banks report surge in digital payments during {month}",
    "Government signs agreement to expand solar generation by {n} megawatts",
  ],
  standfirsts: [
    "Traders attributed the move to stronger than expected economic data and renewed foreign interest.",
    "Industry groups say the figures show resilience but warn that energy costs still threaten competitiveness.",
    "The decision was widely expected by analysts surveyed ahead of the announcement.",
  ],
  paragraphs: [
    "The benchmark index gained {n} points during the session, with banking, cement and fertiliser shares leading the rally on heavy volumes.",
    "Figures released by the statistics bureau showed that the trade deficit narrowed for the {m}th consecutive month, helped by lower import bills for petroleum products.",
    "Exporters said orders from Europe had picked up, but warned that electricity and gas prices remained among the highest in the region.",
    "The finance ministry said the government remained committed to the targets agreed with international lenders and would not announce new subsidies.",
    "Economists said the data was encouraging but that the recovery would remain fragile until investment picked up and the tax base was widened.",
    "Market participants will now watch the next inflation reading, due in {m} weeks, for clues about the path of interest rates.",
    "Small businesses, however, say access to credit remains difficult, with banks preferring to lend to the government and large corporations.",
  ],
  quotes: [
    "Confidence is returning, slowly, and the market is pricing in better days ahead.",
    "Our members can compete with anyone in the world if energy is priced fairly.",
    "The direction is right. The question is whether the pace can be sustained.",
  ],
  subheads: ["What the market is watching", "Exporters' concerns", "The policy outlook"],
  topics: [
    "stock-market",
    "inflation",
    "budget",
    "trade",
    "textiles",
    "remittances",
    "banking",
    "energy",
    "agriculture",
  ],
};
