// Translation groups: an article and its translations (at most one article per
// language per group; TranslationLink.groupId = id of the group's first article,
// TranslationLink.language copied from the article). Linking and unlinking go
// validate -> authorize (404 before 403, both articles) -> one transaction ->
// revalidate both articles' tags -> audit, like every article write.
import { z } from "zod";
import { db } from "../db";
import { tags } from "../cache-tags";
import { canOnArticle } from "../auth/roles";
import type { Language } from "../domain";
import { AppError, forbidden, notFound, parseInput } from "../errors";
import { auditWho, writeAudit } from "./audit";
import type { MutationContext } from "./context";
import { revalidateTags } from "./revalidate";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export const linkTranslationInput = z.strictObject({
  of: z.number({ error: "The id of the article this one translates (a number)" }).int().positive().max(2_147_483_647),
});

const LANGUAGE_NAME: Record<string, string> = { en: "English", ur: "Urdu" };
const name = (language: string) => LANGUAGE_NAME[language] ?? language;

const articleSelect = {
  id: true,
  slug: true,
  language: true,
  createdById: true,
  status: true,
  firstPublishedAt: true,
  authors: { select: { authorId: true } },
} as const;

async function loadArticle(tx: Tx, id: number) {
  return tx.article.findUnique({ where: { id }, select: articleSelect });
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadArticle>>>;
const ownership = (a: Loaded) => ({
  createdById: a.createdById,
  status: a.status,
  firstPublishedAt: a.firstPublishedAt,
  authorIds: a.authors.map((x) => x.authorId),
});

/** The articles of a group, oldest first (the group's id is the first one's). */
async function groupMembers(tx: Tx, groupId: number) {
  return tx.translationLink.findMany({
    where: { groupId },
    orderBy: { articleId: "asc" },
    select: { articleId: true, language: true },
  });
}

export type TranslationGroup = { groupId: number | null; articles: { id: number; language: string }[] };

/** Links article `id` as a translation of `input.of` (joining that article's group, or starting one). */
export async function linkTranslation(ctx: MutationContext, id: number, input: unknown): Promise<TranslationGroup> {
  const { of } = parseInput(linkTranslationInput, input);
  const result = await db.$transaction(async (tx) => {
    const article = await loadArticle(tx, id);
    if (!article || !canOnArticle(ctx.actor, "view", ownership(article))) throw notFound("Article");
    if (!canOnArticle(ctx.actor, "update", ownership(article)))
      throw forbidden(`Your role (${ctx.actor.role}) may not change this article.`);
    const original = of === id ? article : await loadArticle(tx, of);
    if (!original || !canOnArticle(ctx.actor, "view", ownership(original))) {
      throw new AppError(422, "invalid_fields", "Some fields are not valid.", { of: `No article with id ${of}` });
    }
    if (original.id === article.id)
      throw new AppError(422, "invalid_fields", "Some fields are not valid.", {
        of: "An article cannot be a translation of itself",
      });
    if (original.language === article.language) {
      throw new AppError(422, "invalid_fields", "Some fields are not valid.", {
        of: `Both articles are in ${name(article.language)}: a translation must be in another language`,
      });
    }
    const [own, theirs] = await Promise.all([
      tx.translationLink.findUnique({ where: { articleId: article.id } }),
      tx.translationLink.findUnique({ where: { articleId: original.id } }),
    ]);
    const groupId = theirs?.groupId ?? original.id;
    if (own && own.groupId === groupId) return { groupId, articles: [article, original] }; // already so
    if (own) {
      throw new AppError(
        409,
        "already_linked",
        "This article is already linked to other translations. Unlink it first.",
        {
          of: "This article already belongs to another translation group",
        },
      );
    }
    const taken = (await groupMembers(tx, groupId)).find((m) => m.language === article.language);
    if (taken) {
      throw new AppError(
        409,
        "language_taken",
        `That article already has a ${name(article.language)} translation (article ${taken.articleId}).`,
        {
          of: `Already has a ${name(article.language)} translation`,
        },
      );
    }
    if (!theirs)
      await tx.translationLink.create({ data: { articleId: original.id, groupId, language: original.language } });
    await tx.translationLink.create({ data: { articleId: article.id, groupId, language: article.language } });
    return { groupId, articles: [article, original] };
  });
  await afterTranslationWrite(ctx, "article.translation_linked", id, result.articles, { of, groupId: result.groupId });
  return translationGroup(id);
}

/** Takes article `id` out of its group; a group left with one article is dissolved. */
export async function unlinkTranslation(ctx: MutationContext, id: number): Promise<TranslationGroup> {
  const result = await db.$transaction(async (tx) => {
    const article = await loadArticle(tx, id);
    if (!article || !canOnArticle(ctx.actor, "view", ownership(article))) throw notFound("Article");
    if (!canOnArticle(ctx.actor, "update", ownership(article)))
      throw forbidden(`Your role (${ctx.actor.role}) may not change this article.`);
    const own = await tx.translationLink.findUnique({ where: { articleId: id } });
    if (!own) return { groupId: null, others: [] as number[] };
    await tx.translationLink.delete({ where: { articleId: id } });
    const rest = await groupMembers(tx, own.groupId);
    if (rest.length <= 1) {
      await tx.translationLink.deleteMany({ where: { groupId: own.groupId } });
    } else if (own.groupId === id) {
      // The group's id is its first article's: the next oldest takes over.
      await tx.translationLink.updateMany({ where: { groupId: id }, data: { groupId: rest[0].articleId } });
    }
    return { groupId: own.groupId, others: rest.map((r) => r.articleId) };
  });
  const others = await db.article.findMany({ where: { id: { in: result.others } }, select: { id: true, slug: true } });
  const self = await db.article.findUnique({ where: { id }, select: { id: true, slug: true } });
  await afterTranslationWrite(ctx, "article.translation_unlinked", id, [...(self ? [self] : []), ...others], {
    groupId: result.groupId,
  });
  return translationGroup(id);
}

/**
 * Keeps an article's TranslationLink.language in step when the article changes
 * language (called inside the article's update transaction); refuses a change
 * that would give its group two articles in one language.
 */
export async function syncTranslationLanguage(tx: Tx, id: number, language: Language) {
  const own = await tx.translationLink.findUnique({ where: { articleId: id } });
  if (!own || own.language === language) return;
  const clash = await tx.translationLink.findFirst({
    where: { groupId: own.groupId, language, NOT: { articleId: id } },
    select: { articleId: true },
  });
  if (clash) {
    throw new AppError(
      409,
      "language_taken",
      `This article's translation group already has a ${name(language)} article (article ${clash.articleId}). Unlink it first.`,
      {
        language: `The translation group already has a ${name(language)} article`,
      },
    );
  }
  await tx.translationLink.update({ where: { articleId: id }, data: { language } });
}

/** The group article `id` belongs to (itself included), or none. */
export async function translationGroup(id: number): Promise<TranslationGroup> {
  const own = await db.translationLink.findUnique({ where: { articleId: id } });
  if (!own) return { groupId: null, articles: [] };
  const members = await groupMembers(db, own.groupId);
  return { groupId: own.groupId, articles: members.map((m) => ({ id: m.articleId, language: m.language })) };
}

async function afterTranslationWrite(
  ctx: MutationContext,
  action: string,
  id: number,
  articles: { id: number; slug: string }[],
  details: Record<string, unknown>,
) {
  // Article pages show the language switch and hreflang links of their group; sitemaps list the pairs.
  revalidateTags([tags.articles, ...articles.flatMap((a) => [tags.article(a.id), tags.articleSlug(a.slug)])]);
  await writeAudit(auditWho(ctx.actor, ctx.ip), action, "article", id, details);
}
