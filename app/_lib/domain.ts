// Enumerations of the data model. The database stores them as strings (the
// same schema runs on SQLite and Postgres); these lists are the truth.

export const ARTICLE_STATUSES = ["draft", "review", "scheduled", "published", "archived"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

// A scheduled article becomes public at publishedAt with no job running: every
// public read asks for these statuses with publishedAt <= now.
export const PUBLIC_STATUSES: ArticleStatus[] = ["published", "scheduled"];
/** Statuses readers never see, whatever the date. */
export const HIDDEN_STATUSES: ArticleStatus[] = ARTICLE_STATUSES.filter((s) => !PUBLIC_STATUSES.includes(s));

export const ROLES = ["contributor", "author", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ["en", "ur"] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_DIRECTION: Record<Language, "ltr" | "rtl"> = { en: "ltr", ur: "rtl" };
