// IPTC ninjs JSON, 2.x (headline, body_html, pubstatus …) and 3.x (headlines[],
// bodies[], descriptions[] …). Validated with zod rather than ajv with IPTC's
// schemas: those schemas $ref a remote GeoJSON schema that would have to be
// vendored, zod is already the project's validator, and its issues name the
// field in the words this app's errors use. The schema checks what ingest
// reads and lets every other ninjs property through.
import { z } from "zod";
import { WireParseError, type RawWireItem, type WirePubStatus } from "./types";

const text = z.string().max(1_000_000);
const named = z.object({ name: text.optional(), code: text.optional(), uri: text.optional(), scheme: text.optional() }).loose();
const valued = z.object({ value: text, role: text.optional(), contenttype: text.optional() }).loose();

export const ninjsItem = z
  .object({
    uri: text.min(1).optional(),
    guid: text.min(1).optional(),
    type: text.optional(),
    version: z.union([text, z.number()]).optional(),
    versioncreated: z.iso.datetime({ offset: true }).optional(),
    firstcreated: z.iso.datetime({ offset: true }).optional(),
    embargoed: z.iso.datetime({ offset: true }).optional(),
    pubstatus: z.enum(["usable", "withheld", "canceled"]).optional(),
    urgency: z.number().int().min(1).max(9).optional(),
    language: text.optional(),
    headline: text.optional(),
    headlines: z.array(valued).optional(),
    description_text: text.optional(),
    description_html: text.optional(),
    descriptions: z.array(valued).optional(),
    body_text: text.optional(),
    body_html: text.optional(),
    bodies: z.array(valued).optional(),
    byline: text.optional(),
    by: text.optional(),
    located: text.optional(),
    keywords: z.array(text).optional(),
    subject: z.array(named).optional(),
    subjects: z.array(named).optional(),
    signals: z.array(named).optional(),
    ednote: text.optional(),
    renditions: z.unknown().optional(),
    altids: z.unknown().optional(),
  })
  .loose()
  .refine((v) => v.headline || v.headlines?.length, { message: "has no headline (headline or headlines)", path: ["headline"] });

type NinjsItem = z.infer<typeof ninjsItem>;

/** The items of a ninjs document: one item, an array, or an envelope { items | data: [...] }. */
function itemsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (json && typeof json === "object") {
    const o = json as Record<string, unknown>;
    for (const key of ["items", "data"]) if (Array.isArray(o[key])) return o[key] as unknown[];
    return [json];
  }
  throw new WireParseError("The document is JSON but not ninjs (an object or a list of objects)");
}

const date = (s?: string) => (s ? new Date(s) : null);

function toRaw(item: NinjsItem, raw: unknown): RawWireItem {
  const bodies = item.bodies ?? [];
  const htmlBody = item.body_html ?? bodies.find((b) => /html/i.test(b.contenttype ?? ""))?.value ?? "";
  const textBody = item.body_text ?? bodies.find((b) => !/html/i.test(b.contenttype ?? ""))?.value ?? "";
  const subjects = [...(item.subject ?? []), ...(item.subjects ?? [])];
  const signals = (item.signals ?? []).map((s) => (s.code ?? s.uri ?? s.name ?? "").toLowerCase());
  const pub: WirePubStatus = signals.some((s) => /kill|cancel/.test(s)) ? "canceled" : (item.pubstatus ?? "usable");
  return {
    guid: item.uri ?? item.guid ?? null,
    versionAt: date(item.versioncreated) ?? date(item.firstcreated),
    title: item.headline ?? item.headlines?.find((h) => !h.role || /main/i.test(h.role))?.value ?? item.headlines?.[0]?.value ?? "",
    standfirst: item.description_text ?? item.description_html ?? item.descriptions?.[0]?.value ?? "",
    bodyHtml: htmlBody,
    bodyText: htmlBody ? "" : textBody,
    dateline: item.located ?? "",
    byline: item.byline ?? item.by ?? "",
    keywords: item.keywords ?? [],
    subjects: subjects.map((s) => s.code ?? s.uri ?? s.name ?? "").filter(Boolean),
    urgency: item.urgency ?? null,
    language: item.language ?? "",
    originalUrl: /^https?:/i.test(item.uri ?? "") ? item.uri! : "",
    embargoUntil: date(item.embargoed),
    pubStatus: pub,
    correctionNote: signals.some((s) => s.includes("correction")) ? item.ednote || "The agency marked this version as a correction." : "",
    raw: JSON.stringify(raw),
  };
}

export type NinjsResult = { items: { index: number; item: RawWireItem }[]; invalid: { index: number; guid: string | null; reason: string }[] };

export function parseNinjs(source: string): NinjsResult {
  let json: unknown;
  try {
    json = JSON.parse(source.replace(/^\uFEFF/, ""));
  } catch (err) {
    const looksHtml = /^\s*</.test(source);
    throw new WireParseError(looksHtml ? "The source answered with HTML or XML, not ninjs JSON (check the URL and format)" : `The ninjs document is not valid JSON: ${(err as Error).message.slice(0, 200)}`);
  }
  const out: NinjsResult = { items: [], invalid: [] };
  itemsOf(json).forEach((candidate, index) => {
    const parsed = ninjsItem.safeParse(candidate);
    if (parsed.success) return out.items.push({ index, item: toRaw(parsed.data, candidate) });
    const guid = candidate && typeof candidate === "object" ? String((candidate as Record<string, unknown>).uri ?? "") || null : null;
    const issue = parsed.error.issues[0];
    out.invalid.push({ index, guid, reason: `not valid ninjs: ${issue.path.join(".") || "item"} ${issue.message}` });
  });
  return out;
}
