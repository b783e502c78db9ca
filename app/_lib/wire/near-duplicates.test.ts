import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NEAR_DUPLICATE_THRESHOLD, signature, similarity } from "./near-duplicates";

type Labelled = { items: { group: string; text: string }[] };
const set = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../../test/fixtures/wire/near-duplicates.json"), "utf8")) as Labelled;

describe("near-duplicate wire copy (word shingles + MinHash)", () => {
  it("groups re-filed and re-worded copies of one story and keeps same-subject stories apart (labelled set)", () => {
    const sigs = set.items.map((i) => signature(i.text));
    let tp = 0, fp = 0, fn = 0;
    const mistakes: string[] = [];
    for (let a = 0; a < set.items.length; a++) {
      for (let b = a + 1; b < set.items.length; b++) {
        const same = set.items[a].group === set.items[b].group;
        const s = similarity(sigs[a], sigs[b]);
        const said = s >= NEAR_DUPLICATE_THRESHOLD;
        if (said && same) tp++;
        else if (said) {
          fp++;
          mistakes.push(`false match ${a}/${b} ${s.toFixed(2)}`);
        } else if (same) {
          fn++;
          mistakes.push(`missed ${a}/${b} ${s.toFixed(2)}`);
        }
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`near-duplicates: ${tp} true, ${fp} false matches, ${fn} missed; precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`, mistakes);
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.7);
  });

  it("is stable: the same text gives the same signature; empty text matches nothing", () => {
    expect(signature("The central bank kept its policy rate")).toEqual(signature("the central bank, kept its policy rate!"));
    expect(similarity(signature(""), signature(""))).toBe(0);
  });
});
