// Article bodies: the editor stores a TipTap (ProseMirror) JSON document; readers
// get HTML rendered from it on the server and passed through the sanitizer.
import { generateHTML } from "@tiptap/html/server";
import { bodyExtensions } from "./extensions";
import { sanitizeBody } from "./sanitize";

export type BodyDoc = { type: "doc"; content?: unknown[] };

// The same extension list the admin editor uses (./extensions), so what renders
// here is what the editor produced.
export { bodyExtensions };

export function renderBodyHtml(doc: BodyDoc): string {
  return sanitizeBody(generateHTML(doc as Parameters<typeof generateHTML>[0], bodyExtensions));
}

/** Plain text for search indexing and summaries. */
export function bodyText(doc: BodyDoc): string {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const n = node as { type?: string; text?: string; content?: unknown[] };
    if (n.type === "text" && n.text) out.push(n.text);
    if (Array.isArray(n.content)) {
      n.content.forEach(walk);
      if (n.type && n.type !== "text" && n.type !== "doc") out.push("\n");
    }
  };
  walk(doc);
  return out.join("").replace(/[ \t]+\n/g, "\n").replace(/\n{2,}/g, "\n").trim();
}
