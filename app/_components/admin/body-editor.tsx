"use client";
// The rich-text body: TipTap with the same extensions the server renders with.
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useState } from "react";
import { bodyExtensions, embedSrc } from "@/app/_lib/content/extensions";
import { BlockDirectionAuto } from "@/app/_lib/content/block-direction";
import { MediaPicker, type PickedMedia } from "./media-picker";

type Props = { initial: object; onChange: (editor: Editor) => void; onReady: (editor: Editor) => void; language?: string };

const attributes = (language: string) => ({
  "aria-label": "Body",
  role: "textbox",
  "aria-multiline": "true",
  class: "article-body",
  lang: language,
  dir: language === "ur" ? "rtl" : "ltr",
});

export function BodyEditor({ initial, onChange, onReady, language = "en" }: Props) {
  const [picking, setPicking] = useState(false);
  const editor = useEditor({
    // Each block takes its direction from its own text (dir="auto"), so an English
    // paragraph in an Urdu story, or the reverse, keeps its direction.
    extensions: [...bodyExtensions, BlockDirectionAuto],
    content: initial,
    immediatelyRender: false,
    editorProps: { attributes: attributes(language) },
    onCreate: ({ editor }) => onReady(editor),
    onUpdate: ({ editor }) => onChange(editor),
  });

  // The body follows the article's language when the editor changes it.
  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes: attributes(language) } });
  }, [editor, language]);

  if (!editor) return <div className="min-h-64 rounded border border-zinc-300 dark:border-zinc-700" aria-busy="true" />;

  const button = (label: string, active: boolean, run: () => void, text: string) => (
    <button
      type="button"
      aria-label={label}
      aria-pressed={active}
      onClick={run}
      className={`rounded px-2 py-1 text-sm font-semibold ${active ? "bg-zinc-800 text-white dark:bg-zinc-200 dark:text-zinc-900" : "hover:bg-zinc-200 dark:hover:bg-zinc-700"}`}
    >
      {text}
    </button>
  );

  function setLink() {
    const previous = editor!.getAttributes("link").href as string | undefined;
    const url = window.prompt("Link address (https://…, mailto:… or /news/…). Leave empty to remove the link.", previous ?? "https://");
    if (url === null) return;
    if (!url.trim() || url.trim() === "https://") {
      editor!.chain().focus().extendMarkRange("link").unsetLink().run();
      return;
    }
    if (!/^(https?:\/\/|mailto:|\/)/i.test(url.trim())) {
      window.alert("Only http(s), mailto and site-relative links are allowed.");
      return;
    }
    editor!.chain().focus().extendMarkRange("link").setLink({ href: url.trim() }).run();
  }

  function addEmbed() {
    const url = window.prompt("Paste a YouTube or X (Twitter) post address");
    if (!url) return;
    const src = embedSrc(url);
    if (!src) {
      window.alert("Only YouTube videos and X posts can be embedded.");
      return;
    }
    editor!.chain().focus().insertContent({ type: "embed", attrs: { src } }).run();
  }

  function insertImage(m: PickedMedia) {
    editor!.chain().focus().setImage({ src: m.src, alt: m.alt }).run();
    setPicking(false);
  }

  return (
    <div className="admin-editor">
      <div role="toolbar" aria-label="Formatting" className="sticky top-0 z-10 flex flex-wrap gap-1 rounded-t border border-zinc-300 bg-zinc-100 p-1 dark:border-zinc-700 dark:bg-zinc-800">
        {button("Subhead", editor.isActive("heading", { level: 2 }), () => editor.chain().focus().toggleHeading({ level: 2 }).run(), "H2")}
        {button("Small subhead", editor.isActive("heading", { level: 3 }), () => editor.chain().focus().toggleHeading({ level: 3 }).run(), "H3")}
        {button("Bold", editor.isActive("bold"), () => editor.chain().focus().toggleBold().run(), "B")}
        {button("Italic", editor.isActive("italic"), () => editor.chain().focus().toggleItalic().run(), "I")}
        {button("Link", editor.isActive("link"), setLink, "Link")}
        {button("Quote", editor.isActive("blockquote"), () => editor.chain().focus().toggleBlockquote().run(), "“ ”")}
        {button("Bulleted list", editor.isActive("bulletList"), () => editor.chain().focus().toggleBulletList().run(), "• List")}
        {button("Numbered list", editor.isActive("orderedList"), () => editor.chain().focus().toggleOrderedList().run(), "1. List")}
        {button("Insert image", false, () => setPicking(true), "Image")}
        {button("Embed video or post", false, addEmbed, "Embed")}
      </div>
      <EditorContent editor={editor} />
      {picking && <MediaPicker onPick={insertImage} onClose={() => setPicking(false)} />}
    </div>
  );
}
