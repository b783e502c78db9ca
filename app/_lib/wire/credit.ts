// The credit that closes a story made from agency copy: shared by taking an
// item (mutations/wire-items.ts) and by the editor's "what applying the
// agency's update would change" comparison (queries/admin/wire-provenance.ts),
// so both see exactly the same body.
import type { BodyDoc } from "../content/body";

type Inline = { type: "text"; text: string; marks?: { type: string; attrs?: Record<string, unknown> }[] };

/** The body with a closing credit paragraph: "Credit: <line>. Original report" (linked). */
export function withCredit(doc: BodyDoc, credit: string, url: string): BodyDoc {
  if (!credit && !url) return doc;
  const inline: Inline[] = [];
  if (credit) inline.push({ type: "text", text: `Credit: ${credit}.`, marks: [{ type: "italic" }] });
  if (url) {
    if (inline.length) inline.push({ type: "text", text: " " });
    inline.push({ type: "text", text: "Original report", marks: [{ type: "link", attrs: { href: url } }] });
  }
  return { type: "doc", content: [...(doc.content ?? []), { type: "paragraph", content: inline }] };
}
