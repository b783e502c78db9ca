// The TipTap extension list shared by the admin editor (client) and the body
// renderer (server), so what renders for readers is what the editor produced.
import { Node, mergeAttributes } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import Image from "@tiptap/extension-image";

/** Turns a YouTube or X (Twitter) address into the embed address the sanitizer allows; null for anything else. */
export function embedSrc(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return null;
  const host = u.hostname.replace(/^(www\.|m\.)/, "");
  const id = /^[A-Za-z0-9_-]{6,20}$/;
  if (host === "youtube.com" || host === "youtube-nocookie.com") {
    const v = u.searchParams.get("v") ?? (/^\/(embed|shorts)\/([^/]+)/.exec(u.pathname)?.[2] ?? "");
    return id.test(v) ? `https://www.youtube-nocookie.com/embed/${v}` : null;
  }
  if (host === "youtu.be") {
    const v = u.pathname.slice(1);
    return id.test(v) ? `https://www.youtube-nocookie.com/embed/${v}` : null;
  }
  if (host === "x.com" || host === "twitter.com" || host === "platform.twitter.com") {
    const status = /\/status(?:es)?\/(\d{5,25})/.exec(u.pathname)?.[1] ?? u.searchParams.get("id");
    return status && /^\d{5,25}$/.test(status) ? `https://platform.twitter.com/embed/Tweet.html?id=${status}` : null;
  }
  return null;
}

/** An embedded video or post from an allow-listed host, stored as its embed address. */
export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return { src: { default: null } };
  },
  parseHTML() {
    return [{ tag: "figure[data-type=embed]", getAttrs: (el) => ({ src: (el as HTMLElement).querySelector("iframe")?.getAttribute("src") ?? null }) }];
  },
  renderHTML({ node }) {
    const src = embedSrc(String(node.attrs.src ?? ""));
    // A forged or foreign address renders as a note, never as an (empty) iframe.
    if (!src) return ["p", {}, "Embedded content unavailable."];
    const isPost = src.includes("platform.twitter.com");
    return [
      "figure",
      mergeAttributes({ class: "embed", "data-type": "embed" }),
      ["iframe", { src, title: isPost ? "Post on X" : "Video", loading: "lazy", allowfullscreen: "true", frameborder: "0", height: isPost ? "560" : "315", width: "560" }],
    ];
  },
});

export const bodyExtensions = [
  StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: { openOnClick: false, autolink: true } }),
  Image,
  Embed,
];
