// Newsroom reads of sections, topics and bylines (uncached; every staff member may read them).
import "server-only";
import { db } from "../../db";
import { can, type Actor } from "../../auth/roles";
import { AppError } from "@/app/_lib/errors";
import { mediaUrl } from "../shapes";
import { containsText } from "../text-filter";

function mayView(actor: Actor) {
  if (!can(actor, "taxonomy.view")) throw new AppError(403, "forbidden", "Not allowed.");
}

export async function listAdminCategories(actor: Actor) {
  mayView(actor);
  return db.category.findMany({
    orderBy: [{ menuOrder: "asc" }, { name: "asc" }],
    select: {
      id: true, slug: true, name: true, description: true, menuOrder: true, inMenu: true, _count: { select: { articles: true } },
      locales: { select: { language: true, name: true, slug: true, description: true } },
    },
  });
}

export async function getAdminCategory(actor: Actor, id: number) {
  mayView(actor);
  return db.category.findUnique({ where: { id }, select: { id: true, slug: true, name: true, description: true, menuOrder: true, inMenu: true } });
}

export async function listAdminTopics(actor: Actor, q?: string) {
  mayView(actor);
  return db.topic.findMany({
    where: q ? { OR: [{ name: containsText(q) }, { slug: containsText(q) }] } : {},
    orderBy: { name: "asc" },
    select: {
      id: true, slug: true, name: true, description: true, _count: { select: { articles: true } },
      locales: { select: { language: true, name: true, slug: true, description: true } },
    },
  });
}

export async function getAdminTopic(actor: Actor, id: number) {
  mayView(actor);
  return db.topic.findUnique({ where: { id }, select: { id: true, slug: true, name: true, description: true } });
}

const authorSelect = {
  id: true,
  slug: true,
  name: true,
  bio: true,
  avatarMediaId: true,
  xHandle: true,
  instagramHandle: true,
  facebookUrl: true,
  linkedinUrl: true,
  websiteUrl: true,
  avatar: { select: { file: true } },
  _count: { select: { articles: true } },
} as const;

export async function listAdminAuthors(actor: Actor) {
  mayView(actor);
  const rows = await db.author.findMany({ orderBy: { name: "asc" }, select: authorSelect });
  return rows.map(({ avatar, ...a }) => ({ ...a, avatarSrc: avatar ? mediaUrl(avatar.file) : null }));
}

export async function getAdminAuthor(actor: Actor, id: number) {
  mayView(actor);
  const row = await db.author.findUnique({ where: { id }, select: authorSelect });
  if (!row) return null;
  const { avatar, ...a } = row;
  return { ...a, avatarSrc: avatar ? mediaUrl(avatar.file) : null };
}
