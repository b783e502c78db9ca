import { describe, expect, it } from "vitest";
import { catalogues } from "./index";
import { en } from "./en";

describe("message catalogues", () => {
  for (const [language, messages] of Object.entries(catalogues)) {
    it(`${language} has every key of the English catalogue, none empty`, () => {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const value = messages[key];
        expect(value, `${language}.${key}`).toBeDefined();
        const text = typeof value === "function" ? (value as (a: string, b: string) => string)("1", "2") : value;
        expect(text.trim(), `${language}.${key}`).not.toBe("");
      }
    });
  }

  it("the Urdu catalogue is in Urdu (no English string left untranslated)", () => {
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((k) => typeof en[k] === "string" && en[k] === catalogues.ur[k]);
    expect(same).toEqual([]);
  });
});
