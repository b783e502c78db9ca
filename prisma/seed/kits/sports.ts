// Story kit for the demo section "sports" (invented text; slots in kits/index.ts).
import type { Kit } from "./index";

export const sports: Kit = {
  titles: [
    "Pakistan beat visitors by {n:12-180} runs to level the series in {place}",
    "Hockey team names {m} uncapped players for Asia Cup camp",
    "Young opener hits maiden century as hosts take control in {place}",
    "National football side prepares for qualifier with training camp in {place}",
    "Squash star reaches final of {place} Open without dropping a game",
    "Domestic season schedule announced with {n:40-120} first-class matches",
    "Sprinter sets new national record at meet in {place}",
  ],
  standfirsts: [
    "A disciplined bowling performance in the final session sealed the result in front of a packed crowd.",
    "Selectors said the squad balanced experience with youth ahead of a busy international calendar.",
    "The performance has raised hopes of a medal at next year's championships.",
  ],
  paragraphs: [
    "Batting first, the home side recovered from a shaky start to post {n:160-340}, thanks largely to a patient stand of {n:60-140} for the fifth wicket.",
    "The visitors were well placed at one stage, but lost their last six wickets for just {m} runs as the pitch began to offer turn.",
    "The captain praised the fielding, singling out two catches in the deep that he said had changed the momentum of the match.",
    "The board confirmed that the next match would go ahead as planned despite a forecast of rain over the weekend.",
    "Coaches said the camp would focus on fitness and set pieces, areas where the team had struggled in recent tournaments.",
    "Fans who travelled from across the province to watch said the atmosphere reminded them of the big days of the past.",
    "The federation said it was in talks with sponsors to fund a longer training stint abroad before the championship.",
  ],
  quotes: [
    "The boys showed character today. We were under pressure and nobody panicked.",
    "Records are nice, but what I want is a medal for my country.",
    "We have talent in every corner of this country. Our job is to find it and give it a chance.",
  ],
  subheads: ["Turning point", "Selection debate", "Looking ahead"],
  topics: ["cricket", "hockey", "football", "squash", "athletics", "youth"],
};
