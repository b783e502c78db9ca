"use client";
// The editor's placement panels: section, language, breaking flag and slug;
// topics (pick or create); bylines in order.
import { useState } from "react";
import { createTopicAction } from "@/app/(admin)/admin/(desk)/articles/actions";
import type { Ref } from "./form-fields";
import type { ArticleSave } from "./use-article-save";

function FieldError({ message }: { message?: string }) {
  return message ? <span className="text-sm text-red-700 dark:text-red-300">{message}</span> : null;
}

export function PlacementPanel({ editor, categories }: { editor: ArticleSave; categories: Ref[] }) {
  const { fields, set, errors } = editor;
  const err = (k: string) => <FieldError message={errors[k]} />;
  return (
    <section className="admin-card space-y-3" aria-label="Placement">
      <label className="block">
        <span className="admin-label">Category</span>
        <select
          value={fields.categoryId}
          onChange={(e) => set("categoryId", e.target.value ? Number(e.target.value) : "")}
          className="admin-input mt-1"
        >
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
        <select
          value={fields.language}
          onChange={(e) => set("language", e.target.value as "en" | "ur")}
          className="admin-input mt-1"
        >
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
        <input
          value={fields.slug}
          onChange={(e) => set("slug", e.target.value)}
          placeholder="made from the title"
          className="admin-input mt-1 font-mono text-sm"
        />
        {err("slug")}
      </label>
    </section>
  );
}

export function TopicsPanel({ editor, topics }: { editor: ArticleSave; topics: Ref[] }) {
  const { fields, set, showError } = editor;
  const [topicText, setTopicText] = useState("");
  const [knownTopics, setKnownTopics] = useState(topics);

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

  return (
    <section className="admin-card space-y-2" aria-label="Topics">
      <span className="admin-label">Topics</span>
      <ul className="flex flex-wrap gap-1">
        {fields.topics.map((t) => (
          <li key={t.id} className="flex items-center gap-1 rounded bg-zinc-100 px-2 py-0.5 text-sm dark:bg-zinc-800">
            {t.name}
            <button
              type="button"
              aria-label={`Remove topic ${t.name}`}
              onClick={() =>
                set(
                  "topics",
                  fields.topics.filter((x) => x.id !== t.id),
                )
              }
            >
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
  );
}

export function AuthorsPanel({ editor, authors: allAuthors }: { editor: ArticleSave; authors: Ref[] }) {
  const { fields, set } = editor;
  const [authorPick, setAuthorPick] = useState("");

  function moveAuthor(index: number, delta: number) {
    const list = [...fields.authors];
    const [item] = list.splice(index, 1);
    list.splice(index + delta, 0, item);
    set("authors", list);
  }

  return (
    <section className="admin-card space-y-2" aria-label="Authors">
      <span className="admin-label">Authors (in byline order)</span>
      <ol className="space-y-1">
        {fields.authors.map((a, i) => (
          <li key={a.id} className="flex items-center justify-between gap-2 text-sm">
            <span>{a.name}</span>
            <span className="flex gap-1">
              <button
                type="button"
                aria-label={`Move ${a.name} up`}
                disabled={i === 0}
                onClick={() => moveAuthor(i, -1)}
                className="px-1 disabled:opacity-30"
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move ${a.name} down`}
                disabled={i === fields.authors.length - 1}
                onClick={() => moveAuthor(i, 1)}
                className="px-1 disabled:opacity-30"
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Remove ${a.name}`}
                onClick={() =>
                  set(
                    "authors",
                    fields.authors.filter((x) => x.id !== a.id),
                  )
                }
                className="px-1"
              >
                ×
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="flex gap-2">
        <label className="min-w-0 flex-1">
          <span className="sr-only">Add an author</span>
          <select
            value={authorPick}
            onChange={(e) => setAuthorPick(e.target.value)}
            className="admin-input py-1.5 text-sm"
          >
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
  );
}
