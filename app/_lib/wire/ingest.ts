// Stores normalised items for one source: new GUIDs are added; a known GUID
// with a newer version time (or, when the agency gives no newer time, changed
// text) updates the item — never a second item — and flags the story made from
// it "wire update available"; a cancel/kill marks the item killed (the caller
// then applies the source's kill policy to its story, kill.ts). The client is
// a parameter so the demo seed ingests into the database it seeds.
import { createHash } from "node:crypto";
import { db } from "../db";
import { isNearDuplicate, signature } from "./near-duplicates";
import type { WireItemInput } from "./types";

// Near-duplicates are looked for among the newest items (any source) of the
// last three days: a bounded window, so a 10,000-item feed stays linear.
const DUP_WINDOW = 300;
const DUP_HORIZON_MS = 72 * 3_600_000;
type Candidate = { id: number; group: number | null; sig: number[] };

export type IngestCounts = { added: number; updated: number; unchanged: number; killed: number };
/** Items that became killed by this ingest: the caller applies the kill policy to their stories (kill.ts); new usable items (auto mode takes them). */
export type IngestResult = IngestCounts & { newlyKilled: number[]; newItems: number[] };
type Client = Pick<typeof db, "wireItem" | "$transaction">;
type Source = { id: number; agency: string; killPolicy: string };

// Items are written in transactions of CHUNK, with a turn of the event loop
// between them: on SQLite every statement runs on the server's thread, so one
// transaction of a 10,000-item feed held readers' cached pages for seconds.
const CHUNK = 50;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

const fingerprint = (i: { title: string; bodyHtml: string; pubStatus: string; embargoUntil: Date | null; standfirst: string }) =>
  createHash("sha256").update([i.title, i.standfirst, i.bodyHtml, i.pubStatus, i.embargoUntil?.toISOString() ?? ""].join("\u0000")).digest("hex");

function columns(i: WireItemInput) {
  return {
    versionAt: i.versionAt,
    raw: i.raw,
    title: i.title,
    standfirst: i.standfirst,
    bodyHtml: i.bodyHtml,
    bodyJson: i.bodyJson,
    datelinePlace: i.datelinePlace,
    agency: i.agency,
    byline: i.byline,
    keywords: JSON.stringify(i.keywords),
    subjects: JSON.stringify(i.subjects),
    urgency: i.urgency,
    language: i.language,
    originalUrl: i.originalUrl,
    embargoUntil: i.embargoUntil,
    pubStatus: i.pubStatus,
    correctionNote: i.correctionNote,
    searchText: i.searchText,
  };
}

export async function ingestItems(source: Source, items: WireItemInput[], client: Client = db): Promise<IngestResult> {
  const counts: IngestCounts = { added: 0, updated: 0, unchanged: 0, killed: 0 };
  const kills: number[] = [];
  const fresh: number[] = [];
  const recent = await client.wireItem.findMany({
    where: { receivedAt: { gte: new Date(Date.now() - DUP_HORIZON_MS) }, minhash: { not: "" } },
    orderBy: { id: "desc" },
    take: DUP_WINDOW,
    select: { id: true, dupGroupId: true, minhash: true },
  });
  const candidates: Candidate[] = recent.map((r) => ({ id: r.id, group: r.dupGroupId, sig: r.minhash.split(",").map(Number) }));
  for (let start = 0; start < items.length; start += CHUNK) {
    if (start > 0) await nextTurn();
    const chunk = items.slice(start, start + CHUNK);
    const known = await client.wireItem.findMany({
      where: { sourceId: source.id, guid: { in: chunk.map((i) => i.guid) } },
      select: { id: true, guid: true, versionAt: true, title: true, standfirst: true, bodyHtml: true, pubStatus: true, embargoUntil: true, status: true, articleId: true, revisions: true },
    });
    const byGuid = new Map(known.map((k) => [k.guid, k]));
    await client.$transaction(async (tx) => {
      for (const item of chunk) {
        const old = byGuid.get(item.guid);
        const killed = item.pubStatus === "canceled";
        if (!old) {
          const sig = signature(item.searchText);
          const match = sig.length ? candidates.find((c) => isNearDuplicate(sig, c.sig)) : undefined;
          const group = match ? (match.group ?? match.id) : null;
          if (match && match.group === null) {
            await tx.wireItem.update({ where: { id: match.id }, data: { dupGroupId: match.id } });
            match.group = match.id;
          }
          const created = await tx.wireItem.create({
            data: { sourceId: source.id, guid: item.guid, ...columns(item), status: killed ? "killed" : "new", minhash: sig.join(","), dupGroupId: group },
            select: { id: true },
          });
          if (sig.length) {
            candidates.unshift({ id: created.id, group, sig });
            if (candidates.length > DUP_WINDOW * 2) candidates.pop();
          }
          counts.added++;
          if (killed) counts.killed++;
          else fresh.push(created.id);
          continue;
        }
        const older = item.versionAt && old.versionAt && item.versionAt.getTime() < old.versionAt.getTime();
        const sameTime = (item.versionAt?.getTime() ?? null) === (old.versionAt?.getTime() ?? null) || !item.versionAt;
        if (older || (sameTime && fingerprint(item) === fingerprint(old))) {
          counts.unchanged++;
          continue;
        }
        const becameKilled = killed && old.status !== "killed";
        await tx.wireItem.update({
          where: { id: old.id },
          data: {
            ...columns(item),
            revisions: old.revisions + 1,
            ...(becameKilled ? { status: "killed" } : {}),
            // The story made from it shows "wire update available" until the editor applies or dismisses it.
            ...(old.articleId && !killed ? { updatePending: true } : {}),
          },
        });
        counts.updated++;
        if (becameKilled) {
          counts.killed++;
          kills.push(old.id);
        }
      }
    });
  }
  return { ...counts, newlyKilled: kills, newItems: fresh };
}
