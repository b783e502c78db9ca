// Which articles an actor may see in the newsroom. Used by every admin read so
// a contributor never learns that someone else's draft exists (it is a 404).
import type { Prisma } from "@/app/_generated/prisma/client";
import { atLeast, type Actor } from "../../auth/roles";

export function articleScope(actor: Actor): Prisma.ArticleWhereInput {
  if (atLeast(actor.role, "editor")) return {};
  const own: Prisma.ArticleWhereInput[] = [{ createdById: actor.userId }];
  if (actor.authorId !== null) own.push({ authors: { some: { authorId: actor.authorId } } });
  return { OR: own };
}
