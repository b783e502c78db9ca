// The search fold readers rely on to find Urdu stories however they type, and
// the guarantee that the indexes fold stories with the very same table.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, restoreMarked, searchTerms } from "../queries/search-query";
import { engineFold, normalizeSearchText, postgresFoldSql, SEARCH_FOLDS } from "./search-normalize";

const migration = (engine: "" | "postgres/") =>
  readFileSync(
    path.resolve(
      import.meta.dirname,
      `../../../prisma/${engine}migrations/20261206030000_search_urdu_fold/migration.sql`,
    ),
    "utf8",
  );

describe("normalizeSearchText", () => {
  it("drops harakat, superscript alef and tatweel, so a vocalised word is the plain word", () => {
    expect(normalizeSearchText("مُحَمَّد")).toBe("محمد");
    expect(normalizeSearchText("دعویٰ")).toBe("دعوی");
    expect(normalizeSearchText("پاکـــستان")).toBe("پاکستان");
    expect(normalizeSearchText("قائدِ اعظم")).toBe("قائد اعظم");
  });

  it("folds Arabic letter forms to the Urdu ones and keeps do-chashmi he", () => {
    expect(normalizeSearchText("پاكستان")).toBe("پاکستان");
    expect(normalizeSearchText("علي")).toBe("علی");
    expect(normalizeSearchText("مصطفى")).toBe("مصطفی");
    expect(normalizeSearchText("مدرسه")).toBe("مدرسہ");
    expect(normalizeSearchText("صلوة")).toBe("صلوۃ");
    expect(normalizeSearchText("بھائی")).toBe("بھائی");
  });

  it("folds Eastern and Arabic-Indic digits to Latin and leaves other text alone", () => {
    expect(normalizeSearchText("۱۳ اور ١٣")).toBe("13 اور 13");
    expect(normalizeSearchText("Crème brûlée, São Paulo 2026")).toBe("Crème brûlée, São Paulo 2026");
  });

  it("maps every character to at most one, so positions map back", () => {
    for (const [from, to] of SEARCH_FOLDS) expect([from.length, to.length <= 1]).toEqual([1, true]);
  });
});

describe("searchTerms", () => {
  it("asks for the folded words, whole", () => {
    expect(searchTerms("مُحَمَّد")).toEqual(["محمد"]);
    expect(searchTerms("پاكستان ۱۳")).toEqual(["پاکستان", "13"]);
    expect(searchTerms("ﭘﺎﻛﺴﺘﺎﻥ")).toEqual(["پاکستان"]); // presentation forms, via NFKC
  });
});

describe("the indexes fold with this table", () => {
  it("SQLite: every fold of the table is one replace() in the migration's view chain", () => {
    const sql = migration("");
    for (const [from, to] of SEARCH_FOLDS) {
      const call = `char(${from.charCodeAt(0)}), ${to ? `char(${to.charCodeAt(0)})` : "''"})`;
      // title, standfirst and searchText each fold it once.
      expect(sql.split(call).length - 1, `U+${from.charCodeAt(0).toString(16)}`).toBe(3);
    }
  });

  it("Postgres: the generated column uses this table's translate()", () => {
    const sql = migration("postgres/");
    for (const column of ['"title"', '"standfirst"', '"searchText"'])
      expect(sql).toContain(postgresFoldSql(`coalesce(${column}, '')`));
  });
});

describe("restoreMarked", () => {
  const sqlite = (ch: string) => engineFold(ch, "sqlite");
  const postgres = (ch: string) => engineFold(ch, "postgres");

  it("puts the marks of a folded headline back on the vocalised original, whole words", () => {
    const original = "قائدِ اعظم مُحَمَّد علی جناح";
    const marked = `قائد اعظم ${MARK_START}محمد${MARK_END} علی جناح`;
    expect(restoreMarked(marked, original, sqlite)).toBe(`قائدِ اعظم ${MARK_START}مُحَمَّد${MARK_END} علی جناح`);
  });

  it("places a cut snippet inside the original and keeps its punctuation and digits", () => {
    const original = "پہلی بات۔ ملک کے ۱۳ بڑے شہروں میں، تقریبات ہوئیں۔ آخری بات";
    const marked = `…ملک کے ${MARK_START}13${MARK_END} بڑے شہروں میں  تقریبات…`;
    expect(restoreMarked(marked, original, postgres)).toBe(
      `…ملک کے ${MARK_START}۱۳${MARK_END} بڑے شہروں میں، تقریبات…`,
    );
  });

  it("leaves text it cannot place, and text that folds to itself, as it is", () => {
    expect(restoreMarked(`${MARK_START}Flood${MARK_END} port`, "Flood port", sqlite)).toBe(
      `${MARK_START}Flood${MARK_END} port`,
    );
    expect(restoreMarked("something else", "مُحَمَّد", sqlite)).toBe("something else");
  });
});
