"use server";
// Server actions of /admin/wire and /admin/wire/sources: the same mutations as /api/admin/wire.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requestIp, requireStaff } from "@/app/_lib/auth/server";
import { AppError } from "@/app/_lib/errors";
import { ignoreWireItem, takeWireItem } from "@/app/_lib/mutations/wire-items";
import { createWireSource, deleteWireSource } from "@/app/_lib/mutations/wire-sources";
import { pollSource } from "@/app/_lib/wire/poll";

type Ctx = { actor: Awaited<ReturnType<typeof requireStaff>>; ip: string };

/** Runs a mutation; the action may answer where to go next ({ to }) or a message of its own. */
async function run(page: string, action: (ctx: Ctx) => Promise<{ to?: string; message?: string } | void>, done: string, back = "") {
  const actor = await requireStaff();
  let message = done;
  let failed = false;
  let target = "";
  try {
    const out = await action({ actor, ip: await requestIp() });
    target = out?.to ?? "";
    message = out?.message ?? done;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    failed = true;
    message = Object.values(err.fields)[0] ?? err.message;
  }
  revalidatePath(page);
  if (target && !failed) redirect(target);
  redirect(`${page}?${back ? `${back}&` : ""}${failed ? "error" : "notice"}=${encodeURIComponent(message)}`);
}

export async function takeAction(form: FormData) {
  const publish = form.get("publish") === "1";
  await run(
    "/admin/wire",
    async (ctx) => {
      const article = (await takeWireItem(ctx, Number(form.get("id")), { publish })) as { id: number };
      return { to: `/admin/articles/${article.id}` };
    },
    publish ? "Published." : "Draft created.",
    String(form.get("back") ?? ""),
  );
}

export async function ignoreAction(form: FormData) {
  await run("/admin/wire", (ctx) => ignoreWireItem(ctx, Number(form.get("id"))).then(() => undefined), "Item ignored.", String(form.get("back") ?? ""));
}

export async function createSourceAction(form: FormData) {
  const text = (k: string) => String(form.get(k) ?? "").trim();
  await run(
    "/admin/wire/sources",
    (ctx) =>
      createWireSource(ctx, {
        name: text("name"),
        agency: text("agency"),
        url: text("url"),
        format: text("format"),
        language: text("language"),
        categoryId: Number(text("categoryId")),
        creditLine: text("creditLine"),
        mode: text("mode") || "review",
        killPolicy: text("killPolicy") || "unpublish",
        pollIntervalSec: Number(text("pollIntervalSec") || 300),
        ...(text("authHeader") ? { authHeader: text("authHeader") } : {}),
      }).then(() => undefined),
    "Source added.",
  );
}

export async function pollAction(form: FormData) {
  await run(
    "/admin/wire/sources",
    async () => {
      const outcome = await pollSource(Number(form.get("id")));
      if (!outcome.ok) throw new AppError(422, "poll_failed", outcome.error);
      return { message: outcome.fetched === "not-modified" ? "Polled: nothing new (304)." : `Polled: ${outcome.added} added, ${outcome.updated} updated, ${outcome.skipped.length} skipped.` };
    },
    "Polled.",
  );
}

export async function deleteSourceAction(form: FormData) {
  await run("/admin/wire/sources", (ctx) => deleteWireSource(ctx, Number(form.get("id"))).then(() => undefined), "Source removed.");
}
