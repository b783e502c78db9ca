// Public reads of sections (categories), topics and authors.
import "server-only";
import { db } from "../db";
import { tags } from "../cache-tags";
import { cachedRead } from "./cached";
import type { CategoryRef } from "./shapes";

/** Sections shown in the site menu, in menu order. */
export async function getMenuCategories(): Promise<CategoryRef[]> {
  return cachedRead(["menu-categories"], [tags.taxonomy], () =>
    db.category.findMany({
      where: { inMenu: true },
      orderBy: [{ menuOrder: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true },
    }),
  );
}
