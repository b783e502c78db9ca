// GET: the wire queue, newest first (?sourceId, language, status, urgency, q, page).
import { adminRoute } from "../../_lib/handler";
import { listWireItems } from "@/app/_lib/queries/admin/wire";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";

export const GET = adminRoute(async ({ req, actor }) => listWireItems(actor, Object.fromEntries(new URL(req.url).searchParams)));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
