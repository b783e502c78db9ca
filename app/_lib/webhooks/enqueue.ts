// Called by the write path after an article write has committed: one pending
// delivery row per subscribed, active webhook, then delivery starts after the
// response is sent. Never throws into the editor's publish.
import { db } from "../db";
import { webhookEventFor, webhookPayload, type ArticleState } from "./events";
import { scheduleDeliveries } from "./deliver";

export async function enqueueArticleWebhooks(before: ArticleState | null, after: ArticleState | null): Promise<number> {
  try {
    const event = webhookEventFor(before, after);
    if (!event) return 0;
    const hooks = await db.webhook.findMany({ where: { active: true }, select: { id: true, events: true } });
    const subscribed = hooks.filter((h) => h.events.split(",").map((e) => e.trim()).includes(event));
    if (subscribed.length === 0) return 0;
    const payload = JSON.stringify(webhookPayload(event, (after ?? before)!));
    await db.webhookDelivery.createMany({ data: subscribed.map((h) => ({ webhookId: h.id, event, payload })) });
    scheduleDeliveries({ force: true });
    return subscribed.length;
  } catch (err) {
    // The article is published either way; the delivery log shows what did not go out.
    console.error("webhook enqueue failed", err);
    return 0;
  }
}
