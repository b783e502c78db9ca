"use client";
// The editor's saving: one save at a time, autosave of drafts and stories in
// review, workflow actions that save first, the conflict state when someone
// else saved first (409), and a warning before leaving with unsaved words.
import type { Editor } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { AdminArticle } from "@/app/_lib/queries/admin/articles";
import {
  saveArticleAction,
  workflowAction,
  type ActionError,
  type WorkflowAction,
} from "@/app/(admin)/admin/(desk)/articles/actions";
import { initialFields, savePayload, type Fields, type Ref } from "./form-fields";

const AUTOSAVE_MS = 8000;
const timeFmt = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });

export type Notice = { kind: "ok" | "error"; text: string };

const DONE: Record<WorkflowAction, string> = {
  submit: "Submitted for review.",
  publish: "Published.",
  unpublish: "Unpublished: readers no longer see it.",
  archive: "Archived.",
  schedule: "Scheduled.",
  delete: "",
};

export function useArticleSave(initial: AdminArticle | null, authors: Ref[], defaultAuthorId: number | null) {
  const router = useRouter();
  const [article, setArticle] = useState(initial);
  const [fields, setFields] = useState<Fields>(() => initialFields(initial, authors, defaultAuthorId));
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<{ currentVersion: number } | null>(null);
  const editorRef = useRef<Editor | null>(null);
  const articleRef = useRef(initial);
  const versionRef = useRef(initial?.version ?? 0);
  const inFlight = useRef<Promise<number | null> | null>(null);
  // Every change bumps changeSeq; a save remembers the number it sent.
  const changeSeq = useRef(0);
  const savedSeq = useRef(0);

  const markDirty = useCallback(() => {
    changeSeq.current += 1;
    setDirty(true);
  }, []);

  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    markDirty();
  };

  const payload = useCallback(
    // ProseMirror builds attrs with Object.create(null), which server actions cannot
    // serialize; a JSON round trip makes the document plain data.
    (v: number | null) =>
      savePayload(
        fields,
        JSON.parse(JSON.stringify(editorRef.current?.getJSON() ?? initial?.bodyJson ?? { type: "doc", content: [] })),
        v,
      ),
    [fields, initial],
  );

  const showError = useCallback((error: ActionError) => {
    if (error.status === 409 && error.currentVersion) {
      setConflict({ currentVersion: error.currentVersion });
      setNotice({ kind: "error", text: error.message });
      return;
    }
    setErrors(error.fields);
    setNotice({ kind: "error", text: error.message });
  }, []);

  const took = (saved: AdminArticle) => {
    articleRef.current = saved;
    versionRef.current = saved.version;
    setArticle(saved);
    setVersion(saved.version);
    setConflict(null);
  };

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
        took(result.article);
        savedSeq.current = seq;
        setErrors({});
        setDirty(changeSeq.current !== seq);
        setFields((f) => ({ ...f, slug: result.article.slug }));
        setNotice({
          kind: "ok",
          text: `${opts.silent ? "Autosaved" : "Saved"} at ${timeFmt.format(new Date())} (version ${result.article.version}).`,
        });
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
    [payload, router, showError],
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

  /** A workflow action; unsaved words are saved first (except before a delete). */
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
    took(result.article);
    setNotice({ kind: "ok", text: DONE[action] });
  }

  return {
    article,
    fields,
    setFields,
    set,
    markDirty,
    version,
    dirty,
    busy,
    notice,
    errors,
    conflict,
    editorRef,
    save,
    run,
    showError,
  };
}

export type ArticleSave = ReturnType<typeof useArticleSave>;
