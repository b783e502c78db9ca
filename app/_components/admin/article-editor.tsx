"use client";
// The article editor: fields, rich-text body, workflow buttons by role,
// autosave of drafts, and a conflict panel when someone else saved first (409).
import type { Editor } from "@tiptap/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { AdminArticle } from "@/app/_lib/queries/admin/articles";
import {
  createTopicAction,
  saveArticleAction,
  workflowAction,
  type ActionError,
  type WorkflowAction,
} from "@/app/(admin)/admin/(desk)/articles/actions";
import { BodyEditor } from "./body-editor";
import { MediaPicker, type PickedMedia } from "./media-picker";
import { StatusBadge } from "./status-badge";

type Ref = { id: number; name: string };
type Props = {
  article: AdminArticle | null;
  categories: Ref[];
  topics: Ref[];
  authors: Ref[];
  defaultAuthorId: number | null;
};

type Fields = {
  title: string;
  slug: string;
  standfirst: string;
  datelinePlace: string;
  sourceAgency: string;
  language: "en" | "ur";
  categoryId: number | "";
  topics: Ref[];
  authors: Ref[];
  hero: { id: number; src: string } | null;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  seoTitle: string;
  seoDescription: string;
  isBreaking: boolean;
  correctionNote: string;
};

const AUTOSAVE_MS = 8000;

function initialFields(a: AdminArticle | null, authors: Ref[], defaultAuthorId: number | null): Fields {
  return {
    title: a?.title ?? "",
    slug: a?.slug ?? "",
    standfirst: a?.standfirst ?? "",
    datelinePlace: a?.datelinePlace ?? "",
    sourceAgency: a?.sourceAgency ?? "",
    language: (a?.language as "en" | "ur") ?? "en",
    categoryId: a?.categoryId ?? "",
    topics: a?.topics.map((t) => ({ id: t.id, name: t.name })) ?? [],
    authors: a ? a.authors.map((x) => ({ id: x.id, name: x.name })) : authors.filter((x) => x.id === defaultAuthorId),
    hero: a?.hero ? { id: a.hero.id, src: a.hero.src } : null,
    heroAlt: a?.heroAlt ?? "",
    heroCaption: a?.heroCaption ?? "",
    heroCredit: a?.heroCredit ?? "",
    seoTitle: a?.seoTitle ?? "",
    seoDescription: a?.seoDescription ?? "",
    isBreaking: a?.isBreaking ?? false,
    correctionNote: a?.correctionNote ?? "",
  };
}

const timeFmt = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });

export function ArticleEditor({ article: initial, categories, topics: allTopics, authors: allAuthors, defaultAuthorId }: Props) {
  const router = useRouter();
  const [article, setArticle] = useState(initial);
  const [fields, setFields] = useState<Fields>(() => initialFields(initial, allAuthors, defaultAuthorId));
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<{ currentVersion: number } | null>(null);
  const [pickingHero, setPickingHero] = useState(false);
  const [topicText, setTopicText] = useState("");
  const [knownTopics, setKnownTopics] = useState(allTopics);
  const [authorPick, setAuthorPick] = useState("");
  const [scheduleAt, setScheduleAt] = useState("");
  const editorRef = useRef<Editor | null>(null);
  const articleRef = useRef(initial);
  const versionRef = useRef(initial?.version ?? 0);
  const inFlight = useRef<Promise<number | null> | null>(null);
  // Every change bumps changeSeq; a save remembers the number it sent.
  const changeSeq = useRef(0);
  const savedSeq = useRef(0);

  const markDirty = () => {
    changeSeq.current += 1;
    setDirty(true);
  };

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    markDirty();
  };

  const payload = useCallback(
    (v: number | null) => ({
      ...(v ? { version: v } : {}),
      title: fields.title,
      ...(fields.slug ? { slug: fields.slug } : {}),
      standfirst: fields.standfirst,
      // ProseMirror builds attrs with Object.create(null), which server actions cannot
      // serialize; a JSON round trip makes the document plain data.
      bodyJson: JSON.parse(JSON.stringify(editorRef.current?.getJSON() ?? initial?.bodyJson ?? { type: "doc", content: [] })),
      datelinePlace: fields.datelinePlace,
      sourceAgency: fields.sourceAgency,
      language: fields.language,
      ...(fields.categoryId !== "" ? { categoryId: fields.categoryId } : {}),
      topicIds: fields.topics.map((t) => t.id),
      authorIds: fields.authors.map((a) => a.id),
      heroMediaId: fields.hero?.id ?? null,
      heroAlt: fields.heroAlt,
      heroCaption: fields.heroCaption,
      heroCredit: fields.heroCredit,
      seoTitle: fields.seoTitle,
      seoDescription: fields.seoDescription,
      isBreaking: fields.isBreaking,
      correctionNote: fields.correctionNote,
    }),
    [fields, initial],
  );

  function showError(error: ActionError) {
    if (error.status === 409 && error.currentVersion) {
      setConflict({ currentVersion: error.currentVersion });
      setNotice({ kind: "error", text: error.message });
      return;
    }
    setErrors(error.fields);
    setNotice({ kind: "error", text: error.message });
  }

  /**
   * Saves; returns the new version, or null when the save failed. One save at a
   * time: a save asked for while another runs waits for it, then sends the
   * version that one produced. Words typed during a save keep the editor dirty.
   */
  const save = useCallback(
    async (opts: { silent?: boolean; overrideVersion?: number } = {}): Promise<number | null> => {
      while (inFlight.current) await inFlight.current;
      // An autosave whose words were already saved (by the save it waited for,
      // e.g. the one before "Publish now") has nothing to do: saving again would
      // only bump the version under the action that follows.
      if (opts.silent && changeSeq.current === savedSeq.current) return versionRef.current;
      const attempt = (async () => {
        const seq = changeSeq.current;
        const current = articleRef.current;
        setBusy(opts.silent ? "autosave" : "save");
        const v = opts.overrideVersion ?? (current ? versionRef.current : null);
        const result = await saveArticleAction(current ? current.id : null, payload(v));
        setBusy(null);
        if (!result.ok) {
          showError(result.error);
          return null;
        }
        articleRef.current = result.article;
        versionRef.current = result.article.version;
        savedSeq.current = seq;
        setErrors({});
        setConflict(null);
        setDirty(changeSeq.current !== seq);
        setArticle(result.article);
        setVersion(result.article.version);
        setFields((f) => ({ ...f, slug: result.article.slug }));
        setNotice({ kind: "ok", text: `${opts.silent ? "Autosaved" : "Saved"} at ${timeFmt.format(new Date())} (version ${result.article.version}).` });
        if (!current) router.replace(`/admin/articles/${result.article.id}`);
        return result.article.version;
      })();
      inFlight.current = attempt;
      try {
        return await attempt;
      } finally {
        inFlight.current = null;
      }
    },
    [payload, router],
  );

  // Autosave: drafts and stories in review save themselves a few seconds after the last change.
  useEffect(() => {
    if (!dirty || !article || conflict || !["draft", "review"].includes(article.status)) return;
    const timer = setTimeout(() => void save({ silent: true }), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [dirty, article, conflict, save, fields]);

  // Leaving with unsaved words asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  async function run(action: WorkflowAction, extra: Record<string, unknown> = {}) {
    if (!article) return;
    if (action === "delete" && !window.confirm("Delete this article for good? Its revisions go too.")) return;
    while (inFlight.current) await inFlight.current;
    if (changeSeq.current !== savedSeq.current && action !== "delete") {
      if ((await save()) === null) return;
    }
    setBusy(action);
    // Saves (autosave included) wait for the action, as they wait for each other.
    const pending = workflowAction(article.id, action, { version: versionRef.current, ...extra });
    inFlight.current = pending.then((r) => (r.ok && "article" in r ? r.article.version : null));
    let result: Awaited<typeof pending>;
    try {
      result = await pending;
    } finally {
      inFlight.current = null;
    }
    setBusy(null);
    if (!result.ok) return showError(result.error);
    if ("deleted" in result) {
      router.push("/admin/articles");
      return;
    }
    articleRef.current = result.article;
    versionRef.current = result.article.version;
    setArticle(result.article);
    setVersion(result.article.version);
    setConflict(null);
    const done: Record<WorkflowAction, string> = {
      submit: "Submitted for review.",
      publish: "Published.",
      unpublish: "Unpublished: readers no longer see it.",
      archive: "Archived.",
      schedule: "Scheduled.",
      delete: "",
    };
    setNotice({ kind: "ok", text: done[action] });
  }

  async function addTopic() {
    const name = topicText.trim();
    if (!name) return;
    const existing = knownTopics.find((t) => t.name.toLowerCase() === name.toLowerCase());
    let topic = existing;
    if (!topic) {
      const result = await createTopicAction(name);
      if (!result.ok) return showError(result.error);
      topic = { id: result.topic.id, name: result.topic.name };
      setKnownTopics((list) => [...list, topic!]);
    }
    if (!fields.topics.some((t) => t.id === topic!.id)) set("topics", [...fields.topics, topic]);
    setTopicText("");
  }

  function moveAuthor(index: number, delta: number) {
    const list = [...fields.authors];
    const [item] = list.splice(index, 1);
    list.splice(index + delta, 0, item);
    set("authors", list);
  }

  const allowed = article?.allowed;
  const err = (k: string) => errors[k] && <span className="text-sm text-red-700 dark:text-red-300">{errors[k]}</span>;
  const status = article?.status ?? "draft";

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
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
          <div className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-testid="conflict">
            <p className="font-semibold">Version conflict: someone else saved version {conflict.currentVersion}.</p>
            <p className="mt-1">Your text is still here and nothing of theirs was overwritten. Compare in the revisions, or keep yours:</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button type="button" className="admin-button" onClick={() => save({ overrideVersion: conflict.currentVersion })}>
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
          <input value={fields.title} onChange={(e) => set("title", e.target.value)} className="admin-input mt-1 font-serif text-xl font-bold" required maxLength={300} />
          {err("title")}
        </label>
        <label className="block">
          <span className="admin-label">Standfirst</span>
          <textarea value={fields.standfirst} onChange={(e) => set("standfirst", e.target.value)} rows={2} className="admin-input mt-1" maxLength={1000} />
          {err("standfirst")}
        </label>
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="block">
            <span className="admin-label">Dateline place</span>
            <input value={fields.datelinePlace} onChange={(e) => set("datelinePlace", e.target.value)} className="admin-input mt-1" placeholder="Islamabad" />
          </label>
          <label className="block">
            <span className="admin-label">Agency</span>
            <input value={fields.sourceAgency} onChange={(e) => set("sourceAgency", e.target.value)} className="admin-input mt-1" placeholder="APP" />
          </label>
        </div>
        <div>
          <span className="admin-label mb-1">Body</span>
          <BodyEditor
            initial={initial?.bodyJson ?? { type: "doc", content: [] }}
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
              <input value={fields.seoTitle} onChange={(e) => set("seoTitle", e.target.value)} className="admin-input mt-1" maxLength={200} />
            </label>
            <label className="block">
              <span className="admin-label">SEO description</span>
              <textarea value={fields.seoDescription} onChange={(e) => set("seoDescription", e.target.value)} rows={2} className="admin-input mt-1" maxLength={400} />
            </label>
            <label className="block">
              <span className="admin-label">Correction note (shown to readers)</span>
              <textarea value={fields.correctionNote} onChange={(e) => set("correctionNote", e.target.value)} rows={2} className="admin-input mt-1" maxLength={1000} />
            </label>
          </div>
        </details>
      </div>

      <aside className="space-y-4">
        <section className="admin-card space-y-2" aria-label="Workflow">
          <button type="button" className="admin-button-primary w-full" disabled={busy !== null} onClick={() => save()}>
            {article ? "Save" : "Save draft"}
          </button>
          {article && (
            <>
              {allowed?.submit && status === "draft" && (
                <button type="button" className="admin-button w-full" disabled={busy !== null} onClick={() => run("submit")}>
                  Submit for review
                </button>
              )}
              {allowed?.publish && status !== "published" && (
                <button type="button" className="admin-button w-full" disabled={busy !== null} onClick={() => run("publish")}>
                  Publish now
                </button>
              )}
              {allowed?.publish && status === "published" && <p className="text-xs text-zinc-500">Saving updates the live story.</p>}
              {allowed?.schedule && (
                <div className="flex gap-2">
                  <label className="min-w-0 flex-1">
                    <span className="sr-only">Publish at</span>
                    <input type="datetime-local" value={scheduleAt} onChange={(e) => setScheduleAt(e.target.value)} className="admin-input py-1.5 text-sm" />
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
                <button type="button" className="admin-button w-full" disabled={busy !== null} onClick={() => run("unpublish")}>
                  Unpublish
                </button>
              )}
              {allowed?.archive && status !== "archived" && (
                <button type="button" className="admin-button w-full" disabled={busy !== null} onClick={() => run("archive")}>
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
              {article.publishedAt && status === "scheduled" && <p className="text-xs text-zinc-500">Goes live {new Date(article.publishedAt).toLocaleString()}.</p>}
              {allowed?.delete && (
                <button type="button" className="admin-button-danger w-full" disabled={busy !== null} onClick={() => run("delete")}>
                  Delete
                </button>
              )}
            </>
          )}
        </section>

        <section className="admin-card space-y-3" aria-label="Placement">
          <label className="block">
            <span className="admin-label">Category</span>
            <select value={fields.categoryId} onChange={(e) => set("categoryId", e.target.value ? Number(e.target.value) : "")} className="admin-input mt-1">
              <option value="">Choose…</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            {err("categoryId")}
          </label>
          <label className="block">
            <span className="admin-label">Language</span>
            <select value={fields.language} onChange={(e) => set("language", e.target.value as "en" | "ur")} className="admin-input mt-1">
              <option value="en">English</option>
              <option value="ur">Urdu</option>
            </select>
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={fields.isBreaking} onChange={(e) => set("isBreaking", e.target.checked)} />
            <span className="text-sm font-medium">Breaking news</span>
          </label>
          <label className="block">
            <span className="admin-label">Slug</span>
            <input value={fields.slug} onChange={(e) => set("slug", e.target.value)} placeholder="made from the title" className="admin-input mt-1 font-mono text-sm" />
            {err("slug")}
          </label>
        </section>

        <section className="admin-card space-y-2" aria-label="Topics">
          <span className="admin-label">Topics</span>
          <ul className="flex flex-wrap gap-1">
            {fields.topics.map((t) => (
              <li key={t.id} className="flex items-center gap-1 rounded bg-zinc-100 px-2 py-0.5 text-sm dark:bg-zinc-800">
                {t.name}
                <button type="button" aria-label={`Remove topic ${t.name}`} onClick={() => set("topics", fields.topics.filter((x) => x.id !== t.id))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
          <div className="flex gap-2">
            <label className="min-w-0 flex-1">
              <span className="sr-only">Add a topic</span>
              <input
                list="topic-options"
                value={topicText}
                onChange={(e) => setTopicText(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    void addTopic();
                  }
                }}
                placeholder="Pick or create a topic"
                className="admin-input py-1.5 text-sm"
              />
            </label>
            <datalist id="topic-options">
              {knownTopics.map((t) => (
                <option key={t.id} value={t.name} />
              ))}
            </datalist>
            <button type="button" className="admin-button" onClick={() => void addTopic()}>
              Add
            </button>
          </div>
        </section>

        <section className="admin-card space-y-2" aria-label="Authors">
          <span className="admin-label">Authors (in byline order)</span>
          <ol className="space-y-1">
            {fields.authors.map((a, i) => (
              <li key={a.id} className="flex items-center justify-between gap-2 text-sm">
                <span>{a.name}</span>
                <span className="flex gap-1">
                  <button type="button" aria-label={`Move ${a.name} up`} disabled={i === 0} onClick={() => moveAuthor(i, -1)} className="px-1 disabled:opacity-30">
                    ↑
                  </button>
                  <button type="button" aria-label={`Move ${a.name} down`} disabled={i === fields.authors.length - 1} onClick={() => moveAuthor(i, 1)} className="px-1 disabled:opacity-30">
                    ↓
                  </button>
                  <button type="button" aria-label={`Remove ${a.name}`} onClick={() => set("authors", fields.authors.filter((x) => x.id !== a.id))} className="px-1">
                    ×
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <div className="flex gap-2">
            <label className="min-w-0 flex-1">
              <span className="sr-only">Add an author</span>
              <select value={authorPick} onChange={(e) => setAuthorPick(e.target.value)} className="admin-input py-1.5 text-sm">
                <option value="">Add an author…</option>
                {allAuthors
                  .filter((a) => !fields.authors.some((x) => x.id === a.id))
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
              </select>
            </label>
            <button
              type="button"
              className="admin-button"
              disabled={!authorPick}
              onClick={() => {
                const a = allAuthors.find((x) => x.id === Number(authorPick));
                if (a) set("authors", [...fields.authors, a]);
                setAuthorPick("");
              }}
            >
              Add
            </button>
          </div>
        </section>

        <section className="admin-card space-y-2" aria-label="Hero image">
          <span className="admin-label">Hero image</span>
          {fields.hero ? (
            // eslint-disable-next-line @next/next/no-img-element -- a preview of a library image
            <img src={fields.hero.src} alt={fields.heroAlt || "Hero image"} className="w-full rounded" />
          ) : (
            <p className="text-sm text-zinc-500">No image.</p>
          )}
          <div className="flex gap-2">
            <button type="button" className="admin-button" onClick={() => setPickingHero(true)}>
              {fields.hero ? "Change" : "Choose image"}
            </button>
            {fields.hero && (
              <button type="button" className="admin-button" onClick={() => set("hero", null)}>
                Remove
              </button>
            )}
          </div>
          {err("heroMediaId")}
          <label className="block">
            <span className="admin-label">Alt text</span>
            <input value={fields.heroAlt} onChange={(e) => set("heroAlt", e.target.value)} className="admin-input mt-1 text-sm" />
          </label>
          <label className="block">
            <span className="admin-label">Caption</span>
            <input value={fields.heroCaption} onChange={(e) => set("heroCaption", e.target.value)} className="admin-input mt-1 text-sm" />
          </label>
          <label className="block">
            <span className="admin-label">Credit</span>
            <input value={fields.heroCredit} onChange={(e) => set("heroCredit", e.target.value)} className="admin-input mt-1 text-sm" />
          </label>
        </section>
      </aside>
      {pickingHero && (
        <MediaPicker
          onClose={() => setPickingHero(false)}
          onPick={(m: PickedMedia) => {
            setFields((f) => ({ ...f, hero: { id: m.id, src: m.src }, heroAlt: f.heroAlt || m.alt, heroCaption: f.heroCaption || m.caption, heroCredit: f.heroCredit || m.credit }));
            markDirty();
            setPickingHero(false);
          }}
        />
      )}
    </div>
  );
}
