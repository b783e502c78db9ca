import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireStaff } from "@/app/_lib/auth/server";
import { getAdminArticle } from "@/app/_lib/queries/admin/articles";
import { ArticleEditor } from "@/app/_components/admin/article-editor/article-editor";
import { editorData } from "../editor-data";

export const metadata: Metadata = { title: "Edit article" };

type Props = { params: Promise<{ id: string }> };

export default async function EditArticlePage({ params }: Props) {
  const actor = await requireStaff();
  const { id } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(id)) notFound();
  const article = await getAdminArticle(actor, Number(id));
  // Someone else's draft is "not found" to a contributor, like a missing one.
  if (!article) notFound();
  const data = await editorData(actor);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Edit article</h1>
      <ArticleEditor key={article.id} article={article} {...data} defaultAuthorId={actor.authorId} />
    </div>
  );
}
