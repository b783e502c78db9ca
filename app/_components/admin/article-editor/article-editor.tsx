"use client";
// The article editor: fields, rich-text body, workflow buttons by role,
// autosave of drafts (use-article-save.ts), and a conflict panel when someone
// else saved first (409). The side panels are in their own files.
import Link from "next/link";
import type { AdminArticle } from "@/app/_lib/queries/admin/articles";
import { BodyEditor } from "../body-editor";
import { StatusBadge } from "../status-badge";
import type { Ref } from "./form-fields";
import { HeroPanel } from "./hero-panel";
import { AuthorsPanel, PlacementPanel, TopicsPanel } from "./placement-panels";
import { TranslationPanel } from "./translation-panel";
import { useArticleSave } from "./use-article-save";
import { WorkflowPanel } from "./workflow-panel";

type Props = {
  article: AdminArticle | null;
  categories: Ref[];
  topics: Ref[];
  authors: Ref[];
  defaultAuthorId: number | null;
};

export function ArticleEditor({ article: initial, categories, topics, authors, defaultAuthorId }: Props) {
  const editor = useArticleSave(initial, authors, defaultAuthorId);
  const { article, fields, set, markDirty, version, dirty, busy, notice, errors, conflict, editorRef, save } = editor;
  const status = article?.status ?? "draft";
  const err = (k: string) => errors[k] && <span className="text-sm text-red-700 dark:text-red-300">{errors[k]}</span>;
  // Urdu copy is written right to left: the text fields and the body follow the article's language.
  const textDir = { dir: fields.language === "ur" ? "rtl" : "ltr", lang: fields.language } as const;

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={status} />
          {article && <span className="text-sm text-zinc-500">Version {version}</span>}
          {dirty && <span className="text-sm text-amber-700 dark:text-amber-300">Unsaved changes</span>}
          {busy === "autosave" && <span className="text-sm text-zinc-500">Autosaving…</span>}
        </div>
        {notice && (
          <p
            role={notice.kind === "error" ? "alert" : "status"}
            className={`rounded border p-3 text-sm ${notice.kind === "error" ? "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100" : "border-green-300 bg-green-50 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"}`}
          >
            {notice.text}
          </p>
        )}
        {conflict && (
          <div
            className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
            data-testid="conflict"
          >
            <p className="font-semibold">Version conflict: someone else saved version {conflict.currentVersion}.</p>
            <p className="mt-1">
              Your text is still here and nothing of theirs was overwritten. Compare in the revisions, or keep yours:
            </p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button
                type="button"
                className="admin-button"
                onClick={() => save({ overrideVersion: conflict.currentVersion })}
              >
                Save mine over version {conflict.currentVersion}
              </button>
              {article && (
                <Link href={`/admin/articles/${article.id}/revisions`} target="_blank" className="admin-button">
                  Open revisions
                </Link>
              )}
            </div>
          </div>
        )}
        <label className="block">
          <span className="admin-label">Title</span>
          <input
            value={fields.title}
            onChange={(e) => set("title", e.target.value)}
            {...textDir}
            className="admin-input mt-1 font-serif text-xl font-bold"
            required
            maxLength={300}
          />
          {err("title")}
        </label>
        <label className="block">
          <span className="admin-label">Standfirst</span>
          <textarea
            value={fields.standfirst}
            onChange={(e) => set("standfirst", e.target.value)}
            {...textDir}
            rows={2}
            className="admin-input mt-1"
            maxLength={1000}
          />
          {err("standfirst")}
        </label>
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="block">
            <span className="admin-label">Dateline place</span>
            <input
              value={fields.datelinePlace}
              onChange={(e) => set("datelinePlace", e.target.value)}
              className="admin-input mt-1"
              placeholder={fields.language === "ur" ? "اسلام آباد" : "Islamabad"}
              {...textDir}
            />
          </label>
          <label className="block">
            <span className="admin-label">Agency</span>
            <input
              value={fields.sourceAgency}
              onChange={(e) => set("sourceAgency", e.target.value)}
              className="admin-input mt-1"
              placeholder={fields.language === "ur" ? "اے پی پی" : "APP"}
              {...textDir}
            />
          </label>
        </div>
        <div>
          <span className="admin-label mb-1">Body</span>
          <BodyEditor
            initial={initial?.bodyJson ?? { type: "doc", content: [] }}
            language={fields.language}
            onReady={(ed) => (editorRef.current = ed)}
            onChange={(ed) => {
              editorRef.current = ed;
              markDirty();
            }}
          />
          {err("bodyJson")}
        </div>
        <details className="admin-card">
          <summary className="cursor-pointer font-semibold">SEO and corrections</summary>
          <div className="mt-3 space-y-3">
            <label className="block">
              <span className="admin-label">SEO title</span>
              <input
                value={fields.seoTitle}
                onChange={(e) => set("seoTitle", e.target.value)}
                className="admin-input mt-1"
                maxLength={200}
              />
            </label>
            <label className="block">
              <span className="admin-label">SEO description</span>
              <textarea
                value={fields.seoDescription}
                onChange={(e) => set("seoDescription", e.target.value)}
                rows={2}
                className="admin-input mt-1"
                maxLength={400}
              />
            </label>
            <label className="block">
              <span className="admin-label">Correction note (shown to readers)</span>
              <textarea
                value={fields.correctionNote}
                onChange={(e) => set("correctionNote", e.target.value)}
                rows={2}
                className="admin-input mt-1"
                maxLength={1000}
              />
            </label>
          </div>
        </details>
      </div>

      <aside className="min-w-0 space-y-4">
        <WorkflowPanel editor={editor} />
        <PlacementPanel editor={editor} categories={categories} />
        <TranslationPanel articleId={article?.id ?? null} language={fields.language} />
        <TopicsPanel editor={editor} topics={topics} />
        <AuthorsPanel editor={editor} authors={authors} />
        <HeroPanel editor={editor} />
      </aside>
    </div>
  );
}
