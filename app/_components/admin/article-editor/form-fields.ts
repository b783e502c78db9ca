// The editor's form state, derived from the one list of article fields
// (app/_lib/article-fields.ts): every column is edited as it is stored, except
// the section (empty until chosen), the hero image (a preview with its id) and
// the topics and bylines (names with their ids).
import { ARTICLE_COLUMNS, articleDefaults, type ArticleFieldValues, type ColumnField } from "@/app/_lib/article-fields";
import type { AdminArticle } from "@/app/_lib/queries/admin/articles";

export type Ref = { id: number; name: string };
type FormColumn = Exclude<ColumnField, "categoryId" | "heroMediaId">;
const FORM_COLUMNS = ARTICLE_COLUMNS.filter((k): k is FormColumn => k !== "categoryId" && k !== "heroMediaId");

export type Fields = Pick<ArticleFieldValues, FormColumn> & {
  categoryId: number | "";
  topics: Ref[];
  authors: Ref[];
  hero: { id: number; src: string } | null;
};

const blank = { title: "", slug: "", ...articleDefaults };

export function initialFields(a: AdminArticle | null, authors: Ref[], defaultAuthorId: number | null): Fields {
  const columns = Object.fromEntries(FORM_COLUMNS.map((k) => [k, a ? a[k] : blank[k]])) as Pick<
    ArticleFieldValues,
    FormColumn
  >;
  return {
    ...columns,
    categoryId: a?.categoryId ?? "",
    topics: a?.topics.map((t) => ({ id: t.id, name: t.name })) ?? [],
    authors: a ? a.authors.map((x) => ({ id: x.id, name: x.name })) : authors.filter((x) => x.id === defaultAuthorId),
    hero: a?.hero ? { id: a.hero.id, src: a.hero.src } : null,
  };
}

/** What a save sends: the form as the article's fields (an empty slug is made from the title by the server). */
export function savePayload(fields: Fields, bodyJson: unknown, version: number | null) {
  const { slug, ...columns } = Object.fromEntries(FORM_COLUMNS.map((k) => [k, fields[k]])) as Pick<
    ArticleFieldValues,
    FormColumn
  >;
  return {
    ...(version ? { version } : {}),
    ...columns,
    ...(slug ? { slug } : {}),
    bodyJson,
    ...(fields.categoryId !== "" ? { categoryId: fields.categoryId } : {}),
    topicIds: fields.topics.map((t) => t.id),
    authorIds: fields.authors.map((a) => a.id),
    heroMediaId: fields.hero?.id ?? null,
  };
}
