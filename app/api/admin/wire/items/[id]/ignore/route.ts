// POST: hide a wire item from the queue.
import { adminRoute } from "../../../../_lib/handler";
import { ignoreWireItem } from "@/app/_lib/mutations/wire-items";
import { parseId } from "@/app/_lib/errors";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const POST = adminRoute<{ id: string }>(async ({ actor, ip, params }) => ({ data: await ignoreWireItem({ actor, ip }, parseId(params.id, "Wire item")) }));

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
