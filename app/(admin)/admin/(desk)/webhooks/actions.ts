"use server";
// Server actions of /admin/webhooks: the same mutations as /api/admin/webhooks.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requestIp, requireStaff } from "@/app/_lib/auth/server";
import { AppError } from "@/app/_lib/errors";
import { createWebhook, deleteWebhook, retryWebhookDelivery } from "@/app/_lib/mutations/webhooks";

async function run(action: (ctx: { actor: Awaited<ReturnType<typeof requireStaff>>; ip: string }) => Promise<unknown>, done: string) {
  const actor = await requireStaff("admin");
  let message = done;
  let failed = false;
  try {
    await action({ actor, ip: await requestIp() });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    failed = true;
    message = Object.values(err.fields)[0] ?? err.message;
  }
  revalidatePath("/admin/webhooks");
  redirect(`/admin/webhooks?${failed ? "error" : "notice"}=${encodeURIComponent(message)}`);
}

export async function createWebhookAction(form: FormData) {
  await run((ctx) => createWebhook(ctx, { url: String(form.get("url") ?? "").trim(), events: form.getAll("events").map(String) }), "Webhook added.");
}

export async function deleteWebhookAction(form: FormData) {
  await run((ctx) => deleteWebhook(ctx, Number(form.get("id"))), "Webhook removed.");
}

export async function retryDeliveryAction(form: FormData) {
  await run((ctx) => retryWebhookDelivery(ctx, Number(form.get("id"))), "Delivery queued again.");
}
