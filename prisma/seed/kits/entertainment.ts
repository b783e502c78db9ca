// Story kit for the demo section "entertainment" (invented text; slots in kits/index.ts).
import type { Kit } from "./index";

export const entertainment: Kit = {
  titles: [
    "Drama serial set in old {place} tops ratings for {m} straight weeks",
    "Local film selected for screening at festival in {place}",
    "Veteran singer announces farewell concert tour across {n:6-40} cities",
    "Literature festival in {place} draws record crowds",
    "Restored classic film returns to cinemas after {n:25-70} years",
    "Young director's debut feature wins audience award in {place}",
  ],
  standfirsts: [
    "Critics have praised the writing and performances, and viewers have filled social media with discussion of each episode.",
    "The selection marks a milestone for an industry that has been rebuilding after years of decline.",
    "Organisers said tickets for the opening night sold out within hours.",
  ],
  paragraphs: [
    "The story follows three generations of a family living in the walled city, and has been praised for its attention to language and detail.",
    "Producers said the project had taken {m} years to complete, with much of the filming done on location in narrow lanes where equipment had to be carried by hand.",
    "Sessions at the festival covered poetry, history and translation, with several discussions held in regional languages for the first time.",
    "The restoration was carried out from the original negatives, which had been stored for decades in poor conditions.",
    "Cinema owners said they hoped the film would bring families back to theatres, where attendance has yet to recover fully.",
    "The singer, whose career spans more than four decades, said the tour would include songs he has not performed live in years.",
  ],
  quotes: [
    "Our stories are rich enough for the whole world. We only need the confidence to tell them.",
    "Music has given me everything. This tour is my way of saying thank you.",
    "When the audience laughed and cried in the same places we did, I knew the film worked.",
  ],
  subheads: ["Behind the scenes", "Audience response", "A revival"],
  topics: ["film", "music", "television", "books", "heritage", "tourism"],
};
