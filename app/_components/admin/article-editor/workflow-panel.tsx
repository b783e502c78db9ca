"use client";
// The editor's workflow panel: save, and the actions the user's role allows for
// the article's status (submit, publish, schedule, unpublish, archive, delete).
import Link from "next/link";
import { useState } from "react";
import type { ArticleSave } from "./use-article-save";

export function WorkflowPanel({ editor }: { editor: ArticleSave }) {
  const { article, busy, save, run } = editor;
  const [scheduleAt, setScheduleAt] = useState("");
  const allowed = article?.allowed;
  const status = article?.status ?? "draft";
  return (
    <section className="admin-card space-y-2" aria-label="Workflow">
      <button type="button" className="admin-button-primary w-full" disabled={busy !== null} onClick={() => save()}>
        {article ? "Save" : "Save draft"}
      </button>
      {article && (
        <>
          {allowed?.submit && status === "draft" && (
            <button
              type="button"
              className="admin-button w-full"
              disabled={busy !== null}
              onClick={() => run("submit")}
            >
              Submit for review
            </button>
          )}
          {allowed?.publish && status !== "published" && (
            <button
              type="button"
              className="admin-button w-full"
              disabled={busy !== null}
              onClick={() => run("publish")}
            >
              Publish now
            </button>
          )}
          {allowed?.publish && status === "published" && (
            <p className="text-xs text-zinc-500">Saving updates the live story.</p>
          )}
          {allowed?.schedule && (
            <div className="flex gap-2">
              <label className="min-w-0 flex-1">
                <span className="sr-only">Publish at</span>
                <input
                  type="datetime-local"
                  value={scheduleAt}
                  onChange={(e) => setScheduleAt(e.target.value)}
                  className="admin-input py-1.5 text-sm"
                />
              </label>
              <button
                type="button"
                className="admin-button"
                disabled={busy !== null || !scheduleAt}
                onClick={() => run("schedule", { publishAt: new Date(scheduleAt).toISOString() })}
              >
                Schedule
              </button>
            </div>
          )}
          {allowed?.unpublish && (status === "published" || status === "scheduled") && (
            <button
              type="button"
              className="admin-button w-full"
              disabled={busy !== null}
              onClick={() => run("unpublish")}
            >
              Unpublish
            </button>
          )}
          {allowed?.archive && status !== "archived" && (
            <button
              type="button"
              className="admin-button w-full"
              disabled={busy !== null}
              onClick={() => run("archive")}
            >
              Archive
            </button>
          )}
          <div className="flex flex-wrap gap-3 pt-1 text-sm">
            <a href={`/api/admin/preview/${article.id}`} target="_blank" rel="noopener" className="underline">
              Preview
            </a>
            <Link href={`/admin/articles/${article.id}/revisions`} className="underline">
              Revisions
            </Link>
            {status === "published" && (
              <a href={`/news/${article.slug}`} target="_blank" rel="noopener" className="underline">
                View live
              </a>
            )}
          </div>
          {article.publishedAt && status === "scheduled" && (
            <p className="text-xs text-zinc-500">Goes live {new Date(article.publishedAt).toLocaleString()}.</p>
          )}
          {allowed?.delete && (
            <button
              type="button"
              className="admin-button-danger w-full"
              disabled={busy !== null}
              onClick={() => run("delete")}
            >
              Delete
            </button>
          )}
        </>
      )}
    </section>
  );
}
