import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireStaff } from "@/app/_lib/auth/server";
import { getAdminArticle } from "@/app/_lib/queries/admin/articles";
import { ArticleEditor } from "@/app/_components/admin/article-editor/article-editor";
import { editorData } from "../editor-data";
import { getWireProvenance } from "@/app/_lib/queries/admin/wire-provenance";
import { WireProvenancePanel } from "@/app/_components/admin/wire-provenance";

export const metadata: Metadata = { title: "Edit article" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string; error?: string; wire?: string }> };

export default async function EditArticlePage({ params, searchParams }: Props) {
  const actor = await requireStaff();
  const { id } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(id)) notFound();
  const article = await getAdminArticle(actor, Number(id));
  // Someone else's draft is "not found" to a contributor, like a missing one.
  if (!article) notFound();
  const [data, wire, { notice, error, wire: resolved }] = await Promise.all([editorData(actor), getWireProvenance(article.id), searchParams]);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Edit article</h1>
      {wire && <WireProvenancePanel articleId={article.id} version={article.version} wire={wire} notice={notice} error={error} />}
      {/* After a wire update was applied (?wire=...) the editor starts again from the new text; its own saves keep its state. */}
      <ArticleEditor key={`${article.id}-${resolved ?? ""}`} article={article} {...data} defaultAuthorId={actor.authorId} />
    </div>
  );
}
