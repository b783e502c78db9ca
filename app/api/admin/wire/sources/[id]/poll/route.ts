// POST: poll a source now; answers what was fetched, added, updated and skipped.
import { adminRoute } from "../../../../_lib/handler";
import { canManageWire } from "@/app/_lib/mutations/wire-sources";
import { AppError, forbidden, notFound, parseId } from "@/app/_lib/errors";
import { db } from "@/app/_lib/db";
import { pollSource } from "@/app/_lib/wire/poll";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const POST = adminRoute<{ id: string }>(async ({ actor, params }) => {
  if (!canManageWire(actor)) throw forbidden("Only editors and admins poll wire sources.");
  const id = parseId(params.id, "Wire source");
  if (!(await db.wireSource.findUnique({ where: { id }, select: { id: true } }))) throw notFound("Wire source");
  const outcome = await pollSource(id);
  if ("busy" in outcome) throw new AppError(409, "poll_running", outcome.error);
  return { data: outcome };
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
