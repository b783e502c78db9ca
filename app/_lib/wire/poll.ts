// Polling a source: claim its lease (a conditional update, so two instances
// never poll one source at once — like the scheduled go-live claim), GET it
// conditionally (ETag / Last-Modified; a 304 costs no parse), parse (in a
// worker thread where the build made one: off-thread/), ingest,
// and record the outcome on the source: success, or the error in plain words
// and an exponential backoff before the next try.
import { db } from "../db";
import { env } from "../env";
import { fetchPublic, FetchError } from "../outbound/fetch-public";
import { outboundAllowPrivate } from "../outbound/address-policy";
import { ingestItems, type IngestCounts } from "./ingest";
import { applyKill } from "./kill";
import { autoPublish } from "./auto-publish";
import { parseWireOffThread } from "./off-thread/parse-off-thread";
import { WireParseError, type SkippedItem, type WireFormat } from "./types";

export const LEASE_MS = 5 * 60_000;
const BACKOFF_MAX_MS = 6 * 3_600_000;

/** Wait after n failures in a row: the poll interval doubled per failure, at most 6 h. */
export const backoffMs = (intervalSec: number, failures: number) => Math.min(BACKOFF_MAX_MS, intervalSec * 1000 * 2 ** Math.max(0, failures - 1));

export type PollOutcome =
  | ({ ok: true; fetched: "not-modified" | "changed"; bytes: number; skipped: SkippedItem[] } & IngestCounts)
  | { ok: false; error: string }
  | { ok: false; busy: true; error: string };

export type PollOptions = { timeoutMs?: number; maxBytes?: number };

/** Claims the source for this poll; false when another poll holds it. */
async function claim(id: number, now: Date): Promise<boolean> {
  const { count } = await db.wireSource.updateMany({
    where: { id, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { leaseUntil: new Date(now.getTime() + LEASE_MS) },
  });
  return count === 1;
}

const plainError = (err: unknown): string => {
  if (err instanceof WireParseError || err instanceof FetchError) return err.message;
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "EBLOCKEDADDRESS") return `Refused: the address is private or local (${e.message})`;
  if (e?.code === "ENOTFOUND") return "The source's host name does not resolve (check the URL)";
  if (e?.code === "ECONNREFUSED") return "The source refused the connection";
  if (e?.code === "ECONNRESET") return "The source closed the connection";
  return `Polling failed: ${(e?.message ?? String(err)).slice(0, 300)}`;
};

export async function pollSource(id: number, opts: PollOptions = {}, now = new Date()): Promise<PollOutcome> {
  if (!(await claim(id, now))) return { ok: false, busy: true, error: "Another poll of this source is running" };
  const source = await db.wireSource.findUnique({ where: { id }, include: { credential: true } });
  if (!source) return { ok: false, error: "No such source" };
  try {
    const headers: Record<string, string> = {};
    if (source.etag) headers["If-None-Match"] = source.etag;
    if (source.lastModified) headers["If-Modified-Since"] = source.lastModified;
    if (source.credential?.authHeader) headers.Authorization = source.credential.authHeader;
    const answer = await fetchPublic(source.url, { allowPrivate: outboundAllowPrivate(env), headers, ...opts });
    let counts: IngestCounts = { added: 0, updated: 0, unchanged: 0, killed: 0 };
    let skipped: SkippedItem[] = [];
    let autoProblem = "";
    if (answer.status === 200) {
      const parsed = await parseWireOffThread(source.format as WireFormat, answer.body, { language: source.language });
      skipped = parsed.skipped;
      const { newlyKilled, newItems, ...ingested } = await ingestItems(source, parsed.items);
      counts = ingested;
      // After the items are stored: the kill policy and auto mode act through the article mutations (their own transactions).
      for (const itemId of newlyKilled) await applyKill(source, itemId);
      if (source.mode === "auto") autoProblem = await autoPublish(source, newItems);
    }
    const done = new Date();
    await db.wireSource.update({
      where: { id },
      data: {
        lastPolledAt: done,
        lastSuccessAt: done,
        lastError: autoProblem || (skipped.length ? `${skipped.length} item(s) skipped; first: ${skipped[0].reason}` : ""),
        failures: 0,
        nextPollAt: new Date(done.getTime() + source.pollIntervalSec * 1000),
        leaseUntil: null,
        // Keep the validators of the last full answer (a 304 may omit them).
        ...(answer.status === 200 ? { etag: answer.etag, lastModified: answer.lastModified } : {}),
      },
    });
    return { ok: true, fetched: answer.status === 304 ? "not-modified" : "changed", bytes: answer.bytes, skipped, ...counts };
  } catch (err) {
    const error = plainError(err);
    const failures = source.failures + 1;
    const done = new Date();
    await db.wireSource.update({
      where: { id },
      data: { lastPolledAt: done, lastError: error, failures, nextPollAt: new Date(done.getTime() + backoffMs(source.pollIntervalSec, failures)), leaseUntil: null },
    });
    return { ok: false, error };
  }
}

/** Polls every enabled source that is due (one at a time; each claims its own lease). */
export async function pollDueSources(now = new Date(), limit = 20): Promise<{ id: number; outcome: PollOutcome }[]> {
  const due = await db.wireSource.findMany({
    where: { enabled: true, nextPollAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    orderBy: { nextPollAt: "asc" },
    take: limit,
    select: { id: true },
  });
  const out: { id: number; outcome: PollOutcome }[] = [];
  for (const { id } of due) out.push({ id, outcome: await pollSource(id, {}, now) });
  return out;
}
