// Webhook registrations (admins only): validate -> authorize -> write -> audit.
// Used by the /admin/webhooks server actions and the /api/admin/webhooks handlers.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { can } from "../auth/roles";
import { db } from "../db";
import { env } from "../env";
import { outboundAllowPrivate, webhookUrlProblem } from "../outbound/address-policy";
import { WEBHOOK_EVENTS } from "../webhooks/events";
import { scheduleDeliveries } from "../webhooks/deliver";
import { auditWho, writeAudit } from "./audit";
import type { MutationContext } from "./context";
import { forbidden, AppError, notFound, parseInput } from "@/app/_lib/errors";

const createWebhookInput = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, message: "Must be an http(s) URL" })
    .max(2000),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, "Pick at least one event").default([...WEBHOOK_EVENTS]),
});

function authorize(ctx: MutationContext) {
  if (!can(ctx.actor, "settings.manage")) throw forbidden("Only admins manage webhooks.");
}

export async function createWebhook(ctx: MutationContext, input: unknown) {
  const data = parseInput(createWebhookInput, input);
  authorize(ctx);
  const problem = await webhookUrlProblem(data.url, { allowPrivate: outboundAllowPrivate(env) });
  if (problem) throw new AppError(422, "invalid_fields", "This address cannot receive webhooks.", { url: problem });
  const hook = await db.webhook.create({
    data: { url: data.url, secret: randomBytes(32).toString("hex"), events: [...new Set(data.events)].join(","), active: true },
    select: { id: true, url: true, secret: true, events: true, active: true, createdAt: true },
  });
  await writeAudit(auditWho(ctx.actor, ctx.ip), "webhook.created", "webhook", hook.id, { url: hook.url, events: hook.events });
  return { ...hook, events: hook.events.split(","), createdAt: hook.createdAt.toISOString() };
}

export async function deleteWebhook(ctx: MutationContext, id: number) {
  authorize(ctx);
  const hook = await db.webhook.findUnique({ where: { id }, select: { id: true, url: true } });
  if (!hook) throw notFound("Webhook");
  await db.webhook.delete({ where: { id } });
  await writeAudit(auditWho(ctx.actor, ctx.ip), "webhook.deleted", "webhook", id, { url: hook.url });
  return { id };
}

/** Sends a pending or failed delivery again now (after the response). */
export async function retryWebhookDelivery(ctx: MutationContext, id: number) {
  authorize(ctx);
  const delivery = await db.webhookDelivery.findUnique({ where: { id }, select: { id: true, status: true } });
  if (!delivery) throw notFound("Delivery");
  if (delivery.status !== "delivered") {
    await db.webhookDelivery.update({ where: { id }, data: { status: "pending", nextAttemptAt: new Date() } });
    scheduleDeliveries({ force: true });
  }
  await writeAudit(auditWho(ctx.actor, ctx.ip), "webhook.retried", "webhook-delivery", id);
  return { id };
}
