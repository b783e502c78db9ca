// The lists the article editor needs (sections, topics, bylines), as plain refs.
import "server-only";
import type { Actor } from "@/app/_lib/auth/roles";
import { listAdminAuthors, listAdminCategories, listAdminTopics } from "@/app/_lib/queries/admin/taxonomy";

export async function editorData(actor: Actor) {
  const [categories, topics, authors] = await Promise.all([listAdminCategories(actor), listAdminTopics(actor), listAdminAuthors(actor)]);
  return {
    categories: categories.map((c) => ({ id: c.id, name: c.name })),
    topics: topics.map((t) => ({ id: t.id, name: t.name })),
    authors: authors.map((a) => ({ id: a.id, name: a.name })),
  };
}
