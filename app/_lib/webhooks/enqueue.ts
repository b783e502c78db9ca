// Called by the write path after an article write has committed: one pending
// delivery row per subscribed, active webhook, then delivery starts after the
// response is sent. Never throws into the editor's publish.
import type { Prisma } from "@/app/_generated/prisma/client";
import { db } from "../db";
import { webhookEventFor, webhookPayload, type ArticleState, type WebhookEvent } from "./events";
import { scheduleDeliveries } from "./deliver";

type Writer = Pick<Prisma.TransactionClient, "webhook" | "webhookDelivery">;

/** Queues `event` for every active webhook subscribed to it; returns how many rows were written. */
export async function queueWebhookEvent(client: Writer, event: WebhookEvent, article: ArticleState): Promise<number> {
  const hooks = await client.webhook.findMany({ where: { active: true }, select: { id: true, events: true } });
  const subscribed = hooks.filter((h) => h.events.split(",").map((e) => e.trim()).includes(event));
  if (subscribed.length === 0) return 0;
  const payload = JSON.stringify(webhookPayload(event, article));
  await client.webhookDelivery.createMany({ data: subscribed.map((h) => ({ webhookId: h.id, event, payload })) });
  return subscribed.length;
}

export async function enqueueArticleWebhooks(before: ArticleState | null, after: ArticleState | null): Promise<number> {
  try {
    const event = webhookEventFor(before, after);
    if (!event) return 0;
    const queued = await queueWebhookEvent(db, event, (after ?? before)!);
    if (queued > 0) scheduleDeliveries({ force: true });
    return queued;
  } catch (err) {
    // The article is published either way; the delivery log shows what did not go out.
    console.error("webhook enqueue failed", err);
    return 0;
  }
}
