"use server";
// Server actions of /admin/wire and /admin/wire/sources: the same mutations as /api/admin/wire.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requestIp, requireStaff } from "@/app/_lib/auth/server";
import { AppError } from "@/app/_lib/errors";
import { ignoreWireItem, resolveWireUpdate, takeWireItem } from "@/app/_lib/mutations/wire-items";
import { createWireSource, deleteWireSource, updateWireSource } from "@/app/_lib/mutations/wire-sources";
import { pollSource } from "@/app/_lib/wire/poll";
import { runFormAction, type FormState } from "../form-action";

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

/** "key = value" lines into a mapping; a line that is not one names itself in the error. */
function mappingFrom(text: string, field: string, example: string): Record<string, string> {
  const map: Record<string, string> = {};
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const at = line.indexOf("=");
    const key = at > 0 ? line.slice(0, at).trim() : "";
    const value = at > 0 ? line.slice(at + 1).trim() : "";
    if (!key || !value) throw new AppError(422, "invalid_fields", `Line ${i + 1} of the mapping is not "${example}".`, { [field]: `Line ${i + 1}: expected "${example}"` });
    map[key] = value;
  });
  return map;
}

/** The source form's fields as the mutation's input (the auth header only when typed). */
function sourceInput(form: FormData, editing: boolean) {
  const text = (k: string) => String(form.get(k) ?? "").trim();
  return {
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
    keywordTopics: mappingFrom(text("keywordTopics"), "keywordTopics", "keyword = topic slug"),
    subjectSections: mappingFrom(text("subjectSections"), "subjectSections", "subject code = section slug"),
    ...(editing ? { enabled: form.getAll("enabled").includes("true") } : {}),
    ...(text("authHeader") ? { authHeader: text("authHeader") } : {}),
  };
}

/**
 * Adds a source (no id) or saves one (id), for the page's ActionForm: a refused
 * save answers with the message and the refused field, and the form keeps what
 * the editor typed (a redirect would reload the page and lose it).
 */
export async function saveSourceAction(_: FormState, form: FormData): Promise<FormState> {
  return runFormAction(form, (id) => (id ? "Source saved." : "Source added."), async (ctx, id) => {
    if (id) await updateWireSource(ctx, id, sourceInput(form, true));
    else await createWireSource(ctx, sourceInput(form, false));
  });
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

/** Apply or dismiss the agency's newer version of a story's wire item (from the story's editor). */
export async function resolveUpdateAction(form: FormData) {
  const articleId = Number(form.get("articleId"));
  const action = form.get("action") === "apply" ? "apply" : "dismiss";
  await run(
    `/admin/articles/${Number.isInteger(articleId) && articleId > 0 ? articleId : 0}`,
    (ctx) => resolveWireUpdate(ctx, articleId, { action, version: Number(form.get("version")) || undefined }).then(() => undefined),
    action === "apply" ? "The agency's update is in the story." : "Update dismissed: the story keeps its text.",
    // A new value each time, so the story's editor starts again from the saved text (see articles/[id]/page.tsx).
    `wire=${action}-${Date.now()}`,
  );
}
