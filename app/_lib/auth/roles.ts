// Who may do what in the newsroom. Pure functions, so the same policy is used
// by every mutation, every admin read and the role-matrix test.
import type { Role } from "../domain";
import { ROLES } from "../domain";

const RANK: Record<Role, number> = { contributor: 0, author: 1, editor: 2, admin: 3 };

export const isRole = (value: unknown): value is Role => typeof value === "string" && (ROLES as readonly string[]).includes(value);

/** True when `role` is at least `min` (admin > editor > author > contributor). */
export const atLeast = (role: Role, min: Role) => RANK[role] >= RANK[min];

/** The smaller of two roles: an API token never acts above the person who made it. */
export const lowerRole = (a: Role, b: Role): Role => (RANK[a] <= RANK[b] ? a : b);

/** Who is acting: a logged-in person (session) or an API token acting for the admin who created it. */
export type Actor = {
  kind: "session" | "token";
  userId: number;
  name: string;
  email: string;
  role: Role;
  /** The byline (Author) linked to this account, if any: articles bylined to it are "own". */
  authorId: number | null;
  /** Session id (hash) or token id, for audit and logout. */
  credentialId: string;
};

export type ArticleOwnership = { createdById: number | null; authorIds: number[] };

/** An article is "own" when the actor created it or is one of its bylined authors. */
export function ownsArticle(actor: Actor, article: ArticleOwnership): boolean {
  return article.createdById === actor.userId || (actor.authorId !== null && article.authorIds.includes(actor.authorId));
}

export type ArticleAction =
  | "view"
  | "create"
  | "update"
  | "submit"
  | "publish"
  | "schedule"
  | "unpublish"
  | "archive"
  | "delete"
  | "restore";

/**
 * The article policy. Contributors write their own drafts and submit them;
 * authors also publish their own; editors and admins do everything to every article.
 */
export function canOnArticle(
  actor: Actor,
  action: ArticleAction,
  article: (ArticleOwnership & { status: string; firstPublishedAt: Date | string | null }) | null,
): boolean {
  if (atLeast(actor.role, "editor")) return true;
  if (action === "create") return true;
  if (!article) return false;
  const own = ownsArticle(actor, article);
  if (!own) return false;
  switch (action) {
    case "view":
    case "submit":
      return true;
    case "update":
    case "restore":
      // Contributors lose the pen once an article is live or scheduled; the desk takes over.
      return actor.role === "author" || article.status === "draft" || article.status === "review";
    case "delete":
      // Never-published drafts only: deleting a live story is an editor's call.
      return article.firstPublishedAt === null && article.status !== "published" && article.status !== "scheduled";
    case "publish":
    case "schedule":
    case "unpublish":
    case "archive":
      return actor.role === "author";
  }
}

/** Sections, topics, bylines, media, users, tokens, settings. */
export type ResourceAction =
  | "taxonomy.view"
  | "category.write"
  | "topic.create"
  | "topic.write"
  | "author.write"
  | "media.view"
  | "media.upload"
  | "media.write"
  | "user.manage"
  | "token.manage"
  | "settings.manage"
  | "audit.view";

const MIN_ROLE: Record<ResourceAction, Role> = {
  "taxonomy.view": "contributor",
  "category.write": "editor",
  // Picking or creating a topic from the article editor is part of writing.
  "topic.create": "author",
  "topic.write": "editor",
  "author.write": "editor",
  "media.view": "contributor",
  // Contributors illustrate their own drafts.
  "media.upload": "contributor",
  "media.write": "editor",
  "user.manage": "admin",
  "token.manage": "admin",
  "settings.manage": "admin",
  "audit.view": "editor",
};

export const can = (actor: Actor, action: ResourceAction) => atLeast(actor.role, MIN_ROLE[action]);
