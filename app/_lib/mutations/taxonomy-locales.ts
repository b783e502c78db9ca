// A section's or topic's name in another edition (issue 20: the Urdu edition
// lists the sections and topics that have a locale row for Urdu). Saving an
// empty name removes the row: the section leaves that edition's menu and pages.
// The slug defaults to the English one (short Latin links) and is unique per
// language. validate -> authorize -> write -> revalidate -> audit.
import { z } from "zod";
import { db } from "../db";
import { tags } from "../cache-tags";
import { can } from "../auth/roles";
import { AppError, forbidden, notFound, parseInput } from "../errors";
import { slugSchema } from "./article-input";
import { auditWho, writeAudit } from "./audit";
import { revalidateTags } from "./revalidate";
import type { MutationContext } from "./context";

const localeInput = z.strictObject({
  // English is the entity's own name; only the other editions have locale rows.
  language: z.enum(["ur"], { error: 'Expected "ur"' }),
  name: z.string({ error: "Expected text" }).trim().max(120, "At most 120 characters"),
  slug: z.union([z.literal(""), slugSchema]).optional(),
  description: z.string({ error: "Expected text" }).trim().max(500, "At most 500 characters").default(""),
});

type Kind = "category" | "topic";

export async function saveTaxonomyLocale(ctx: MutationContext, kind: Kind, id: number, input: unknown) {
  const data = parseInput(localeInput, input);
  if (!can(ctx.actor, kind === "category" ? "category.write" : "topic.write")) throw forbidden(`Your role (${ctx.actor.role}) may not do this.`);
  const entity =
    kind === "category"
      ? await db.category.findUnique({ where: { id }, select: { slug: true } })
      : await db.topic.findUnique({ where: { id }, select: { slug: true } });
  if (!entity) throw notFound(kind === "category" ? "Category" : "Topic");
  const key = kind === "category" ? { categoryId_language: { categoryId: id, language: data.language } } : { topicId_language: { topicId: id, language: data.language } };
  let result: { language: string; name: string; slug: string; description: string } | null = null;
  if (!data.name) {
    if (kind === "category") await db.categoryLocale.deleteMany({ where: { categoryId: id, language: data.language } });
    else await db.topicLocale.deleteMany({ where: { topicId: id, language: data.language } });
  } else {
    const slug = data.slug || entity.slug;
    const taken =
      kind === "category"
        ? await db.categoryLocale.findFirst({ where: { language: data.language, slug, NOT: { categoryId: id } }, select: { categoryId: true } })
        : await db.topicLocale.findFirst({ where: { language: data.language, slug, NOT: { topicId: id } }, select: { topicId: true } });
    if (taken) throw new AppError(422, "invalid_fields", `That slug is already used by another ${kind === "category" ? "section" : "topic"} in this edition.`, { slug: "Already used" });
    const row = { language: data.language, name: data.name, slug, description: data.description };
    const select = { language: true, name: true, slug: true, description: true } as const;
    result =
      kind === "category"
        ? await db.categoryLocale.upsert({ where: key as { categoryId_language: { categoryId: number; language: string } }, create: { ...row, categoryId: id }, update: row, select })
        : await db.topicLocale.upsert({ where: key as { topicId_language: { topicId: number; language: string } }, create: { ...row, topicId: id }, update: row, select });
  }
  revalidateTags([tags.taxonomy, tags.articles, kind === "category" ? tags.category(id) : tags.topic(id)]);
  await writeAudit(auditWho(ctx.actor, ctx.ip), `${kind}.locale.${result ? "saved" : "removed"}`, kind, id, { language: data.language, name: data.name });
  return result ?? { removed: true, language: data.language };
}
