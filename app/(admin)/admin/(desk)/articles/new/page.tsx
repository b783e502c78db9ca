import type { Metadata } from "next";
import { requireStaff } from "@/app/_lib/auth/server";
import { ArticleEditor } from "@/app/_components/admin/article-editor/article-editor";
import { editorData } from "../editor-data";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const actor = await requireStaff();
  const data = await editorData(actor);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">New article</h1>
      <ArticleEditor article={null} {...data} defaultAuthorId={actor.authorId} />
    </div>
  );
}
