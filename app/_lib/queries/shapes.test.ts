import { describe, expect, it } from "vitest";
import { pictureFirst } from "./shapes";

const card = (id: number, hero: boolean) => ({ id, hero: hero ? { url: `/media/${id}.webp` } : null });
const ids = (cards: { id: number }[]) => cards.map((c) => c.id);

describe("pictureFirst", () => {
  it("moves the newest story with a picture to the front and keeps the others in order", () => {
    expect(ids(pictureFirst([card(1, false), card(2, false), card(3, true), card(4, true)]))).toEqual([3, 1, 2, 4]);
  });

  it("leaves the order alone when the newest has a picture, or none has", () => {
    expect(ids(pictureFirst([card(1, true), card(2, true)]))).toEqual([1, 2]);
    expect(ids(pictureFirst([card(1, false), card(2, false)]))).toEqual([1, 2]);
    expect(pictureFirst([])).toEqual([]);
  });

  it("only looks among the first few when told to", () => {
    const cards = [card(1, false), card(2, false), card(3, false), card(4, true)];
    expect(ids(pictureFirst(cards, 3))).toEqual([1, 2, 3, 4]);
    expect(ids(pictureFirst(cards, 4))).toEqual([4, 1, 2, 3]);
  });
});
