// A scheduled story goes live by itself (publicWhere: publishedAt <= now), so
// nothing writes at that moment and no write path sends its "article.published"
// webhook. This announces each go-live exactly once, lazily, with no cron:
// - reads notice it for free: cachedRead already knows the next scheduled time
//   and only calls announceGoLivesSoon() once that moment has passed;
// - the work runs after the response (next/server after());
// - each go-live is claimed by a conditional update of goLiveAnnouncedAt in the
//   same transaction that queues its deliveries, so several requests or app
//   instances racing for it queue one event between them.
import { after } from "next/server";
import { db } from "../db";
import { sweepDeliveries } from "./deliver";
import { queueWebhookEvent } from "./enqueue";

const BATCH = 50;

/** Claims and queues every scheduled go-live due at `now` not yet announced; returns how many this call won. */
export async function announceDueGoLives(now = new Date()): Promise<number> {
  const due = await db.article.findMany({
    where: { status: "scheduled", goLiveAnnouncedAt: null, publishedAt: { lte: now } },
    orderBy: { publishedAt: "asc" },
    take: BATCH,
    select: { id: true, slug: true, title: true, status: true, publishedAt: true },
  });
  let won = 0;
  for (const a of due) {
    const claimed = await db.$transaction(async (tx) => {
      // Still scheduled for the same moment and still unannounced: only one caller gets count 1.
      const claim = await tx.article.updateMany({
        where: { id: a.id, status: "scheduled", goLiveAnnouncedAt: null, publishedAt: a.publishedAt },
        data: { goLiveAnnouncedAt: now },
      });
      if (claim.count === 0) return false;
      await queueWebhookEvent(tx, "article.published", { ...a, publishedAt: a.publishedAt!.toISOString() });
      return true;
    });
    if (claimed) won++;
  }
  return won;
}

/** Announces go-lives and returns; never throws into the caller (a write or a read). */
export async function announceDueGoLivesSafely(): Promise<number> {
  try {
    return await announceDueGoLives();
  } catch (err) {
    console.error("announcing scheduled go-lives failed", err);
    return 0;
  }
}

const MIN_INTERVAL_MS = 5_000;
let lastCheck = 0;

/**
 * After the current response: announce due go-lives and send their deliveries.
 * At most one check every few seconds per process; outside a request scope
 * (scripts, tests) it does nothing and the next request or write does it.
 * Returns whether a check was scheduled.
 */
export function announceGoLivesSoon(): boolean {
  const nowMs = Date.now();
  if (nowMs - lastCheck < MIN_INTERVAL_MS) return false;
  try {
    after(async () => {
      if ((await announceDueGoLivesSafely()) > 0) await sweepDeliveries();
    });
    lastCheck = nowMs;
    return true;
  } catch {
    return false; // not in a request scope
  }
}
