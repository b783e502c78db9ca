import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError, parseInput } from "../errors";
import { createPageInput, updatePageInput } from "./page-input";
import { RESERVED_SEGMENTS, pageSlugProblem } from "./page-paths";

const fieldsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return { status: err.status, fields: err.fields };
    throw err;
  }
  throw new Error("expected a validation error");
};

describe("page addresses", () => {
  it("takes one segment or policies/<name>", () => {
    expect(pageSlugProblem("about")).toBeNull();
    expect(pageSlugProblem("policies/corrections")).toBeNull();
    expect(pageSlugProblem("terms-of-use")).toBeNull();
  });

  it("refuses paths that are not one of the two shapes", () => {
    for (const bad of ["", "About", "a/b", "policies/", "policies/a/b", "-x", "x--y", "../etc", "über", "a b"]) {
      expect(pageSlugProblem(bad), bad).not.toBeNull();
    }
  });

  it("refuses the site's own first segments", () => {
    expect(pageSlugProblem("news")).toMatch(/part of the site/);
    expect(pageSlugProblem("admin")).toMatch(/part of the site/);
  });

  // A new top-level route must be added to RESERVED_SEGMENTS, or a page of that
  // name would be saved and then never shown (Next prefers the static route).
  it("reserves every top-level route folder of the app", () => {
    const app = path.join(process.cwd(), "app");
    const topLevel = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        if (name.startsWith("_") || name.startsWith("[") || !statSync(full).isDirectory()) return [];
        return name.startsWith("(") ? topLevel(full) : [name];
      });
    const routes = topLevel(app);
    expect(routes.length).toBeGreaterThan(5);
    for (const name of routes) expect(RESERVED_SEGMENTS, name).toContain(name);
  });
});

describe("page input", () => {
  it("defaults a new page to an English draft with an empty body", () => {
    const page = parseInput(createPageInput, { title: " About us ", slug: "About" });
    expect(page).toMatchObject({
      title: "About us",
      slug: "about",
      language: "en",
      purpose: null,
      position: 0,
      summary: "",
    });
    expect(page.bodyJson).toEqual({ type: "doc", content: [] });
  });

  it("names every bad field, unknown ones included", () => {
    const { status, fields } = fieldsOf(() =>
      parseInput(createPageInput, {
        title: "",
        slug: "news",
        language: "fr",
        purpose: "gossip",
        position: -1,
        colour: "red",
        bodyJson: { type: "p" },
      }),
    );
    expect(status).toBe(422);
    expect(Object.keys(fields).sort()).toEqual([
      "bodyJson.type",
      "colour",
      "language",
      "position",
      "purpose",
      "slug",
      "title",
    ]);
    expect(fields.colour).toBe("Unknown field");
  });

  it("wants the edited version on an update", () => {
    expect(fieldsOf(() => parseInput(updatePageInput, { title: "New" })).fields).toHaveProperty("version");
    expect(parseInput(updatePageInput, { version: 3, purpose: null })).toEqual({ version: 3, purpose: null });
  });

  it("strips characters readers' feeds cannot carry", () => {
    expect(parseInput(createPageInput, { title: "Con\u000btact", slug: "contact" }).title).toBe("Contact");
  });
});
