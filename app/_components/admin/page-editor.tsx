"use client";
// The editor of a publisher page (about, contact, policies): title, address,
// summary, purpose, footer order and the body in the article's rich-text
// editor (body-editor.tsx). Saves are explicit (policies change rarely and
// deliberately); a 409 says someone else saved first and keeps the text here.
import type { Editor } from "@tiptap/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { PagePurpose } from "@/app/_lib/pages/page-paths";
import type { AdminPage } from "@/app/_lib/queries/admin/pages";
import {
  pageWorkflowAction,
  savePageAction,
  type PageActionError,
  type PageWorkflow,
} from "@/app/(admin)/admin/(desk)/pages/actions";
import { BodyEditor } from "./body-editor";
import { StatusBadge } from "./status-badge";
import { PagePlacement } from "./page-placement";

export type PageFields = {
  title: string;
  slug: string;
  summary: string;
  language: string;
  purpose: PagePurpose | "";
  position: string;
};

const initialFields = (page: AdminPage | null): PageFields => ({
  title: page?.title ?? "",
  slug: page?.slug ?? "",
  summary: page?.summary ?? "",
  language: page?.language ?? "en",
  purpose: page?.purpose ?? "",
  position: String(page?.position ?? 0),
});

export function PageEditor({ page: initial }: { page: AdminPage | null }) {
  const router = useRouter();
  const [page, setPage] = useState(initial);
  const [fields, setFields] = useState(() => initialFields(initial));
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const editorRef = useRef<Editor | null>(null);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const set = <K extends keyof PageFields>(key: K, value: PageFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setDirty(true);
  };

  const showError = (error: PageActionError) => {
    setErrors(error.fields);
    setNotice({
      kind: "error",
      text:
        error.status === 409 ? `${error.message} Reload to see their version; copy your text first.` : error.message,
    });
  };

  async function save(): Promise<AdminPage | null> {
    setBusy("save");
    // ProseMirror attrs are null-prototype objects: a JSON round trip makes them plain data for the server action.
    const bodyJson = JSON.parse(
      JSON.stringify(editorRef.current?.getJSON() ?? page?.bodyJson ?? { type: "doc", content: [] }),
    );
    const input: Record<string, unknown> = {
      title: fields.title,
      slug: fields.slug,
      summary: fields.summary,
      language: fields.language,
      purpose: fields.purpose || null,
      position: /^\d+$/.test(fields.position) ? Number(fields.position) : fields.position,
      bodyJson,
      ...(page ? { version: page.version } : {}),
    };
    const result = await savePageAction(page?.id ?? null, input);
    setBusy(null);
    if (!result.ok) {
      showError(result.error);
      return null;
    }
    setPage(result.page);
    setErrors({});
    setDirty(false);
    setNotice({ kind: "ok", text: `Saved (version ${result.page.version}).` });
    if (!page) router.replace(`/admin/pages/${result.page.id}`);
    return result.page;
  }

  async function run(action: PageWorkflow) {
    if (!page) return;
    if (action === "delete" && !window.confirm(`Delete the page “${page.title}” for good? Its revisions go too.`))
      return;
    let current = page;
    if (dirty && action !== "delete") {
      const saved = await save();
      if (!saved) return;
      current = saved;
    }
    setBusy(action);
    const result = await pageWorkflowAction(current.id, action, current.version);
    setBusy(null);
    if (!result.ok) return showError(result.error);
    if ("deleted" in result) {
      router.push("/admin/pages");
      return;
    }
    setPage(result.page);
    setNotice({
      kind: "ok",
      text: action === "publish" ? "Published: readers see it now." : "Unpublished: readers no longer see it.",
    });
  }

  const err = (k: string) =>
    errors[k] && <span className="block text-sm text-red-700 dark:text-red-300">{errors[k]}</span>;
  const status = page?.status ?? "draft";
  const path = `/${page?.slug ?? fields.slug}`;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={status} />
          {page && <span className="text-sm text-zinc-500">Version {page.version}</span>}
          {dirty && <span className="text-sm text-amber-700 dark:text-amber-300">Unsaved changes</span>}
        </div>
        {notice && (
          <p
            role={notice.kind === "error" ? "alert" : "status"}
            className={`rounded border p-3 text-sm ${notice.kind === "error" ? "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100" : "border-green-300 bg-green-50 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"}`}
          >
            {notice.text}
          </p>
        )}
        <label className="block">
          <span className="admin-label">Title</span>
          <input
            value={fields.title}
            onChange={(e) => set("title", e.target.value)}
            className="admin-input mt-1 font-serif text-xl font-bold"
            required
            maxLength={200}
          />
          {err("title")}
        </label>
        <label className="block">
          <span className="admin-label">Address</span>
          <span className="mt-1 flex items-center gap-1">
            <span className="font-mono text-sm text-zinc-500">/</span>
            <input
              value={fields.slug}
              onChange={(e) => set("slug", e.target.value)}
              className="admin-input font-mono text-sm"
              placeholder="about or policies/corrections"
              required
              maxLength={120}
              aria-describedby="page-address-help"
            />
          </span>
          <span id="page-address-help" className="mt-1 block text-xs text-zinc-500">
            One word (/about, /contact) or policies/&lt;name&gt; (/policies/corrections). Changing it moves the page.
          </span>
          {err("slug")}
        </label>
        <label className="block">
          <span className="admin-label">Summary (search results and link previews)</span>
          <textarea
            value={fields.summary}
            onChange={(e) => set("summary", e.target.value)}
            rows={2}
            className="admin-input mt-1"
            maxLength={400}
          />
          {err("summary")}
        </label>
        <div>
          <span className="admin-label mb-1">Body</span>
          <BodyEditor
            initial={initial?.bodyJson ?? { type: "doc", content: [] }}
            onReady={(ed) => (editorRef.current = ed)}
            onChange={(ed) => {
              editorRef.current = ed;
              setDirty(true);
            }}
          />
          {err("bodyJson")}
        </div>
      </div>

      <aside className="space-y-4">
        <section className="admin-card space-y-2" aria-label="Publishing">
          <button
            type="button"
            className="admin-button-primary w-full"
            disabled={busy !== null}
            onClick={() => void save()}
          >
            {busy === "save" ? "Saving…" : page ? "Save" : "Create draft"}
          </button>
          {page && status === "draft" && (
            <button
              type="button"
              className="admin-button w-full"
              disabled={busy !== null}
              onClick={() => void run("publish")}
            >
              Publish
            </button>
          )}
          {page && status === "published" && (
            <>
              <button
                type="button"
                className="admin-button w-full"
                disabled={busy !== null}
                onClick={() => void run("unpublish")}
              >
                Unpublish
              </button>
              {/* A reader page: a full load, as readers reach it. */}
              <a href={path} className="block text-center text-sm underline" target="_blank" rel="noreferrer">
                View {path}
              </a>
            </>
          )}
          {page && (
            <>
              <Link href={`/admin/pages/${page.id}/revisions`} className="block text-center text-sm underline">
                Revisions
              </Link>
              <button
                type="button"
                className="admin-button-danger w-full"
                disabled={busy !== null}
                onClick={() => void run("delete")}
              >
                Delete page
              </button>
            </>
          )}
        </section>
        <PagePlacement fields={fields} set={set} errors={errors} />
      </aside>
    </div>
  );
}
