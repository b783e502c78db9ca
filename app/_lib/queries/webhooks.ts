// Admin reads of webhooks and their delivery log. Not cached: the newsroom
// always sees the current state. Authorization is checked here, not only in the page.
import "server-only";
import { can, type Actor } from "../auth/roles";
import { db } from "../db";
import { forbidden } from "@/app/_lib/errors";

export async function listWebhooksForAdmin(actor: Actor) {
  if (!can(actor, "settings.manage")) throw forbidden("Only admins manage webhooks.");
  const [hooks, deliveries] = await Promise.all([
    db.webhook.findMany({ orderBy: { id: "asc" }, select: { id: true, url: true, secret: true, events: true, active: true, createdAt: true } }),
    db.webhookDelivery.findMany({
      orderBy: { id: "desc" },
      take: 50,
      select: {
        id: true,
        webhookId: true,
        event: true,
        payload: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        responseStatus: true,
        lastError: true,
        createdAt: true,
        deliveredAt: true,
        webhook: { select: { url: true } },
      },
    }),
  ]);
  return {
    webhooks: hooks.map((h) => ({ ...h, events: h.events.split(","), createdAt: h.createdAt.toISOString() })),
    deliveries: deliveries.map((d) => {
      const payload = JSON.parse(d.payload) as { article?: { title?: string; slug?: string } };
      return {
        id: d.id,
        webhookId: d.webhookId,
        url: d.webhook.url,
        event: d.event,
        articleTitle: payload.article?.title ?? "",
        status: d.status,
        attempts: d.attempts,
        nextAttemptAt: d.status === "pending" ? d.nextAttemptAt.toISOString() : null,
        responseStatus: d.responseStatus,
        lastError: d.lastError,
        createdAt: d.createdAt.toISOString(),
        deliveredAt: d.deliveredAt?.toISOString() ?? null,
      };
    }),
  };
}
