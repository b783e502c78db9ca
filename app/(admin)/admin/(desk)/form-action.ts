// The one way a newsroom form's server action runs a mutation for ActionForm:
// the actor and the id the form sent, then the mutation; a refused mutation
// answers with its message and refused fields, so the form keeps what was typed.
// Not a "use server" module: only the actions that call it are endpoints.
import { revalidatePath } from "next/cache";
import { getActor, requestIp } from "@/app/_lib/auth/server";
import type { MutationContext } from "@/app/_lib/mutations/context";
import { AppError } from "@/app/_lib/errors";

export type FormState = { ok: boolean; message: string; fields: Record<string, string>; secret?: string };

/** `done` is the notice on success, or a function of the id (null when the form added a record). */
export async function runFormAction(
  fd: FormData,
  done: string | ((id: number | null) => string),
  fn: (ctx: MutationContext, id: number | null) => Promise<string | void>,
): Promise<FormState> {
  const actor = await getActor();
  if (!actor) return { ok: false, message: "Your session has ended. Log in again.", fields: {} };
  const rawId = fd.get("id");
  const id = typeof rawId === "string" && /^[1-9][0-9]*$/.test(rawId) ? Number(rawId) : null;
  try {
    const secret = await fn({ actor, ip: await requestIp() }, id);
    revalidatePath("/admin", "layout");
    return { ok: true, message: typeof done === "string" ? done : done(id), fields: {}, ...(secret ? { secret } : {}) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, message: err.message, fields: err.fields };
    throw err;
  }
}
