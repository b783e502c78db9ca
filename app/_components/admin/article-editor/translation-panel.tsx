"use client";
// "Translation of …": links a saved article to the same story in the other
// language (a translation group, one article per language), through the admin
// API (/api/admin/articles/<id>/translation). The editor searches the other
// language's articles by words of their title; the server's errors (same
// language, already linked, taken) are shown as they come.
import { useEffect, useState } from "react";

type Member = { id: number; language: string };
type Found = { id: number; title: string; status: string; language: string };

const NAMES: Record<string, string> = { en: "English", ur: "Urdu" };

async function call(method: string, url: string, body?: unknown) {
  const res = await fetch(url, {
    method,
    headers: body ? { "Content-Type": "application/json" } : undefined,
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    const fields = Object.values((data?.error?.fields ?? {}) as Record<string, string>);
    throw new Error(fields[0] ?? data?.error?.message ?? `The server answered ${res.status}.`);
  }
  return data;
}

export function TranslationPanel({ articleId, language }: { articleId: number | null; language: string }) {
  const other = language === "ur" ? "en" : "ur";
  const [members, setMembers] = useState<Member[]>([]);
  const [titles, setTitles] = useState<Record<number, string>>({});
  const [q, setQ] = useState("");
  const [found, setFound] = useState<Found[]>([]);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!articleId) return;
    call("GET", `/api/admin/articles/${articleId}/translation`)
      .then((d) => setMembers(d.translation.articles))
      .catch((e: Error) => setError(e.message));
  }, [articleId]);

  // Titles of the linked articles, for the list.
  useEffect(() => {
    for (const m of members) {
      if (m.id === articleId || titles[m.id]) continue;
      call("GET", `/api/admin/articles/${m.id}`)
        .then((d) => setTitles((t) => ({ ...t, [m.id]: d.article.title })))
        .catch(() => setTitles((t) => ({ ...t, [m.id]: `Article ${m.id}` })));
    }
  }, [members, articleId, titles]);

  if (!articleId) {
    return (
      <section className="admin-card text-sm" aria-label="Translation">
        <h2 className="admin-label">Translation of …</h2>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          Save the article first, then link it to its translation.
        </p>
      </section>
    );
  }

  async function search(e: React.FormEvent) {
    e.preventDefault();
    setError("");
    const params = new URLSearchParams({ q, language: other });
    try {
      const d = await call("GET", `/api/admin/articles?${params}`);
      setFound((d.articles as Found[]).slice(0, 8));
    } catch (err) {
      setError((err as Error).message);
    }
  }

  async function run(method: "PUT" | "DELETE", of?: number) {
    setBusy(true);
    setError("");
    try {
      const d = await call(method, `/api/admin/articles/${articleId}/translation`, of ? { of } : undefined);
      setMembers(d.translation.articles);
      setFound([]);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const linked = members.filter((m) => m.id !== articleId);
  return (
    <section className="admin-card space-y-2 text-sm" aria-label="Translation">
      <h2 className="admin-label">Translation of …</h2>
      {linked.length > 0 ? (
        <ul className="space-y-1" data-testid="translation-links">
          {linked.map((m) => (
            <li key={m.id}>
              <span className="font-semibold">{NAMES[m.language] ?? m.language}:</span>{" "}
              <a href={`/admin/articles/${m.id}`} className="underline" lang={m.language} dir="auto">
                {titles[m.id] ?? `Article ${m.id}`}
              </a>
            </li>
          ))}
          <li>
            <button type="button" className="admin-button mt-1" disabled={busy} onClick={() => run("DELETE")}>
              Unlink this article
            </button>
          </li>
        </ul>
      ) : (
        <form onSubmit={search} className="space-y-2" role="search" aria-label={`Find the ${NAMES[other]} article`}>
          <label className="block">
            <span className="text-zinc-600 dark:text-zinc-400">Find the {NAMES[other]} article by its title</span>
            <input
              value={q}
              onChange={(e) => setQ(e.target.value)}
              className="admin-input mt-1"
              lang={other}
              dir="auto"
              name="translation-q"
            />
          </label>
          <button type="submit" className="admin-button">
            Search
          </button>
          {found.length > 0 && (
            <ul className="space-y-1">
              {found.map((f) => (
                <li key={f.id} className="flex items-start justify-between gap-2">
                  <span lang={f.language} dir="auto" className="min-w-0 break-words">
                    {f.title} <span className="text-xs text-zinc-500">({f.status})</span>
                  </span>
                  <button
                    type="button"
                    className="admin-button shrink-0"
                    disabled={busy}
                    onClick={() => run("PUT", f.id)}
                  >
                    Link
                  </button>
                </li>
              ))}
            </ul>
          )}
        </form>
      )}
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </section>
  );
}
