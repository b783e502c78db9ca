// RawWireItem -> WireItemInput: one sanitized body in the editor's document
// format (what an article stores) and as HTML, the agency dateline lifted out
// of the body, plain text for search and near-duplicate detection.
import { createHash } from "node:crypto";
import { bodyText, type BodyDoc } from "../content/body";
import { docToHtml, htmlToDoc } from "./html-doc";
import { sanitizeBody } from "../content/sanitize";
import { stripXmlForbidden } from "../content/safe-text";
import { parseAgencyDateline, placeFromDatelineText } from "./agency-dateline";
import type { RawWireItem, WireItemInput } from "./types";

const MAX_TITLE = 300;
const MAX_STANDFIRST = 600;
const MAX_BODY_HTML = 500_000;

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Plain text (a ninjs body_text, an RSS description without markup) as paragraphs. */
export function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n|\r\n\s*\r\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join("");
}

/** Tags and entities out, whitespace folded: headlines and standfirsts are plain text. */
export function plain(s: string, max: number): string {
  const text = sanitizeBody(`<p>${s}</p>`)
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
  return stripXmlForbidden(text).replace(/\s+/g, " ").trim().slice(0, max);
}

type TextNode = { type: "text"; text: string };
type Block = { type: string; content?: (TextNode | Block)[] };

/** Removes the agency dateline from the first paragraph's opening text; returns what it found. */
function liftDateline(doc: BodyDoc): { place: string; agency: string } | null {
  const first = (doc.content as Block[] | undefined)?.find((b) => b.type === "paragraph");
  const node = first?.content?.[0];
  if (!first || !node || node.type !== "text") return null;
  const text = (node as TextNode).text;
  const found = parseAgencyDateline(text);
  if (!found) return null;
  if (found.rest.trim()) (node as TextNode).text = found.rest;
  else first.content!.shift();
  return { place: found.place, agency: found.agency };
}

/** A GUID for items that carry none: stable for the same link and headline. */
export const fallbackGuid = (url: string, title: string) => `sha256:${createHash("sha256").update(`${url}\n${title}`).digest("hex").slice(0, 32)}`;

export function normalise(raw: RawWireItem, defaults: { language: string }): WireItemInput | { skip: string } {
  const title = plain(raw.title, MAX_TITLE);
  if (!title) return { skip: "the item has no headline" };
  const sourceHtml = raw.bodyHtml.trim() ? raw.bodyHtml : textToHtml(raw.bodyText);
  if (sourceHtml.length > MAX_BODY_HTML) return { skip: `the body is longer than ${MAX_BODY_HTML} characters` };
  const clean = sanitizeBody(stripXmlForbidden(sourceHtml));
  const doc = htmlToDoc(clean || "<p></p>");
  const lifted = liftDateline(doc);
  const bodyHtml = docToHtml(doc);
  const text = bodyText(doc);
  const guid = raw.guid?.trim() || (raw.originalUrl || title ? fallbackGuid(raw.originalUrl, title) : null);
  if (!guid) return { skip: "the item has no GUID, link or headline to recognise it by" };
  const standfirst = plain(raw.standfirst, MAX_STANDFIRST);
  return {
    guid: guid.slice(0, 500),
    versionAt: raw.versionAt && !Number.isNaN(raw.versionAt.getTime()) ? raw.versionAt : null,
    title,
    standfirst: standfirst === title ? "" : standfirst,
    bodyHtml,
    bodyJson: JSON.stringify(doc),
    datelinePlace: lifted?.place || (raw.dateline ? placeFromDatelineText(plain(raw.dateline, 80)) : ""),
    agency: lifted?.agency ?? "",
    byline: plain(raw.byline, 200),
    keywords: [...new Set(raw.keywords.map((k) => plain(k, 80)).filter(Boolean))].slice(0, 50),
    subjects: [...new Set(raw.subjects.map((k) => k.trim().slice(0, 120)).filter(Boolean))].slice(0, 50),
    urgency: raw.urgency !== null && Number.isInteger(raw.urgency) && raw.urgency >= 1 && raw.urgency <= 9 ? raw.urgency : null,
    language: (raw.language || defaults.language).toLowerCase().split(/[-_]/)[0].slice(0, 8),
    originalUrl: /^https?:\/\//i.test(raw.originalUrl) ? raw.originalUrl.slice(0, 2000) : "",
    embargoUntil: raw.embargoUntil && !Number.isNaN(raw.embargoUntil.getTime()) ? raw.embargoUntil : null,
    pubStatus: raw.pubStatus,
    correctionNote: plain(raw.correctionNote, 1000),
    searchText: `${title}\n${standfirst}\n${text}`.slice(0, 100_000),
    raw: raw.raw.slice(0, 1_000_000),
  };
}
